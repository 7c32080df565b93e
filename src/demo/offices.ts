import { SECRETARIAT_FAMILIES } from './catalog.js';
import type { SizedInstansiSpec } from './kalteng.js';
import { opdFor, opdName, type OpdTemplate } from './opd.js';
import { OrgBuilder, eselonTable, type ExtraPost, type Org, type OrgUnit } from './org.js';
import type { Rng } from './prng.js';
import type { Field } from './titles.js';

/**
 * The office structure of one government: Sekretariat Daerah (Asisten, Bagian or Biro, Staf Ahli), the OPDs
 * (Sekretariat, Subbagian, Bidang, Seksi) and the kecamatan. Structural posts are about a tenth of the staff
 * in a real kabupaten; the depth (`detail` 0–3) and the number of OPDs are chosen from the size to keep that
 * share in a small demo, the core services first (opd.ts priorities).
 */

const SETDA: readonly (readonly [string, readonly string[]])[] = [
  ['Asisten Pemerintahan dan Kesejahteraan Rakyat', ['Pemerintahan', 'Hukum', 'Kesejahteraan Rakyat']],
  [
    'Asisten Perekonomian dan Pembangunan',
    ['Perekonomian dan Sumber Daya Alam', 'Administrasi Pembangunan', 'Pengadaan Barang dan Jasa'],
  ],
  ['Asisten Administrasi Umum', ['Umum', 'Organisasi', 'Protokol dan Komunikasi Pimpinan']],
];
const SETDA_FAMILIES = { analisKebijakan: 2, analisHukum: 1, perancang: 1, pengelolaPbj: 1, pranataHumas: 1 };
const STAF_AHLI = [
  'Pemerintahan, Hukum dan Politik',
  'Ekonomi, Keuangan dan Pembangunan',
  'Kemasyarakatan dan Sumber Daya Manusia',
];
const SUBBAGIAN = ['Subbagian Umum dan Kepegawaian', 'Subbagian Perencanaan dan Keuangan'];
const KECAMATAN_SEKSI = [
  'Seksi Pemerintahan',
  'Seksi Ketenteraman dan Ketertiban Umum',
  'Seksi Pemberdayaan Masyarakat dan Desa',
  'Seksi Kesejahteraan Sosial',
];

/** Share of structural posts aimed at, and posts per OPD / per kecamatan at each detail level. */
const STRUCTURAL_SHARE = 0.11;
const POSTS_PER_OPD = [3, 5, 8.5, 14] as const;
const POSTS_PER_KECAMATAN = [1, 3, 4, 6] as const;
const SETDA_POSTS = [3, 10, 16, 40] as const;

/** Level of detail by size: 0 below 500 ASN, 1 below 1,500, 2 below 4,000, else 3. */
export function detailFor(employees: number): number {
  return employees < 500 ? 0 : employees < 1500 ? 1 : employees < 4000 ? 2 : 3;
}

function regionHead(spec: SizedInstansiSpec): string {
  if (spec.jenis === 'PROVINSI') return 'Gubernur';
  return spec.jenis === 'KOTA' ? 'Wali Kota' : 'Bupati';
}

function kecamatanCount(spec: SizedInstansiSpec, d: number): number {
  if (spec.jenis === 'PROVINSI') return 0;
  if (d >= 2) return spec.kecamatan.length;
  return Math.min(spec.kecamatan.length, Math.max(1, Math.round(spec.employees / (d === 0 ? 90 : 120))));
}

function buildSetda(b: OrgBuilder, root: OrgUnit, spec: SizedInstansiSpec, d: number): void {
  const prov = spec.jenis === 'PROVINSI';
  const es = eselonTable(prov);
  const field: Field = 'pemerintahan';
  const office = { profile: 'office' as const, families: SETDA_FAMILIES, functional: 0.25, field };
  const setda = b.add(root, 'Sekretariat Daerah', es.sekda, {
    field,
    opdNama: 'Sekretariat Daerah',
    kunci: 'Pimpinan birokrasi daerah dan koordinator perangkat daerah.',
  });
  const word = prov ? 'Biro' : 'Bagian';
  if (d === 0) {
    for (const t of ['Umum', 'Hukum']) b.add(setda, `${word} ${t}`, es.biro, { ...office, weight: 1.2 });
    return;
  }
  const perAsisten = [1, 1, 2, 3][d] ?? 3;
  for (const [asisten, bagian] of SETDA) {
    const a = b.add(setda, asisten, es.asisten, { field });
    for (const t of bagian.slice(0, perAsisten)) {
      const unit = b.add(a, `${word} ${t}`, es.biro, { ...office, weight: 0.6 });
      if (d < 3) continue;
      // Province: Biro → Bagian (III.a); kabupaten/kota: Bagian → Subbagian (IV.a).
      for (const k of ['Kebijakan', 'Pelaksanaan']) {
        const sub = prov ? `Bagian ${k} ${t}` : `Subbagian ${k} ${t}`;
        b.add(unit, sub, prov ? es.bagian : es.sub, { ...office, weight: 0.3 });
      }
    }
  }
}

/** Staf Ahli Gubernur/Bupati/Wali Kota: JPT posts attached to the Sekretariat Daerah. */
function stafAhli(units: readonly OrgUnit[], spec: SizedInstansiSpec, d: number): ExtraPost[] {
  const setda = units.find((u) => u.nama === 'Sekretariat Daerah');
  if (!setda || d === 0) return [];
  const eselon = eselonTable(spec.jenis === 'PROVINSI').stafAhli;
  return STAF_AHLI.map((bidang) => ({
    unit: setda,
    nama: `Staf Ahli ${regionHead(spec)} Bidang ${bidang}`,
    eselon,
  }));
}

function buildOpd(
  b: OrgBuilder,
  root: OrgUnit,
  o: OpdTemplate,
  spec: SizedInstansiSpec,
  d: number,
  rng: Rng,
) {
  const es = eselonTable(spec.jenis === 'PROVINSI');
  const nama = opdName(o, spec.jenis);
  const base = { field: o.field, opdNama: nama };
  const head = b.add(root, nama, es.kepala, { ...base, kunci: o.kunci ?? null });
  const isIrban = o.key === 'inspektorat';
  // The Sekretariat DPRD is itself a secretariat: Bagian (III.a) with Subbagian, no inner Sekretariat.
  const isSetwan = o.key === 'dprd';
  const bidang = isIrban
    ? ['I', 'II', 'III', 'IV'].slice(0, d + 1).map((w) => `Inspektorat Pembantu Wilayah ${w}`)
    : o.bidang.slice(0, [1, 2, 3, 99][d]).map((x) => (isSetwan ? x.replace(/^Bidang /, 'Bagian ') : x));
  const staffed = { ...base, profile: 'office' as const, families: o.families, functional: o.functional };
  if (d >= 1 && !isSetwan) {
    const secretariat = { ...staffed, families: SECRETARIAT_FAMILIES, functional: 0.3 };
    const sek = b.add(head, `Sekretariat ${nama}`, es.sekretaris, { ...secretariat, weight: o.staff * 0.35 });
    // Named with their OPD, as SIASN position names are, so that a history row reads unambiguously.
    for (const sub of SUBBAGIAN.slice(0, d === 1 ? 1 : 2)) {
      b.add(sek, `${sub} ${nama}`, es.sub, { ...secretariat, weight: 0.1 });
    }
  }
  for (const bd of bidang) {
    const w = (o.staff * (d === 0 || isSetwan ? 1 : 0.65)) / bidang.length;
    const unit = b.add(head, bd, isIrban || isSetwan ? 'III.a' : es.bidang, { ...staffed, weight: w });
    // After the 2021 delayering many seksi became functional posts: keep a varying few.
    const seksi = isIrban ? 0 : d === 0 ? 1 : d === 1 ? 0 : d === 2 ? rng.int(0, 1) : rng.int(0, 3);
    const topic = bd.replace(/^(Bidang|Bagian) /, '');
    for (const k of ['Perencanaan', 'Pembinaan', 'Pengendalian'].slice(0, seksi)) {
      const sub = isSetwan ? `Subbagian ${k} ${topic}` : `Seksi ${k} ${topic}`;
      b.add(unit, sub, es.sub, { ...staffed, weight: w * 0.4 });
    }
  }
}

function buildKecamatan(b: OrgBuilder, root: OrgUnit, spec: SizedInstansiSpec, d: number): void {
  const field: Field = 'pemerintahan';
  const office = {
    profile: 'office' as const,
    field,
    families: { penggerakSwadaya: 1, polpp: 0.5 },
    functional: 0.12,
  };
  spec.kecamatan.slice(0, kecamatanCount(spec, d)).forEach((kec, i) => {
    const unit = b.add(root, `Kecamatan ${kec}`, 'III.a', {
      ...office,
      opdNama: `Kecamatan ${kec}`,
      weight: d >= 1 ? 0.35 : 0.7,
      kunci: i === 0 ? 'Kecamatan ibu kota: layanan publik terpadat.' : null,
    });
    if (d === 0) return;
    b.add(unit, `Sekretariat Kecamatan ${kec}`, 'III.b', { ...office, weight: 0.25 });
    for (const s of KECAMATAN_SEKSI.slice(0, [0, 1, 2, 4][d])) {
      b.add(unit, `${s} Kecamatan ${kec}`, 'IV.a', { ...office, weight: 0.1 });
    }
  });
}

/** How many OPDs fit the structural budget (at least the six core ones). */
function opdCount(spec: SizedInstansiSpec, d: number): number {
  const fixed = (SETDA_POSTS[d] ?? 40) + kecamatanCount(spec, d) * (POSTS_PER_KECAMATAN[d] ?? 6);
  const budget = spec.employees * STRUCTURAL_SHARE - fixed;
  return Math.max(6, Math.floor(budget / (POSTS_PER_OPD[d] ?? 14)));
}

/** The office structure (without schools and health units) of one government. */
export function buildOffices(
  spec: SizedInstansiSpec,
  rng: Rng,
): { builder: OrgBuilder; org: Org; root: OrgUnit } {
  const d = detailFor(spec.employees);
  const b = new OrgBuilder(rng);
  const rootName = `Pemerintah ${spec.nama}`;
  const root = b.add(null, rootName, null, { field: 'pemerintahan' });
  root.namaJabatan = `${regionHead(spec)} ${spec.nama.replace(/^(Provinsi|Kabupaten|Kota) /, '')}`;
  buildSetda(b, root, spec, d);
  for (const o of opdFor(spec.jenis, 99).slice(0, opdCount(spec, d))) buildOpd(b, root, o, spec, d, rng);
  buildKecamatan(b, root, spec, d);
  return { builder: b, root, org: { units: b.units, extra: stafAhli(b.units, spec, d), detail: d } };
}
