import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { runMapping } from '../src/features/mapping/mapping.service.js';
import { recomputeSlates } from '../src/features/succession/succession.service.js';
import { createAccount } from './auth-helpers.js';
import {
  addCompetency,
  addPotential,
  addSanction,
  addSkp,
  createEmployee,
  createInstansi,
  createPosition,
  createUnit,
} from './factories.js';

export type SuccessionCardWorld = {
  instansi: { id: number; kode: string };
  other: { id: number; kode: string };
  /** NIPs by role in the story. */
  nips: Record<
    'holder' | 'candidate' | 'pengawas' | 'sanctioned' | 'gone' | 'lowBox' | 'otherPerson',
    string
  >;
};

/**
 * Instansi `kartu`, mapping 2025 published (so its slates are computed), two JPT Pratama key positions:
 * - `holder` holds KP-1 (so not its candidate) and heads KP-2's slate, its emergency successor;
 * - `candidate` heads KP-1's slate (emergency successor) and is second on KP-2's;
 * - `pengawas` is on no slate (job step); `lowBox` neither (rank), and is below box 7;
 * - `sanctioned` (medium sanction in 2025) and `gone` (box 9, inactive since the mapping) are excluded from
 *   the JPT pool by rules.md §4.
 * Instansi `lain` has a person and no mapping, so no succession run. Accounts: `admin`, `komite`, `ppk`,
 * `kepala` (Pimpinan Unit), `diri` (Pegawai: the candidate), `auditor`, and `admin-lain` of `lain`.
 */
export async function buildSuccessionCardWorld(db: Db): Promise<SuccessionCardWorld> {
  const inst = await createInstansi(db, 'kartu');
  const unit = await createUnit(db, inst.id, 'Sekretariat Daerah');
  const kp1 = await createPosition(db, inst.id, unit.id, {
    kode: 'KP-1',
    nama: 'Kepala Badan Kepegawaian',
    jenjang: 'JPT_PRATAMA',
    isKey: true,
  });
  await createPosition(db, inst.id, unit.id, {
    kode: 'KP-2',
    nama: 'Kepala Dinas Pendidikan',
    jenjang: 'JPT_PRATAMA',
    isKey: true,
  });
  const nips: Partial<SuccessionCardWorld['nips']> = {};
  const ids: Record<string, string> = {};
  const person = async (
    name: keyof SuccessionCardWorld['nips'],
    over: Parameters<typeof createEmployee>[2],
    level: number,
    strong = true,
  ) => {
    const e = await createEmployee(db, inst.id, {
      unitId: unit.id,
      nama: `Pegawai ${name}`,
      jenjang: 'ADMINISTRATOR',
      golongan: 'IV/b',
      pendidikan: 'S2',
      tmtJabatan: '2019-01-01',
      birthDate: '1975-03-10',
      ...over,
    });
    const rating = strong ? 'DI_ATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI';
    for (const y of [2024, 2025]) await addSkp(db, e, y, rating, rating);
    await addCompetency(db, e, '2025-02-01', level);
    await addPotential(db, e, '2025-02-01', { total: strong ? 90 : 40 });
    nips[name] = e.nip;
    ids[name] = e.id;
    return e;
  };
  await person('holder', { jenjang: 'JPT_PRATAMA', positionId: kp1.id, nama: 'Yudi Holder' }, 4);
  await person('candidate', { nama: 'Sari Kandidat' }, 3.8);
  await person('pengawas', { jenjang: 'PENGAWAS' }, 4);
  const sanctioned = await person('sanctioned', {}, 4);
  await addSanction(db, sanctioned, 'SEDANG', '2025-04-01');
  await person('gone', {}, 4);
  // Retires on 1 Jul 2026 at the Administrator BUP (58): within 2 years of 31 Dec 2025.
  await person('lowBox', { golongan: 'III/d', birthDate: '1968-06-20' }, 2, false);
  await runMapping(db, { instansiKode: 'kartu', periode: 2025, actor: 'uji', publish: true });
  // Inactive after the mapping: still in box 9 of the published mapping, but out of the pool and, once the
  // slates are computed again, of the slates.
  await db.execute(sql`update employee set kedudukan = 'Pensiun' where id = ${ids.gone}`);
  await recomputeSlates(db, { instansi: { kode: 'kartu' }, actor: 'uji' });

  const other = await createInstansi(db, 'lain');
  const otherUnit = await createUnit(db, other.id, 'Sekretariat Lain');
  const stranger = await createEmployee(db, other.id, { unitId: otherUnit.id });
  nips.otherPerson = stranger.nip;

  await createAccount(db, { username: 'admin', role: 'ADMIN_INSTANSI', instansiId: inst.id });
  await createAccount(db, { username: 'komite', role: 'KOMITE_TALENTA', instansiId: inst.id });
  await createAccount(db, { username: 'ppk', role: 'PPK', instansiId: inst.id });
  await createAccount(db, {
    username: 'kepala',
    role: 'PIMPINAN_UNIT',
    instansiId: inst.id,
    unitId: unit.id,
  });
  await createAccount(db, {
    username: 'diri',
    role: 'PEGAWAI',
    instansiId: inst.id,
    employeeId: ids.candidate!,
  });
  await createAccount(db, { username: 'auditor', role: 'AUDITOR', instansiId: inst.id });
  await createAccount(db, { username: 'admin-lain', role: 'ADMIN_INSTANSI', instansiId: other.id });
  return {
    instansi: { id: inst.id, kode: 'kartu' },
    other: { id: other.id, kode: 'lain' },
    nips: nips as SuccessionCardWorld['nips'],
  };
}
