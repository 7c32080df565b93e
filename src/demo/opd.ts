import type { InstansiJenis } from './kalteng.js';
import type { Field } from './titles.js';

/**
 * Perangkat daerah (OPD) of a regional government, after PP 18/2016 as amended: the secretariats, the
 * inspectorate, the badan and dinas, with their bidang. The Sekretariat Daerah, kecamatan, schools, health
 * units and hospitals are built in `org.ts`, since their shape depends on the government. `priority` orders
 * which OPDs a small demo keeps (the core services first).
 */

export interface OpdTemplate {
  key: string;
  /** Name in a province / in a kabupaten or kota. */
  nama: { prov: string; kab: string };
  priority: number;
  only?: 'PROVINSI' | 'KABKOTA';
  bidang: readonly string[];
  /** Functional families in its bidang and their weights. */
  families: Readonly<Record<string, number>>;
  /** Share of its non-structural staff in functional positions (the rest are pelaksana). */
  functional: number;
  /** Relative non-structural headcount. */
  staff: number;
  /** Study field of its managers, for their titles. */
  field: Field;
  /** Why its head is a key position (jabatan kritikal), when it is one. */
  kunci?: string;
}

function opd(
  key: string,
  nama: string | { prov: string; kab: string },
  priority: number,
  field: Field,
  staff: number,
  functional: number,
  bidang: string,
  families: Record<string, number>,
  extra: Partial<OpdTemplate> = {},
): OpdTemplate {
  return {
    key,
    nama: typeof nama === 'string' ? { prov: nama, kab: nama } : nama,
    priority,
    field,
    staff,
    functional,
    bidang: bidang ? bidang.split('; ').map((b) => `Bidang ${b}`) : [],
    families,
    ...extra,
  };
}

// One row per OPD: key, name, priority, managers' field, staff weight, functional share, bidang, functional
// families with weights, and (optionally) why its head is a key position.
// prettier-ignore
export const OPD: readonly OpdTemplate[] = [
  opd('inspektorat', 'Inspektorat', 2, 'akuntansi', 1.4, 0.75, '', { auditor: 3, p2upd: 2 },
    { kunci: 'Pengawasan internal dan pencegahan korupsi (APIP).' }),
  opd('bappeda', { prov: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    kab: 'Badan Perencanaan Pembangunan Daerah' }, 3, 'ekonomi', 1.2, 0.5,
    'Perencanaan Pemerintahan dan Pembangunan Manusia; Perekonomian dan Sumber Daya Alam; ' +
      'Infrastruktur dan Kewilayahan; Penelitian dan Pengembangan',
    { perencana: 4, statistisi: 0.5, analisKebijakan: 1 },
    { kunci: 'Perencanaan pembangunan daerah (RPJMD, RKPD).' }),
  opd('bkd', { prov: 'Badan Kepegawaian Daerah', kab: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
    4, 'pemerintahan', 1.2, 0.45,
    'Pengadaan, Pemberhentian dan Informasi; Mutasi dan Promosi; Pengembangan Kompetensi Aparatur; ' +
      'Penilaian Kinerja Aparatur dan Penghargaan',
    { analisSdm: 4, pranataKomputer: 1, arsiparis: 0.5 },
    { kunci: 'Manajemen ASN dan sistem merit, termasuk manajemen talenta.' }),
  opd('bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 5, 'akuntansi', 1.8, 0.4,
    'Anggaran; Perbendaharaan; Akuntansi dan Pelaporan; Pengelolaan Barang Milik Daerah',
    { analisKeuangan: 4, pranataKomputer: 0.5 }, { kunci: 'Pengelolaan keuangan dan aset daerah; opini BPK.' }),
  opd('disdik', 'Dinas Pendidikan', 6, 'pendidikan', 1.5, 0.5,
    'Pembinaan Sekolah Dasar; Pembinaan Sekolah Menengah Pertama; Pendidikan Anak Usia Dini dan Nonformal; ' +
      'Guru dan Tenaga Kependidikan',
    { pengawasSekolah: 3, penilik: 1, perencana: 0.5, pranataKomputer: 0.5 },
    { kunci: 'Layanan dasar pendidikan; unit dengan ASN terbanyak.' }),
  opd('dinkes', 'Dinas Kesehatan', 7, 'kesmas', 1.3, 0.55,
    'Kesehatan Masyarakat; Pencegahan dan Pengendalian Penyakit; Pelayanan Kesehatan; Sumber Daya Kesehatan',
    { adminKesehatan: 2, epidemiolog: 1, penyuluhKesmas: 1, sanitarian: 1, apoteker: 0.5 },
    { kunci: 'Layanan dasar kesehatan dan penanganan wabah.' }),
  opd('pupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 8, 'teknik', 2.2, 0.45,
    'Bina Marga; Sumber Daya Air; Cipta Karya; Penataan Ruang',
    { teknikJalan: 3, teknikPengairan: 2, teknikBangunan: 1, penataRuang: 1 },
    { kunci: 'Belanja modal infrastruktur terbesar.' }),
  opd('dprd', 'Sekretariat DPRD', 9, 'pemerintahan', 1.6, 0.2,
    'Umum dan Keuangan; Persidangan dan Perundang-undangan; Fasilitasi Penganggaran dan Pengawasan',
    { perancang: 1, analisKebijakan: 1, pranataHumas: 1 }),
  opd('bapenda', 'Badan Pendapatan Daerah', 10, 'ekonomi', 1.6, 0.2,
    'Pendataan dan Penetapan; Penagihan dan Keberatan; Pengendalian dan Evaluasi',
    { analisKeuangan: 2, pranataKomputer: 1 }, { kunci: 'Pendapatan asli daerah.' }),
  opd('dinsos', 'Dinas Sosial', 11, 'sosial', 1, 0.4,
    'Perlindungan dan Jaminan Sosial; Rehabilitasi Sosial; Pemberdayaan Sosial dan Penanganan Fakir Miskin',
    { pekerjaSosial: 2, penyuluhSosial: 1 }),
  opd('satpolpp', 'Satuan Polisi Pamong Praja', 12, 'pemerintahan', 2.4, 0.55,
    'Penegakan Peraturan Daerah; Ketertiban Umum dan Ketenteraman Masyarakat; Pemadam Kebakaran dan Penyelamatan',
    { polpp: 5 }),
  opd('dishub', 'Dinas Perhubungan', 13, 'teknik', 1.4, 0.3,
    'Lalu Lintas dan Angkutan Jalan; Angkutan Sungai, Danau dan Penyeberangan; Sarana dan Prasarana',
    { pengujiKendaraan: 2 }),
  opd('disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 14, 'pemerintahan', 1.3, 0.3,
    'Pelayanan Pendaftaran Penduduk; Pelayanan Pencatatan Sipil; Pengelolaan Informasi Administrasi Kependudukan',
    { adminDatabase: 2, pranataKomputer: 1 }, { only: 'KABKOTA' }),
  opd('distan', { prov: 'Dinas Tanaman Pangan, Hortikultura dan Peternakan', kab: 'Dinas Pertanian' }, 15,
    'pertanian', 2, 0.6, 'Tanaman Pangan; Hortikultura; Peternakan dan Kesehatan Hewan; Penyuluhan',
    { penyuluhPertanian: 5, popt: 1, pengawasBenih: 1, medikVeteriner: 0.5, paramedikVeteriner: 0.6 }),
  opd('dlh', 'Dinas Lingkungan Hidup', 16, 'teknik', 1.2, 0.35,
    'Tata Lingkungan; Pengelolaan Sampah dan Limbah B3; Pengendalian Pencemaran dan Kerusakan Lingkungan',
    { pengendaliDampak: 2, pengawasLh: 1 }),
  opd('bpbd', 'Badan Penanggulangan Bencana Daerah', 17, 'pemerintahan', 1, 0.2,
    'Pencegahan dan Kesiapsiagaan; Kedaruratan dan Logistik; Rehabilitasi dan Rekonstruksi',
    { analisKebijakan: 1 }, { kunci: 'Penanggulangan kebakaran hutan dan lahan serta banjir.' }),
  opd('diskominfo', 'Dinas Komunikasi, Informatika, Statistik dan Persandian', 18, 'komputer', 1, 0.5,
    'Informasi dan Komunikasi Publik; Aplikasi Informatika; Statistik dan Persandian',
    { pranataKomputer: 3, pranataHumas: 2, statistisi: 1, sandiman: 1 }),
  opd('dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 19, 'ekonomi', 0.9, 0.25,
    'Pelayanan Perizinan; Promosi dan Pengembangan Iklim Penanaman Modal; Pengendalian Penanaman Modal',
    { analisKebijakan: 1 }),
  opd('perkim', 'Dinas Perumahan dan Kawasan Permukiman', 20, 'teknik', 0.9, 0.35,
    'Perumahan; Kawasan Permukiman; Pertanahan', { teknikBangunan: 2 }),
  opd('dp3a', { prov: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    kab: 'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak' }, 21,
    'sosial', 1.1, 0.55, 'Pengendalian Penduduk dan Keluarga Berencana; Pemberdayaan Perempuan; Perlindungan Anak',
    { penyuluhKb: 4 }),
  opd('dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 22, 'pemerintahan', 0.9, 0.3,
    'Pemerintahan Desa; Pemberdayaan Masyarakat dan Kelembagaan Desa; Pembangunan Desa', { penggerakSwadaya: 2 }),
  opd('disnaker', 'Dinas Tenaga Kerja dan Transmigrasi', 23, 'umum', 0.9, 0.35,
    'Pelatihan dan Penempatan Tenaga Kerja; Hubungan Industrial; Transmigrasi', { pengantarKerja: 1, mediatorHi: 1 }),
  opd('disperindag', 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', 24, 'ekonomi', 1,
    0.3, 'Koperasi dan Usaha Mikro; Perindustrian; Perdagangan dan Metrologi',
    { pengawasKoperasi: 1, analisPerdagangan: 1 }),
  opd('diskan', 'Dinas Perikanan', 25, 'perikanan', 0.9, 0.5,
    'Perikanan Budidaya; Perikanan Tangkap; Pengolahan dan Pemasaran', { penyuluhPerikanan: 3 }),
  opd('disbudpar', 'Dinas Kebudayaan dan Pariwisata', 26, 'sosial', 0.8, 0.3,
    'Kebudayaan; Destinasi Pariwisata; Pemasaran Pariwisata dan Ekonomi Kreatif', { pamongBudaya: 1, adyatama: 1 }),
  opd('dispora', 'Dinas Pemuda dan Olahraga', 27, 'pendidikan', 0.7, 0.15, 'Kepemudaan; Keolahragaan',
    { analisKebijakan: 1 }),
  opd('dispusip', 'Dinas Perpustakaan dan Kearsipan', 28, 'perpustakaan', 0.8, 0.6,
    'Layanan Perpustakaan; Pembinaan Kearsipan', { pustakawan: 3, arsiparis: 2 }),
  opd('disketapang', 'Dinas Ketahanan Pangan', 29, 'pertanian', 0.7, 0.35,
    'Ketersediaan dan Distribusi Pangan; Konsumsi dan Keamanan Pangan', { analisPangan: 2 }),
  opd('kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 30, 'pemerintahan', 0.6, 0.15,
    'Ideologi dan Wawasan Kebangsaan; Politik Dalam Negeri dan Ormas; Kewaspadaan Nasional', { analisKebijakan: 1 }),
  opd('disbun', 'Dinas Perkebunan', 31, 'pertanian', 1, 0.5,
    'Produksi Perkebunan; Perlindungan Perkebunan; Pengolahan, Pemasaran dan Usaha Perkebunan',
    { penyuluhPertanian: 2, popt: 1, pengawasBenih: 1 }, { only: 'PROVINSI' }),
  opd('dishut', 'Dinas Kehutanan', 32, 'kehutanan', 1.8, 0.6,
    'Perencanaan dan Pemanfaatan Hutan; Pengelolaan Daerah Aliran Sungai dan Rehabilitasi Hutan; ' +
      'Perlindungan Hutan dan Konservasi Sumber Daya Alam',
    { penyuluhKehutanan: 3, polhut: 2 }, { only: 'PROVINSI', kunci: 'Pengendalian karhutla dan tata kelola hutan.' }),
  opd('esdm', 'Dinas Energi dan Sumber Daya Mineral', 33, 'teknik', 0.8, 0.35,
    'Mineral dan Batubara; Energi dan Ketenagalistrikan; Geologi dan Air Tanah', { inspekturTambang: 2 },
    { only: 'PROVINSI' }),
];

/** The OPDs a government of this kind keeps, up to `maxPriority`, in priority order. */
export function opdFor(jenis: InstansiJenis, maxPriority: number): OpdTemplate[] {
  return OPD.filter(
    (o) =>
      o.priority <= maxPriority &&
      (o.only === undefined || (o.only === 'PROVINSI') === (jenis === 'PROVINSI')),
  );
}

/** The name an OPD has in this kind of government. */
export function opdName(o: OpdTemplate, jenis: InstansiJenis): string {
  return jenis === 'PROVINSI' ? o.nama.prov : o.nama.kab;
}
