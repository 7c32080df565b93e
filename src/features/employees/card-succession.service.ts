import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { findPersonInScope } from '../succession/person-ref.repository.js';
import { findCurrentRun, findSlatesOfPerson } from '../succession/succession-runs.repository.js';
import { getPoolStatusOf } from '../succession/talent-pool.service.js';

type Instansi = { id: number; kode: string };

/**
 * The succession plans a person is on, for their talent card (issue #7; rules.md §6 slates, §4 pool): every
 * key position whose slate in the instansi's current succession run lists them, with rank, readiness and
 * whether they are its emergency successor, and their place in the talent pools. The committee's working
 * material (policy `succession.read`), never shown to the person themself. No run yet is not an error:
 * `sudahDihitung` is false and the list is empty.
 */
export async function getCardSuccession(db: Db, instansi: Instansi, nip: string, scope: PersonScope) {
  const person = await findPersonInScope(db, instansi.id, nip, scope);
  if (!person) throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ditemukan di ${instansi.kode}.`);
  const [run, kelompokTalenta] = await Promise.all([
    findCurrentRun(db, instansi.id),
    getPoolStatusOf(db, instansi, person.employeeId),
  ]);
  const slates = run ? await findSlatesOfPerson(db, instansi.id, run.id, person.employeeId) : [];
  return {
    sudahDihitung: run !== null,
    periode: run?.periode ?? null,
    dihitungPada: run ? new Date(run.created_at).toISOString() : null,
    items: slates.map((s) => ({
      jabatan: { kode: s.kode, nama: s.nama, jenjang: s.jenjang, unorNama: s.unit_nama },
      peringkat: s.peringkat,
      kesiapan: s.kesiapan,
      suksesorDarurat: s.darurat,
    })),
    kelompokTalenta,
  };
}

export type CardSuccession = Awaited<ReturnType<typeof getCardSuccession>>;
