import type { Db } from '../src/db/client.js';
import type { Role } from '../src/features/auth/policies/roles.js';
import { insertMappingJob } from '../src/features/mapping/mapping-job.repository.js';
import { runMapping } from '../src/features/mapping/mapping.service.js';
import { copyRuleSet } from '../src/features/rule-sets/rule-sets.service.js';
import { recomputeSlates } from '../src/features/succession/succession.service.js';
import { createAccount } from './auth-helpers.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createFailedImport,
  createInstansi,
  createPosition,
  createUnit,
} from './factories.js';

/**
 * A small world for access tests: a province with two kabupaten (A and B) and a kabupaten of another
 * province; each with a root unit and two units below it, and mapped employees in published runs of
 * 2024 and 2025. Kabupaten A has an account of every role (the Pimpinan Unit heads unit 1, the Pegawai
 * works there); the province has a province-wide admin and auditor and its own admin.
 */
export type Person = { nip: string; employeeId: string; unitPath: string };
export type Place = {
  kode: string;
  id: number;
  indukId: number | null;
  /** In unit 1: the Pegawai's own record (in A), a colleague; in unit 2: someone else. */
  self: Person;
  colleague: Person;
  elsewhere: Person;
  /** A web import of the instansi (failed validation, with an error file). */
  importId: string;
  /** A web mapping run request of the instansi (queued, never taken: the sweep only reads it). */
  mappingJobId: string;
};
export type World = { places: Record<'a' | 'b' | 'prov' | 'other', Place>; accounts: AccountSpec[] };
export type AccountSpec = { username: string; role: Role; at: 'a' | 'prov' };

async function mappedEmployee(
  db: Db,
  instansiId: number,
  unit: { id: string; path: string },
  serial: number,
) {
  const e = await createEmployee(db, instansiId, {
    unitId: unit.id,
    jenjang: 'ADMINISTRATOR',
    birthDate: `19${70 + (serial % 20)}-0${1 + (serial % 9)}-1${serial % 10}`,
  });
  for (const year of [2023, 2024, 2025]) await addSkp(db, e, year, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
  await addCompetency(db, e, '2024-01-01', 3 + (serial % 2));
  await addPotential(db, e, '2024-01-01', { total: 55 + (serial % 10) * 4 });
  return { nip: e.nip, employeeId: e.id, unitPath: unit.path };
}

/** Two own rule-set drafts per instansi: one the sweep edits (`uji-draf`), one it publishes (`uji-terbit`). */
async function ruleSetDrafts(db: Db, instansiId: number) {
  for (const kode of ['uji-draf', 'uji-terbit'])
    await copyRuleSet(db, instansiId, { from: 'bawaan', kode, nama: `Aturan ${kode}` }, 'uji');
}

const mappingJobOf = async (db: Db, instansiId: number) =>
  (await insertMappingJob(db, { instansiId, periode: 2025, ruleSet: null, publish: false, createdBy: 'uji' }))
    .id;

async function place(
  db: Db,
  kode: string,
  jenis: string,
  indukId: number | null,
  serial: number,
): Promise<Place> {
  const inst = await createInstansi(db, kode, jenis, indukId);
  const root = await createUnit(db, inst.id, `Pemerintah ${kode}`);
  const u1 = await createUnit(db, inst.id, 'Dinas Satu', root);
  const u2 = await createUnit(db, inst.id, 'Dinas Dua', root);
  const sub = await createUnit(db, inst.id, 'Bidang Satu', u1);
  const self = await mappedEmployee(db, inst.id, sub, serial);
  const colleague = await mappedEmployee(db, inst.id, u1, serial + 1);
  const elsewhere = await mappedEmployee(db, inst.id, u2, serial + 2);
  for (const periode of [2024, 2025])
    await runMapping(db, { instansiKode: kode, periode, actor: 'uji', publish: true });
  await ruleSetDrafts(db, inst.id);
  await keyPositionWithSlate(db, inst.id, root.id);
  const importId = await createFailedImport(db, inst.id);
  const mappingJobId = await mappingJobOf(db, inst.id);
  return { kode, id: inst.id, indukId, self, colleague, elsewhere, importId, mappingJobId };
}

/** Every place has one key position (kode `KUNCI-1`, JPT Pratama) and a computed succession run. */
export const KEY_POSITION = 'KUNCI-1';
export const KEY_POSITION_REASON = 'Uji akses jabatan kunci';
async function keyPositionWithSlate(db: Db, instansiId: number, unitId: string) {
  await createPosition(db, instansiId, unitId, {
    kode: KEY_POSITION,
    jenjang: 'JPT_PRATAMA',
    isKey: true,
    alasanKritikal: KEY_POSITION_REASON,
  });
  await recomputeSlates(db, { instansi: { id: instansiId }, actor: 'uji' });
}

export const KAB_ROLES: readonly Role[] = [
  'ADMIN_INSTANSI',
  'KOMITE_TALENTA',
  'PPK',
  'PIMPINAN_UNIT',
  'PEGAWAI',
  'AUDITOR',
];

export async function buildAccessWorld(db: Db): Promise<World> {
  const provRow = await createInstansi(db, 'prov', 'PROVINSI');
  const prov = await (async () => {
    // The province itself has people too (it is an instansi like the others).
    const root = await createUnit(db, provRow.id, 'Pemerintah Provinsi');
    const u1 = await createUnit(db, provRow.id, 'Biro Satu', root);
    const u2 = await createUnit(db, provRow.id, 'Biro Dua', root);
    const self = await mappedEmployee(db, provRow.id, u1, 1);
    const colleague = await mappedEmployee(db, provRow.id, u1, 2);
    const elsewhere = await mappedEmployee(db, provRow.id, u2, 3);
    for (const periode of [2024, 2025])
      await runMapping(db, { instansiKode: 'prov', periode, actor: 'uji', publish: true });
    await ruleSetDrafts(db, provRow.id);
    await keyPositionWithSlate(db, provRow.id, root.id);
    const importId = await createFailedImport(db, provRow.id);
    const mappingJobId = await mappingJobOf(db, provRow.id);
    return {
      kode: 'prov',
      id: provRow.id,
      indukId: null,
      self,
      colleague,
      elsewhere,
      importId,
      mappingJobId,
    };
  })();
  const a = await place(db, 'kaba', 'KABUPATEN', provRow.id, 10);
  const b = await place(db, 'kabb', 'KABUPATEN', provRow.id, 20);
  const prov2 = await createInstansi(db, 'prov2', 'PROVINSI');
  const other = await place(db, 'kabc', 'KABUPATEN', prov2.id, 30);

  const accounts: AccountSpec[] = [];
  const unitOf = async (p: Place) =>
    (await db.query.unit.findFirst({
      where: (u, { and, eq }) => and(eq(u.instansiId, p.id), eq(u.nama, 'Dinas Satu')),
    }))!;
  for (const role of KAB_ROLES) {
    const username = `${role.toLowerCase().replace('_', '-')}.kaba`;
    await createAccount(db, {
      username,
      role,
      instansiId: a.id,
      unitId: role === 'PIMPINAN_UNIT' ? (await unitOf(a)).id : null,
      employeeId: role === 'PEGAWAI' ? a.self.employeeId : null,
    });
    accounts.push({ username, role, at: 'a' });
  }
  for (const role of ['ADMIN_PROVINSI', 'AUDITOR', 'ADMIN_INSTANSI'] as const) {
    const username = `${role.toLowerCase().replace('_', '-')}.prov`;
    await createAccount(db, { username, role, instansiId: provRow.id });
    accounts.push({ username, role, at: 'prov' });
  }
  return { places: { a, b, prov, other }, accounts };
}
