import type { Db } from '../src/db/client.js';
import {
  competencyAssessment,
  employee,
  instansi,
  position,
  positionHistory,
  potentialAssessment,
  sanction,
  skp,
  training,
  unit,
} from '../src/db/schema/index.js';
import { COMPETENCY_KEYS } from '../src/domain/competency.js';
import { derivePredikat } from '../src/domain/predikat.js';
import { buildNip } from '../src/domain/nip.js';
import type { Rating } from '../src/domain/codes.js';
import { insertImport, putFile, transition } from '../src/features/imports/web/import-job.repository.js';

/**
 * Test factories: rows written through the same tables the importer and the demo fill, with defaults that
 * a test overrides only where it matters (architecture.md §2, "factories").
 */
let serial = 0;

export async function createInstansi(
  db: Db,
  kode = 'uji',
  jenis = 'KABUPATEN',
  indukId: number | null = null,
) {
  const [row] = await db
    .insert(instansi)
    .values({ kode, nama: `Instansi ${kode}`, jenis, indukId })
    .returning();
  return row!;
}

export async function createUnit(
  db: Db,
  instansiId: number,
  nama = 'Dinas Uji',
  parent?: { id: string; path: string },
) {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(unit)
    .values({
      instansiId,
      id,
      unorId: `U-${id.slice(0, 8)}`,
      nama,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
    })
    .returning();
  return row!;
}

export type EmployeeOverrides = Partial<typeof employee.$inferInsert> & {
  birthDate?: string;
  sex?: 'L' | 'P';
};

export async function createEmployee(db: Db, instansiId: number, overrides: EmployeeOverrides = {}) {
  const { birthDate = '1985-06-15', sex = 'L', ...rest } = overrides;
  serial = (serial + 1) % 1000;
  const nip = rest.nip ?? buildNip({ birthDate, appointmentYearMonth: '2010-03', sex, serial });
  const [row] = await db
    .insert(employee)
    .values({
      instansiId,
      nip,
      nama: `Pegawai ${serial}`,
      tglLahir: birthDate,
      jenisKelamin: sex,
      jenisPegawai: 'PNS',
      kedudukan: 'Aktif',
      golongan: 'III/c',
      pendidikan: 'S1',
      jabatanNama: 'Analis Kebijakan Ahli Muda',
      jenisJabatanId: 2,
      jenjang: 'FUNGSIONAL_AHLI_MUDA',
      tmtJabatan: '2020-01-01',
      tmtCpns: '2010-03-01',
      ...rest,
    })
    .returning();
  return row!;
}

type Owner = { instansiId: number; id: string };

export async function addSkp(
  db: Db,
  e: Owner,
  tahun: number,
  hasil: Rating,
  perilaku: Rating,
  predikat?: string,
) {
  await db.insert(skp).values({
    instansiId: e.instansiId,
    employeeId: e.id,
    tahun,
    hasilKerja: hasil,
    perilakuKerja: perilaku,
    predikat: predikat ?? derivePredikat(hasil, perilaku),
    predikatDerived: predikat ? 0 : 1,
  });
}

export async function addCompetency(
  db: Db,
  e: Owner,
  tanggal: string,
  level: number | Record<string, number>,
) {
  const keys = COMPETENCY_KEYS;
  const levels = Object.fromEntries(
    keys.map((k) => [k, typeof level === 'number' ? level : (level[k] ?? 1)]),
  );
  const [row] = await db
    .insert(competencyAssessment)
    .values({
      instansiId: e.instansiId,
      employeeId: e.id,
      tanggal,
      ...(levels as Record<(typeof keys)[number], number>),
    })
    .returning();
  return row!;
}

export async function addPotential(
  db: Db,
  e: Owner,
  tanggal: string,
  values: { total?: number } | { dims: number },
) {
  const dims =
    'dims' in values
      ? {
          intelektual: values.dims,
          interpersonal: values.dims,
          kesadaranDiri: values.dims,
          berfikirKritis: values.dims,
          pemecahanMasalah: values.dims,
          kecerdasanEmosional: values.dims,
          growthMindset: values.dims,
          motivasiKomitmen: values.dims,
        }
      : {};
  const [row] = await db
    .insert(potentialAssessment)
    .values({
      instansiId: e.instansiId,
      employeeId: e.id,
      tanggal,
      total: 'total' in values ? values.total : null,
      ...dims,
    })
    .returning();
  return row!;
}

export async function addTraining(
  db: Db,
  e: Owner,
  jp: number,
  tanggalMulai: string,
  tanggalSelesai: string | null = null,
) {
  await db.insert(training).values({
    instansiId: e.instansiId,
    employeeId: e.id,
    nama: `Diklat ${tanggalMulai} ${jp}`,
    tanggalMulai,
    tanggalSelesai,
    jp,
    biaya: 1_000_000,
  });
}

export async function addSanction(
  db: Db,
  e: Owner,
  tingkat: 'RINGAN' | 'SEDANG' | 'BERAT',
  tanggalSk: string,
) {
  await db.insert(sanction).values({
    instansiId: e.instansiId,
    employeeId: e.id,
    tingkat,
    tanggalSk,
    nomorSk: `SK-${tanggalSk}-${tingkat}`,
    kunci: `SK-${tanggalSk}-${tingkat}`,
  });
}

export async function addPositionHistory(
  db: Db,
  e: Owner,
  jenjang: string,
  tmtJabatan: string,
  jabatanNama = 'Jabatan lama',
) {
  await db
    .insert(positionHistory)
    .values({ instansiId: e.instansiId, employeeId: e.id, jenjang, tmtJabatan, jabatanNama });
}

export async function createPosition(
  db: Db,
  instansiId: number,
  unitId: string,
  values: Partial<typeof position.$inferInsert> & { kode: string; jenjang: string },
) {
  const [row] = await db
    .insert(position)
    .values({ instansiId, unitId, nama: `Jabatan ${values.kode}`, ...values })
    .returning();
  return row!;
}

/**
 * A web import whose validation failed, with an error file: every import route has something to read,
 * and a commit of it is refused (409) without changing anything.
 */
export async function createFailedImport(db: Db, instansiId: number): Promise<string> {
  return db.transaction(async (tx) => {
    const row = await insertImport(tx, {
      instansiId,
      kind: 'skp',
      fileName: 'skp.csv',
      createdBy: 'uji',
      content: Buffer.from('nipBaru,tahun\n1,2025\n'),
    });
    await putFile(tx, instansiId, row.id, 'KESALAHAN', Buffer.from('nipBaru,tahun,kesalahan\n1,2025,NIP\n'));
    await transition(tx, instansiId, row.id, ['MENUNGGU'], { status: 'GAGAL', error: 'Berkas uji.' });
    return row.id;
  });
}
