import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { personScope, type PersonScope } from '../auth/policies/access.js';
import type { Actor } from '../auth/policies/actor.js';
import { findPersonInScope } from '../succession/person-ref.repository.js';
import { findCurrentRun, findSlatesOfPerson } from '../succession/succession-runs.repository.js';
import { findGovernment } from '../succession/succession-settings.repository.js';
import { getPoolStatusOf } from '../succession/talent-pool.service.js';

type Instansi = { id: number; kode: string };
type Government = { id: number; kode: string; nama: string };

async function slatesListing(
  db: Db,
  slateOwner: { id: number },
  person: { instansiId: number; employeeId: string },
) {
  const run = await findCurrentRun(db, slateOwner.id);
  const slates = run
    ? await findSlatesOfPerson(db, slateOwner.id, run.id, person.instansiId, person.employeeId)
    : [];
  return { run, slates };
}

/**
 * The succession plans a person is on, for their talent card (issue #7; rules.md §6 slates, §4 pool): every
 * key position whose slate in the instansi's current succession run lists them, with rank, readiness and
 * whether they are its emergency successor, and their place in the talent pools. The committee's working
 * material (policy `succession.read`), never shown to the person themself. No run yet is not an error:
 * `sudahDihitung` is false and the list is empty.
 *
 * `province`: the province above the instansi, when the actor may read its slates too (rules.md §6: a
 * province's JPT slates may draw on its kabupaten/kota): the province's slates listing the person are added,
 * marked with the province (`instansi`); a kabupaten's own users never get it.
 */
export async function getCardSuccession(
  db: Db,
  instansi: Instansi,
  nip: string,
  scope: PersonScope,
  province: Government | null = null,
) {
  const person = await findPersonInScope(db, instansi.id, nip, scope);
  if (!person) throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ditemukan di ${instansi.kode}.`);
  const who = { instansiId: instansi.id, employeeId: person.employeeId };
  const [own, above, kelompokTalenta] = await Promise.all([
    slatesListing(db, instansi, who),
    province ? slatesListing(db, province, who) : null,
    getPoolStatusOf(db, instansi, person.employeeId),
  ]);
  const item =
    (owner: Government | null, periode: number | null) =>
    (s: Awaited<ReturnType<typeof findSlatesOfPerson>>[number]) => ({
      jabatan: { kode: s.kode, nama: s.nama, jenjang: s.jenjang, unorNama: s.unit_nama },
      // The government whose key position it is: null for the person's own instansi.
      instansi: owner ? { kode: owner.kode, nama: owner.nama } : null,
      // The mapping year of the run the slate comes from (the province's run may differ from the own).
      periode,
      peringkat: s.peringkat,
      kesiapan: s.kesiapan,
      suksesorDarurat: s.darurat,
    });
  return {
    sudahDihitung: own.run !== null,
    periode: own.run?.periode ?? null,
    dihitungPada: own.run ? new Date(own.run.created_at).toISOString() : null,
    items: [
      ...own.slates.map(item(null, own.run?.periode ?? null)),
      ...(above?.slates.map(item(province, above.run?.periode ?? null)) ?? []),
    ],
    kelompokTalenta,
  };
}

/**
 * The province above an instansi when the actor may read the province's slates as a whole (an Admin
 * Provinsi): only then does a kabupaten/kota person's card list the province's JPT slates they are on.
 */
export async function provinceReadableBy(
  db: Db,
  actor: Actor,
  tenant: { indukId: number | null },
): Promise<Government | null> {
  const provinceId = tenant.indukId;
  if (provinceId === null || !actor.visibleInstansiIds.includes(provinceId)) return null;
  const scope = personScope(actor, 'succession.read');
  if (!scope || scope.unitPath !== undefined || scope.employeeId !== undefined) return null;
  const row = await findGovernment(db, provinceId);
  return row ? { id: row.id, kode: row.kode, nama: row.nama } : null;
}

export type CardSuccession = Awaited<ReturnType<typeof getCardSuccession>>;
