import type { Rng } from './prng.js';

/**
 * Fields of study, the academic titles they give (gelar, as written after Permenristekdikti 59/2018 and its
 * predecessors: S.Pd., A.Md.Kep., dr., apt., Ns. …) and study-programme names, so that a person's title, their
 * education record and their position agree (a Guru has S.Pd., a Perawat Terampil A.Md.Kep.).
 */

export type Education = 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';

export const EDUCATION_ORDER: readonly Education[] = [
  'SD',
  'SMP',
  'SMA',
  'D1',
  'D2',
  'D3',
  'D4',
  'S1',
  'S2',
  'S3',
];

/** Parses a weighted mix written `S2:.6 S3:.4` (compact for data tables). */
export function mix(text: string): [Education, number][] {
  return text.split(' ').map((part) => {
    const [edu, weight] = part.split(':');
    return [edu as Education, Number(weight)];
  });
}

/** Rank of an education level; D4 and S1 are equal (rules.md §5). */
export function educationRank(e: Education): number {
  return e === 'S1' ? 6 : EDUCATION_ORDER.indexOf(e);
}

export type Field =
  | 'pendidikan'
  | 'kedokteran'
  | 'kedokteranGigi'
  | 'keperawatan'
  | 'kebidanan'
  | 'farmasi'
  | 'kesmas'
  | 'gizi'
  | 'laboratorium'
  | 'komputer'
  | 'ekonomi'
  | 'akuntansi'
  | 'hukum'
  | 'teknik'
  | 'pertanian'
  | 'perikanan'
  | 'kehutanan'
  | 'peternakan'
  | 'veteriner'
  | 'pemerintahan'
  | 'sosial'
  | 'statistik'
  | 'perpustakaan'
  | 'umum';

interface FieldInfo {
  /** Title after the name per level; a leading `^` marks a title written before the name. */
  titles: Partial<Record<Education, readonly string[]>>;
  programs: readonly string[];
  /** Title written before the name for a professional S1 (dr., drg., Ns., apt., drh.). */
  profession?: string;
  schools: readonly string[];
}

const UNIV = [
  'Universitas Palangka Raya',
  'Universitas Lambung Mangkurat',
  'Universitas Muhammadiyah Palangkaraya',
  'Universitas Terbuka',
  'Universitas Gadjah Mada',
  'Universitas Brawijaya',
  'Universitas Kristen Palangka Raya',
];
const HEALTH = [
  'Poltekkes Kemenkes Palangka Raya',
  'STIKES Eka Harap Palangka Raya',
  'Poltekkes Kemenkes Banjarmasin',
  'Universitas Lambung Mangkurat',
];
const MED = [
  'Universitas Lambung Mangkurat',
  'Universitas Airlangga',
  'Universitas Gadjah Mada',
  'Universitas Brawijaya',
  'Universitas Palangka Raya',
];

const FIELDS: Record<Field, FieldInfo> = {
  pendidikan: {
    titles: { D2: ['A.Ma.Pd.'], S1: ['S.Pd.'], S2: ['M.Pd.'] },
    schools: [...UNIV, 'IAIN Palangka Raya', 'Universitas PGRI Palangka Raya'],
    programs: [
      'Pendidikan Guru Sekolah Dasar',
      'Pendidikan Matematika',
      'Pendidikan Bahasa Indonesia',
      'Pendidikan Bahasa Inggris',
      'Pendidikan Agama Islam',
      'Pendidikan Biologi',
      'Pendidikan Jasmani',
      'Bimbingan dan Konseling',
      'Pendidikan Ekonomi',
      'Manajemen Pendidikan',
    ],
  },
  kedokteran: {
    titles: { S2: ['Sp.PD', 'Sp.A', 'Sp.OG', 'Sp.B', 'Sp.An', 'M.Kes.'] },
    profession: 'dr.',
    schools: MED,
    programs: ['Pendidikan Dokter', 'Ilmu Penyakit Dalam', 'Ilmu Kesehatan Anak'],
  },
  kedokteranGigi: {
    titles: { S2: ['M.Kes.', 'Sp.KG'] },
    profession: 'drg.',
    schools: MED,
    programs: ['Pendidikan Dokter Gigi'],
  },
  keperawatan: {
    titles: { D3: ['A.Md.Kep.'], S1: ['S.Kep.'], S2: ['M.Kep.'] },
    profession: 'Ns.',
    schools: HEALTH,
    programs: ['Keperawatan', 'Ilmu Keperawatan dan Profesi Ners'],
  },
  kebidanan: {
    titles: { D3: ['A.Md.Keb.'], D4: ['S.Tr.Keb.'], S1: ['S.Keb.'], S2: ['M.Keb.'] },
    schools: HEALTH,
    programs: ['Kebidanan'],
  },
  farmasi: {
    titles: { D3: ['A.Md.Farm.'], S1: ['S.Farm.'], S2: ['M.Farm.'] },
    profession: 'apt.',
    schools: HEALTH,
    programs: ['Farmasi', 'Profesi Apoteker'],
  },
  kesmas: {
    titles: { D3: ['A.Md.KL'], S1: ['S.KM'], S2: ['M.Kes.', 'M.P.H.'] },
    schools: HEALTH,
    programs: ['Kesehatan Masyarakat', 'Kesehatan Lingkungan', 'Epidemiologi'],
  },
  gizi: { titles: { D3: ['A.Md.Gz.'], S1: ['S.Gz.'] }, schools: HEALTH, programs: ['Gizi'] },
  laboratorium: {
    titles: { D3: ['A.Md.AK'], D4: ['S.Tr.Kes.'] },
    schools: HEALTH,
    programs: ['Teknologi Laboratorium Medis', 'Radiologi', 'Rekam Medis dan Informasi Kesehatan'],
  },
  komputer: {
    titles: { D3: ['A.Md.Kom.'], S1: ['S.Kom.'], S2: ['M.Kom.'] },
    schools: UNIV,
    programs: ['Teknik Informatika', 'Sistem Informasi', 'Manajemen Informatika'],
  },
  ekonomi: {
    titles: { D3: ['A.Md.'], S1: ['S.E.'], S2: ['M.M.', 'M.Si.', 'M.E.'] },
    schools: [...UNIV, 'STIE Palangka Raya'],
    programs: ['Manajemen', 'Ekonomi Pembangunan', 'Ilmu Ekonomi'],
  },
  akuntansi: {
    titles: { D3: ['A.Md.Ak.'], S1: ['S.E.', 'S.Ak.'], S2: ['M.Ak.', 'M.Si.'] },
    schools: UNIV,
    programs: ['Akuntansi', 'Akuntansi Sektor Publik'],
  },
  hukum: { titles: { S1: ['S.H.'], S2: ['M.H.'] }, schools: UNIV, programs: ['Ilmu Hukum'] },
  teknik: {
    titles: { D3: ['A.Md.T.'], S1: ['S.T.'], S2: ['M.T.', 'M.Eng.'] },
    schools: UNIV,
    programs: [
      'Teknik Sipil',
      'Arsitektur',
      'Perencanaan Wilayah dan Kota',
      'Teknik Lingkungan',
      'Teknik Mesin',
    ],
  },
  pertanian: {
    titles: { D3: ['A.Md.P.'], S1: ['S.P.'], S2: ['M.P.', 'M.Si.'] },
    schools: UNIV,
    programs: ['Agroteknologi', 'Agribisnis', 'Ilmu Tanah'],
  },
  perikanan: {
    titles: { S1: ['S.Pi.'], S2: ['M.Si.'] },
    schools: UNIV,
    programs: ['Budidaya Perairan', 'Manajemen Sumber Daya Perairan'],
  },
  kehutanan: { titles: { S1: ['S.Hut.'], S2: ['M.P.', 'M.Si.'] }, schools: UNIV, programs: ['Kehutanan'] },
  peternakan: {
    titles: { D3: ['A.Md.Pt.'], S1: ['S.Pt.'], S2: ['M.Si.'] },
    schools: UNIV,
    programs: ['Peternakan'],
  },
  veteriner: {
    titles: { S1: ['S.KH.'], S2: ['M.Si.'] },
    profession: 'drh.',
    schools: ['Institut Pertanian Bogor', 'Universitas Gadjah Mada', 'Universitas Airlangga'],
    programs: ['Kedokteran Hewan'],
  },
  pemerintahan: {
    titles: { D4: ['S.STP'], S1: ['S.IP.', 'S.Sos.', 'S.A.P.'], S2: ['M.Si.', 'M.A.P.', 'M.M.'] },
    schools: ['Institut Pemerintahan Dalam Negeri', ...UNIV],
    programs: ['Ilmu Pemerintahan', 'Administrasi Negara', 'Administrasi Publik'],
  },
  sosial: {
    titles: { S1: ['S.Sos.'], S2: ['M.Si.'] },
    schools: UNIV,
    programs: ['Ilmu Sosial dan Politik', 'Kesejahteraan Sosial', 'Sosiologi', 'Ilmu Komunikasi'],
  },
  statistik: {
    titles: { D4: ['S.Tr.Stat.'], S1: ['S.Stat.', 'S.Si.'], S2: ['M.Si.'] },
    schools: UNIV,
    programs: ['Statistika', 'Matematika'],
  },
  perpustakaan: {
    titles: { D3: ['A.Md.'], S1: ['S.IP.', 'S.Hum.'], S2: ['M.Hum.'] },
    schools: UNIV,
    programs: ['Ilmu Perpustakaan', 'Kearsipan'],
  },
  umum: {
    titles: { D3: ['A.Md.'], S1: ['S.Sos.', 'S.E.', 'S.H.', 'S.AP'], S2: ['M.Si.', 'M.M.', 'M.A.P.'] },
    schools: UNIV,
    programs: ['Administrasi Negara', 'Manajemen', 'Ilmu Hukum', 'Ilmu Komunikasi'],
  },
};

export interface Titles {
  gelarDepan: string | null;
  gelarBelakang: string | null;
}

/**
 * The titles of someone whose highest education is `edu` in `field`. S2 holders list both degrees
 * ("S.Pd., M.Pd."); S3 adds "Dr." in front. Engineers and agronomists who graduated before 1993 carry the
 * old "Ir." instead of S.T./S.P.
 */
export function titlesFor(rng: Rng, edu: Education, field: Field, s1Year: number): Titles {
  const info = FIELDS[field];
  const after: string[] = [];
  let before: string | null = null;
  const isProfession = info.profession !== undefined && (edu === 'S1' || edu === 'S2' || edu === 'S3');
  const oldIr = (field === 'teknik' || field === 'pertanian') && s1Year < 1993;
  if (edu === 'D1' || edu === 'D2' || edu === 'D3' || edu === 'D4') {
    const t = info.titles[edu] ?? info.titles.D3 ?? FIELDS.umum.titles.D3;
    if (t) after.push(rng.pick(t));
  } else if (edu === 'S1' || edu === 'S2' || edu === 'S3') {
    if (isProfession) before = info.profession ?? null;
    if (oldIr) before = 'Ir.';
    const s1 = info.titles.S1 ?? FIELDS.umum.titles.S1;
    // A nurse writes "Ns. …, S.Kep." and a pharmacist "apt. …, S.Farm."; a physician only "dr.".
    if (!oldIr && s1 && (!isProfession || field === 'keperawatan' || field === 'farmasi'))
      after.push(rng.pick(s1));
    if (edu !== 'S1') {
      const s2 = info.titles.S2 ?? FIELDS.umum.titles.S2;
      if (s2) after.push(rng.pick(s2));
    }
    if (edu === 'S3') before = before ? `Dr. ${before}` : 'Dr.';
  }
  return { gelarDepan: before, gelarBelakang: after.length > 0 ? after.join(', ') : null };
}

const SMA_SCHOOLS = [
  'SMA Negeri 1',
  'SMA Negeri 2',
  'SMK Negeri 1',
  'MA Negeri 1',
  'SMA Muhammadiyah',
  'SMA Katolik',
];

/** The name of an education record ("S1 Pendidikan Matematika, Universitas Palangka Raya"). */
export function educationName(rng: Rng, edu: Education, field: Field, town: string): string {
  if (edu === 'SD') return `SD Negeri ${rng.int(1, 12)} ${town}`;
  if (edu === 'SMP') return `SMP Negeri ${rng.int(1, 5)} ${town}`;
  if (edu === 'SMA') return `${rng.pick(SMA_SCHOOLS)} ${town}`;
  const info = FIELDS[field];
  const level = edu === 'S2' && (field === 'kedokteran' || field === 'kedokteranGigi') ? 'Spesialis' : edu;
  return `${level} ${rng.pick(info.programs)}, ${rng.pick(info.schools)}`;
}
