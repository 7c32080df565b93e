import type { Rng } from './prng.js';
import type { Field } from './titles.js';

/**
 * The unit tree (unor) of one government: Sekretariat Daerah with its Asisten and Bagian (Biro in a province),
 * the OPDs with their Sekretariat, Bidang, Subbagian and Seksi, and the kecamatan. A demo of a few hundred ASN
 * cannot carry a full structure of 30 OPDs, so `offices.ts` sizes the tree to the staff; schools, health units
 * and hospitals are added by `services.ts`. This module holds the unit type and the builder.
 */

export type StaffProfile = 'office' | 'school' | 'puskesmas' | 'rsud';

export interface OrgUnit {
  id: string;
  unorId: string;
  nama: string;
  parentId: string | null;
  path: string;
  eselon: string | null;
  namaJabatan: string | null;
  /** The OPD the unit belongs to (its own name for an OPD). */
  opdNama: string;
  /** What kind of staff works here; null when none below its head. */
  profile: StaffProfile | null;
  families: Readonly<Record<string, number>>;
  functional: number;
  /** Relative share of its group's staff. */
  weight: number;
  /** Study field of its managers. */
  field: Field;
  /** Why the head's position is a key position, if it is. */
  kunci: string | null;
  /** Non-structural staff, set by the allocation. */
  staff: number;
}

/** A structural post without a unit of its own (Staf Ahli). */
export interface ExtraPost {
  unit: OrgUnit;
  nama: string;
  eselon: string;
}

export interface Org {
  units: OrgUnit[];
  extra: ExtraPost[];
  detail: number;
}

/** Why a unit's head is a key position (rules.md §4–6: jabatan target/kritikal need a reason). */
const KEY_UNITS: Readonly<Record<string, string>> = {
  'Bidang Mutasi dan Promosi': 'Penempatan dan promosi ASN berbasis sistem merit.',
  'Bidang Pengembangan Kompetensi Aparatur': 'Pengembangan kompetensi ASN (hak 20 JP per tahun).',
  'Bidang Anggaran': 'Penyusunan dan pengendalian APBD.',
  'Bidang Bina Marga': 'Pembangunan dan pemeliharaan jalan dan jembatan.',
  'Bagian Pengadaan Barang dan Jasa': 'Pengadaan barang/jasa pemerintah (UKPBJ).',
  'Biro Pengadaan Barang dan Jasa': 'Pengadaan barang/jasa pemerintah (UKPBJ).',
  'Bidang Pencegahan dan Pengendalian Penyakit': 'Pengendalian penyakit menular dan wabah.',
};

export function headTitle(nama: string): string {
  if (nama.startsWith('Sekretariat ')) return `Sekretaris ${nama.slice('Sekretariat '.length)}`;
  if (nama.startsWith('Inspektorat')) return `Inspektur${nama.slice('Inspektorat'.length)}`;
  if (nama.startsWith('Kecamatan ')) return `Camat ${nama.slice('Kecamatan '.length)}`;
  if (nama.startsWith('Asisten ')) return nama;
  if (nama.startsWith('RSUD ') || nama.startsWith('RSJ ')) return `Direktur ${nama}`;
  return `Kepala ${nama}`;
}

export class OrgBuilder {
  readonly units: OrgUnit[] = [];
  private readonly unorIds = new Set<string>();

  constructor(private readonly rng: Rng) {}

  add(parent: OrgUnit | null, nama: string, eselon: string | null, opts: Partial<OrgUnit> = {}): OrgUnit {
    const id = this.rng.uuid();
    let unorId = this.rng.hex(32);
    while (this.unorIds.has(unorId)) unorId = this.rng.hex(32);
    this.unorIds.add(unorId);
    const unit: OrgUnit = {
      id,
      unorId,
      nama,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      eselon,
      namaJabatan: headTitle(nama),
      opdNama: parent?.opdNama ?? nama,
      profile: null,
      families: {},
      functional: 0,
      weight: 0,
      field: parent?.field ?? 'pemerintahan',
      kunci: eselon ? (KEY_UNITS[nama] ?? null) : null,
      staff: 0,
      ...opts,
    };
    this.units.push(unit);
    return unit;
  }
}

/** Eselon of each kind of post (PP 18/2016): a province sits one grade above a kabupaten/kota. */
// prettier-ignore
export function eselonTable(isProvince: boolean) {
  return isProvince
    ? { sekda: 'I.b', asisten: 'II.a', stafAhli: 'II.a', biro: 'II.b', bagian: 'III.a', sub: 'IV.a', kepala: 'II.a',
        sekretaris: 'III.a', bidang: 'III.a', rsud: 'II.b', rsudBidang: 'III.b', cabdin: 'III.b' }
    : { sekda: 'II.a', asisten: 'II.b', stafAhli: 'II.b', biro: 'III.a', bagian: 'III.a', sub: 'IV.a',
        kepala: 'II.b', sekretaris: 'III.a', bidang: 'III.b', rsud: 'II.b', rsudBidang: 'III.b', cabdin: 'III.b' };
}
