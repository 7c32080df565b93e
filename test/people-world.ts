import type { Db } from '../src/db/client.js';
import { runMapping } from '../src/features/mapping/mapping.service.js';
import { createAccount } from './auth-helpers.js';
import {
  addCompetency,
  addPositionHistory,
  addPotential,
  addSanction,
  addSkp,
  addTraining,
  createEmployee,
  createInstansi,
  createUnit,
} from './factories.js';

export type PeopleWorld = {
  instansiId: number;
  /** Units: root → dinas (→ bidang) and root → badan. */
  units: { root: string; dinas: string; bidang: string; badan: string; dinasUnorId: string };
  /** Everyone, in creation order; `star` is the richly recorded one (unit bidang). */
  nips: string[];
  star: { nip: string; id: string };
  /** A person whose name would start a spreadsheet formula. */
  risky: string;
  summary2025: { total: number; mapped: number; notMapped: number; perBox: Record<string, number> };
};

/**
 * An instansi `uji` of 12 people over four units, mapped and published for 2024 and 2025, with accounts
 * `admin` (Admin Instansi), `kepala` (Pimpinan Unit of dinas), `diri` (Pegawai: the star), `auditor`.
 * Varied SKP and potential so the boxes differ; two people lack an assessment and are not mapped.
 */
export async function buildPeopleWorld(db: Db): Promise<PeopleWorld> {
  const inst = await createInstansi(db, 'uji');
  const root = await createUnit(db, inst.id, 'Pemerintah Uji');
  const dinas = await createUnit(db, inst.id, 'Dinas Pendidikan', root);
  const bidang = await createUnit(db, inst.id, 'Bidang SMP', dinas);
  const badan = await createUnit(db, inst.id, 'Badan Keuangan', root);
  const places = [bidang, dinas, badan, root];
  const ratings = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
  const nips: string[] = [];
  let star: PeopleWorld['star'] | undefined;
  let risky = '';
  for (let i = 0; i < 12; i++) {
    const e = await createEmployee(db, inst.id, {
      unitId: places[i % 4]!.id,
      nama: i === 0 ? 'Budi Santoso' : i === 5 ? '=SUM(A1)' : `Pegawai Uji ${String(i).padStart(2, '0')}`,
      jenjang: i % 3 === 0 ? 'ADMINISTRATOR' : 'PELAKSANA',
      birthDate: `19${70 + i}-0${1 + (i % 9)}-15`,
      sex: i % 2 === 0 ? 'L' : 'P',
    });
    nips.push(e.nip);
    if (i === 5) risky = e.nip;
    for (const year of [2023, 2024, 2025]) await addSkp(db, e, year, ratings[i % 3]!, ratings[(i + 1) % 3]!);
    if (i < 10) {
      await addCompetency(db, e, '2024-03-01', 2 + (i % 3));
      await addPotential(db, e, '2024-03-01', { total: 40 + i * 5 });
    }
    if (i === 0) {
      star = { nip: e.nip, id: e.id };
      await addTraining(db, e, 24, '2025-02-01', '2025-02-05');
      await addTraining(db, e, 16, '2024-05-01', '2024-05-03');
      await addSanction(db, e, 'RINGAN', '2023-06-01');
      await addPositionHistory(db, e, 'PENGAWAS', '2015-01-01', 'Kepala Seksi');
    }
  }
  for (const periode of [2024, 2025])
    await runMapping(db, { instansiKode: 'uji', periode, actor: 'uji', publish: true });
  const run = await runMapping(db, { instansiKode: 'uji', periode: 2025, actor: 'uji', publish: true });
  await createAccount(db, { username: 'admin', role: 'ADMIN_INSTANSI', instansiId: inst.id });
  await createAccount(db, {
    username: 'kepala',
    role: 'PIMPINAN_UNIT',
    instansiId: inst.id,
    unitId: dinas.id,
  });
  await createAccount(db, { username: 'diri', role: 'PEGAWAI', instansiId: inst.id, employeeId: star!.id });
  await createAccount(db, { username: 'auditor', role: 'AUDITOR', instansiId: inst.id });
  return {
    instansiId: inst.id,
    units: { root: root.id, dinas: dinas.id, bidang: bidang.id, badan: badan.id, dinasUnorId: dinas.unorId },
    nips,
    star: star!,
    risky,
    summary2025: run.summary,
  };
}
