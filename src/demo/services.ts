import type { SizedInstansiSpec } from './kalteng.js';
import { eselonTable, type Org, type OrgBuilder, type OrgUnit, type StaffProfile } from './org.js';
import type { Rng } from './prng.js';

/**
 * Service units, where most regional ASN work: schools (SD/SMP for a kabupaten/kota, SMA/SMK/SLB for the
 * province), puskesmas and hospitals. Then the structural posts (with a few vacancies, as in any government
 * where a Plt fills in) and the split of the remaining headcount over every unit. Teachers are the largest
 * group of regional ASN, then health workers.
 */

/** Share of non-structural staff in schools and in health units, by kind of government. */
const SHARES = {
  KABUPATEN: { guru: 0.44, health: 0.17 },
  KOTA: { guru: 0.38, health: 0.18 },
  PROVINSI: { guru: 0.36, health: 0.13 },
} as const;

const SCHOOL_SIZE = { SD: 8, SMP: 15, SMA: 22, SMK: 20, SLB: 10 } as const;
type SchoolKind = keyof typeof SCHOOL_SIZE;

const PUSKESMAS_MIX = {
  dokter: 2,
  dokterGigi: 0.7,
  perawat: 7,
  bidan: 7,
  apoteker: 0.7,
  asistenApoteker: 0.8,
  nutrisionis: 0.8,
  sanitarian: 0.8,
  pranataLab: 0.8,
  penyuluhKesmas: 0.8,
  epidemiolog: 0.3,
  perekamMedis: 0.7,
};
const RSUD_MIX = {
  dokter: 5,
  dokterGigi: 0.4,
  perawat: 20,
  bidan: 5,
  apoteker: 1.2,
  asistenApoteker: 1.5,
  nutrisionis: 1,
  pranataLab: 1.5,
  radiografer: 0.8,
  fisioterapis: 0.7,
  perekamMedis: 1.5,
  sanitarian: 0.4,
  adminKesehatan: 0.4,
};

/** A structural post: a unit's head or a Staf Ahli. */
export interface StructuralPost {
  unit: OrgUnit;
  nama: string;
  eselon: string;
  kunci: string | null;
  vacant: boolean;
}

const ROMAN = ['', ' II', ' III', ' IV', ' V', ' VI'];

function schools(b: OrgBuilder, org: Org, spec: SizedInstansiSpec, teachers: number, rng: Rng): void {
  const prov = spec.jenis === 'PROVINSI';
  const disdik = org.units.find((u) => u.nama === 'Dinas Pendidikan');
  if (!disdik) return;
  const kinds: readonly (readonly [SchoolKind, number])[] = prov
    ? [
        ['SMA', 0.52],
        ['SMK', 0.36],
        ['SLB', 0.12],
      ]
    : [
        ['SD', 0.72],
        ['SMP', 0.28],
      ];
  const avg = kinds.reduce((s, [k, w]) => s + SCHOOL_SIZE[k] * w, 0);
  const count = Math.max(1, Math.round(teachers / avg));
  const towns = prov
    ? (spec.towns ?? [spec.ibukota])
    : spec.kecamatan.length
      ? spec.kecamatan
      : [spec.ibukota];
  // A province runs its schools through one Cabang Dinas per region (kabupaten/kota).
  const cabdin: OrgUnit[] = [];
  if (prov && org.detail >= 1) {
    const n = Math.min(towns.length, Math.max(1, Math.ceil(count / 15)));
    for (const town of towns.slice(0, n)) {
      cabdin.push(b.add(disdik, `Cabang Dinas Pendidikan Wilayah ${town}`, eselonTable(true).cabdin));
    }
  }
  const numbers = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(kinds);
    // The seat of government has the most schools: half go to the first town.
    const t = rng.chance(0.3) ? 0 : i % towns.length;
    const town = towns[t] ?? spec.ibukota;
    const key = `${kind} ${town}`;
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    const parent = cabdin.length > 0 ? (cabdin[t % cabdin.length] ?? disdik) : disdik;
    b.add(parent, `${kind} Negeri ${n} ${town}`, null, {
      profile: 'school',
      families: { guru: 1 },
      functional: 0.9,
      weight: SCHOOL_SIZE[kind] * rng.real(0.6, 1.4),
      field: 'pendidikan',
      opdNama: 'Dinas Pendidikan',
    });
  }
}

function hospital(
  b: OrgBuilder,
  root: OrgUnit,
  nama: string,
  weight: number,
  prov: boolean,
  d: number,
): void {
  const es = eselonTable(prov);
  const base = { profile: 'rsud' as StaffProfile, families: RSUD_MIX, functional: 0.78, opdNama: nama };
  const head = b.add(root, nama, es.rsud, {
    ...base,
    field: 'kedokteran',
    weight: weight * 0.4,
    kunci: 'Layanan kesehatan rujukan daerah (BLUD).',
  });
  const subs = [
    'Bagian Tata Usaha',
    'Bidang Pelayanan Medik',
    'Bidang Keperawatan',
    'Bidang Penunjang Medik',
  ];
  const n = [0, 2, 3, 4][d] ?? 4;
  for (const s of subs.slice(0, n)) {
    const field =
      s === 'Bagian Tata Usaha' ? 'ekonomi' : s === 'Bidang Keperawatan' ? 'keperawatan' : 'kedokteran';
    b.add(head, `${s} ${nama}`, es.rsudBidang, { ...base, field, weight: (weight * 0.6) / n });
  }
}

function health(
  b: OrgBuilder,
  org: Org,
  root: OrgUnit,
  spec: SizedInstansiSpec,
  staff: number,
  rng: Rng,
): void {
  const prov = spec.jenis === 'PROVINSI';
  const d = org.detail;
  const dinkes = org.units.find((u) => u.nama === 'Dinas Kesehatan');
  const hasRsud = prov || d >= 1;
  const rsudShare = prov ? 1 : hasRsud ? 0.45 : 0;
  if (hasRsud) {
    const rsj = prov && spec.kode === 'kalteng' && d >= 2;
    hospital(b, root, spec.rsud, rsj ? 0.8 : 1, prov, d);
    if (rsj) hospital(b, root, 'RSJ Kalawa Atei', 0.2, prov, Math.min(d, 1));
  }
  if (prov || !dinkes) return;
  const towns = spec.kecamatan.length ? spec.kecamatan : [spec.ibukota];
  const count = Math.min(towns.length * 2, Math.max(1, Math.round((staff * (1 - rsudShare)) / 28)));
  for (let i = 0; i < count; i++) {
    const town = towns[i % towns.length] ?? spec.ibukota;
    const nama = `UPT Puskesmas ${town}${ROMAN[Math.floor(i / towns.length)] ?? ''}`;
    b.add(dinkes, nama, null, {
      profile: 'puskesmas',
      families: PUSKESMAS_MIX,
      functional: 0.88,
      weight: ((1 - rsudShare) / count) * rng.real(0.7, 1.3),
      field: 'kesmas',
      opdNama: 'Dinas Kesehatan',
    });
  }
  // Hospital weights are shares of the health group; rescale them against the puskesmas.
  for (const u of org.units) if (u.profile === 'rsud') u.weight *= rsudShare;
}

/** Splits `total` over units by weight, with largest-remainder rounding (exact total). */
function allocate(units: OrgUnit[], total: number): void {
  const sum = units.reduce((s, u) => s + u.weight, 0);
  if (units.length === 0 || sum <= 0) return;
  const raw = units.map((u) => (total * u.weight) / sum);
  units.forEach((u, i) => (u.staff = Math.floor(raw[i] ?? 0)));
  let left = total - units.reduce((s, u) => s + u.staff, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    const u = units[i];
    if (u) u.staff++;
  }
}

/**
 * Adds the service units, decides the structural posts and their vacancies, and gives every unit its
 * non-structural headcount so that incumbents + staff = `spec.employees` exactly.
 */
export function addServicesAndStaff(
  b: OrgBuilder,
  org: Org,
  root: OrgUnit,
  spec: SizedInstansiSpec,
  rng: Rng,
): StructuralPost[] {
  const shares = SHARES[spec.jenis];
  const estimate = spec.employees * 0.9;
  schools(b, org, spec, estimate * shares.guru, rng);
  health(b, org, root, spec, estimate * shares.health, rng);
  const posts: StructuralPost[] = [];
  const vacancy = (eselon: string) => (spec.employees < 300 ? 0 : eselon.startsWith('II') ? 0.08 : 0.05);
  for (const u of org.units) {
    if (!u.eselon || !u.namaJabatan) continue;
    posts.push({
      unit: u,
      nama: u.namaJabatan,
      eselon: u.eselon,
      kunci: u.kunci,
      vacant: rng.chance(vacancy(u.eselon)),
    });
  }
  for (const x of org.extra) {
    posts.push({
      unit: x.unit,
      nama: x.nama,
      eselon: x.eselon,
      kunci: null,
      vacant: rng.chance(vacancy(x.eselon)),
    });
  }
  const incumbents = posts.filter((p) => !p.vacant).length;
  const rest = Math.max(0, spec.employees - incumbents);
  const group = (p: StaffProfile[]) => org.units.filter((u) => u.profile !== null && p.includes(u.profile));
  const schoolUnits = group(['school']);
  const healthUnits = group(['puskesmas', 'rsud']);
  const guru = schoolUnits.length ? Math.round(rest * shares.guru) : 0;
  const nakes = healthUnits.length ? Math.round(rest * shares.health) : 0;
  allocate(schoolUnits, guru);
  allocate(healthUnits, nakes);
  allocate(group(['office']), rest - guru - nakes);
  return posts;
}
