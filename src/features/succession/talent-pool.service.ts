import type { Db } from '../../db/client.js';
import { isActive } from '../../domain/kedudukan.js';
import { POOL_LEVELS, type PoolLevel } from '../../domain/succession/rules.js';
import {
  POOL_EXCLUSION_MESSAGES,
  excludedFromPool,
  poolMembership,
  poolRetirement,
  proposeTalentPool,
  type PoolDecisionKind,
  type PoolSource,
} from '../../domain/succession/talent-pool.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findPersonInScope } from './person-ref.repository.js';
import { loadSuccessionPeople } from './succession-inputs.repository.js';
import { successionBasis } from './succession.service.js';
import {
  findPeopleInfo,
  findPoolDecisions,
  findProvinceMembers,
  insertPoolDecision,
} from './talent-pool.repository.js';

type Instansi = { id: number; kode: string };

/** At most this many excluded people are listed per pool level (the count is always whole). */
export const EXCLUDED_LIST_LIMIT = 200;

/** The proposal of the latest published mapping (rules.md §4) and the decisions taken on it. */
async function poolState(db: Db, instansiId: number) {
  const basis = await successionBasis(db, instansiId);
  const people = await loadSuccessionPeople(
    db,
    instansiId,
    basis.mapping.id,
    basis.mapping.periode,
    basis.context.settings.sanctionWindowYears,
  );
  const mapped: PoolSource[] = people.flatMap((p) =>
    p.mapping === null ? [] : [{ ...p, box: p.mapping.box, birthDate: p.birthDate, kedudukan: p.kedudukan }],
  );
  const proposal = proposeTalentPool(
    mapped,
    basis.mapping.periode,
    basis.context.referenceDate,
    basis.context.settings,
  );
  const excluded = excludedFromPool(mapped, basis.mapping.periode, basis.context.settings);
  const decisions = await findPoolDecisions(db, instansiId);
  const members = poolMembership(
    proposal,
    decisions.map((d) => ({
      employeeId: d.employee_id,
      poolLevel: d.pool_level,
      keputusan: d.keputusan,
      seq: Number(d.seq),
    })),
  );
  return { basis, people, proposal, excluded, decisions, members };
}

/**
 * Kelompok rencana suksesi per job level (rules.md §4): the proposal of boxes 7–9 with the committee's
 * decisions applied; every member's retirement date at their current level's BUP (proposed or added), those
 * retiring within 2 years flagged; and per level the people of boxes 7–9 the rule excluded, with every
 * reason (the first `EXCLUDED_LIST_LIMIT`, with the whole count).
 */
export async function getTalentPool(
  db: Db,
  instansi: Instansi,
  poolLevel?: PoolLevel,
  excludedLimit = EXCLUDED_LIST_LIMIT,
) {
  const { basis, people, excluded, members } = await poolState(db, instansi.id);
  const inLevel = (level: PoolLevel) => poolLevel === undefined || level === poolLevel;
  const shown = members.filter((m) => inLevel(m.poolLevel));
  const levels = POOL_LEVELS.filter(inLevel).map((level) => {
    const all = excluded.filter((x) => x.poolLevel === level);
    return { level, total: all.length, listed: all.slice(0, excludedLimit) };
  });
  const info = await findPeopleInfo(db, instansi.id, [
    ...new Set([
      ...shown.map((m) => m.employeeId),
      ...levels.flatMap((l) => l.listed.map((x) => x.employeeId)),
    ]),
  ]);
  const person = new Map(people.map((p) => [p.employeeId, p]));
  const who = (employeeId: string) => {
    const i = info.get(employeeId);
    return {
      nipBaru: i?.nip ?? null,
      nama: i?.nama ?? null,
      jabatanNama: i?.jabatan_nama ?? null,
      unorNama: i?.unit_nama ?? null,
      kotak: person.get(employeeId)?.mapping?.box ?? null,
    };
  };
  return {
    periode: basis.mapping.periode,
    items: shown.map((m) => {
      const p = person.get(m.employeeId);
      // Added members too: the date comes from the person, not from the proposal.
      const retirement = p
        ? poolRetirement(p.birthDate, p.jenjang, basis.context.referenceDate, basis.context.settings)
        : { retirementDate: null, retiringSoon: false };
      return {
        kelompok: m.poolLevel,
        ...who(m.employeeId),
        diusulkan: m.proposed,
        status: m.status,
        anggota: m.member,
        tanggalPensiun: retirement.retirementDate,
        menjelangPensiun: retirement.retiringSoon,
      };
    }),
    dikecualikan: levels.map((l) => ({
      kelompok: l.level,
      jumlah: l.total,
      items: l.listed.map((x) => ({
        ...who(x.employeeId),
        alasan: x.reasons.map((kode) => ({ kode, pesan: POOL_EXCLUSION_MESSAGES[kode] })),
      })),
    })),
  };
}

export async function listPoolDecisions(db: Db, instansi: Instansi) {
  const rows = await findPoolDecisions(db, instansi.id);
  return {
    items: rows.map((d) => ({
      id: d.id,
      nipBaru: d.nip,
      nama: d.nama,
      kelompok: d.pool_level,
      keputusan: d.keputusan,
      alasan: d.alasan,
      oleh: d.decided_by,
      pada: new Date(d.decided_at).toISOString(),
    })),
  };
}

export type PoolDecisionInput = {
  nip: string;
  kelompok: PoolLevel;
  keputusan: PoolDecisionKind;
  alasan?: string | undefined;
};

/**
 * A committee decision (rules.md §4): confirm a proposed member, add someone with a reason, remove
 * someone with a reason. Stored as a new row that supersedes the earlier decision; audit-logged.
 */
export async function decidePoolMembership(
  db: Db,
  instansi: Instansi,
  input: PoolDecisionInput,
  actor: string,
) {
  const person = await findPersonInScope(db, instansi.id, input.nip, {});
  if (!person) throw new AppError('NOT_FOUND', `Pegawai ${input.nip} tidak ditemukan di ${instansi.kode}.`);
  const alasan = input.alasan?.trim() ?? '';
  if (input.keputusan !== 'KONFIRMASI' && alasan === '')
    throw new AppError(
      'VALIDATION',
      'Alasan wajib diisi untuk menambah atau mengeluarkan anggota kelompok talenta.',
    );
  const { basis, people, members } = await poolState(db, instansi.id);
  const current = members.find((m) => m.employeeId === person.employeeId && m.poolLevel === input.kelompok);
  if (input.keputusan === 'KONFIRMASI' && !current?.member)
    throw new AppError(
      'VALIDATION',
      `Pegawai ${input.nip} bukan usulan/anggota kelompok ${input.kelompok}: gunakan TAMBAH dengan alasan.`,
    );
  if (input.keputusan === 'KELUARKAN' && !current?.member)
    throw new AppError('CONFLICT', `Pegawai ${input.nip} bukan anggota kelompok ${input.kelompok}.`);
  if (input.keputusan === 'TAMBAH') {
    const p = people.find((x) => x.employeeId === person.employeeId);
    if (!p || !isActive(p.kedudukan)) throw new AppError('VALIDATION', `Pegawai ${input.nip} tidak aktif.`);
    if (current?.member)
      throw new AppError('CONFLICT', `Pegawai ${input.nip} sudah anggota kelompok ${input.kelompok}.`);
  }
  return db.transaction(async (tx) => {
    const row = await insertPoolDecision(tx, {
      instansiId: instansi.id,
      employeeId: person.employeeId,
      poolLevel: input.kelompok,
      keputusan: input.keputusan,
      alasan: alasan === '' ? null : alasan,
      mappingRunId: basis.mapping.id,
      decidedBy: actor,
    });
    await appendAudit(tx, {
      instansiId: instansi.id,
      actor,
      action: 'talent_pool.decide',
      entity: 'talent_pool_decision',
      entityId: row.id,
      before: current ? { status: current.status, anggota: current.member } : null,
      after: {
        employeeId: person.employeeId,
        kelompok: input.kelompok,
        keputusan: input.keputusan,
        alasan: row.alasan,
      },
    });
    return {
      id: row.id,
      kelompok: row.poolLevel,
      keputusan: row.keputusan,
      pada: row.decidedAt.toISOString(),
    };
  });
}

/**
 * The provincial JPT pool (product.md §2.5): the JPT pool members of the province and each of its
 * kabupaten/kota, federated (for another instansi: its own and those under it). Governments without a published mapping are listed as such.
 */
export async function getProvincialPool(db: Db, province: Instansi) {
  const governments = await findProvinceMembers(db, province.id);
  const out = [];
  for (const g of governments) {
    try {
      const pool = await getTalentPool(db, g, 'JPT');
      out.push({
        instansi: g.kode,
        nama: g.nama,
        periode: pool.periode,
        anggota: pool.items.filter((m) => m.anggota),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOTHING_TO_MAP')
        out.push({ instansi: g.kode, nama: g.nama, periode: null, anggota: [] });
      else throw error;
    }
  }
  return { items: out };
}

/**
 * One person's place in the talent pools (rules.md §4) for their talent card, without loading the whole
 * instansi: the proposal rule reads only the person's own record, so it is applied to them alone, with
 * their own decisions. `items`: each pool they are proposed for or decided on; `dikecualikan`: the rule's
 * reasons when boxes 7–9 would have proposed them. `null` when the instansi has no published mapping.
 */
export async function getPoolStatusOf(db: Db, instansi: Instansi, employeeId: string) {
  let basis;
  try {
    basis = await successionBasis(db, instansi.id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOTHING_TO_MAP') return null;
    throw error;
  }
  const [people, decisions] = await Promise.all([
    loadSuccessionPeople(
      db,
      instansi.id,
      basis.mapping.id,
      basis.mapping.periode,
      basis.context.settings.sanctionWindowYears,
      [employeeId],
    ),
    findPoolDecisions(db, instansi.id, undefined, employeeId),
  ]);
  const mapped: PoolSource[] = people.flatMap((p) =>
    p.mapping === null ? [] : [{ ...p, box: p.mapping.box }],
  );
  const proposal = proposeTalentPool(
    mapped,
    basis.mapping.periode,
    basis.context.referenceDate,
    basis.context.settings,
  );
  const [excluded] = excludedFromPool(mapped, basis.mapping.periode, basis.context.settings);
  const members = poolMembership(
    proposal,
    decisions.map((d) => ({
      employeeId: d.employee_id,
      poolLevel: d.pool_level,
      keputusan: d.keputusan,
      seq: Number(d.seq),
    })),
  );
  return {
    periode: basis.mapping.periode,
    items: members.map((m) => ({
      kelompok: m.poolLevel,
      diusulkan: m.proposed,
      status: m.status,
      anggota: m.member,
    })),
    dikecualikan: excluded
      ? {
          kelompok: excluded.poolLevel,
          alasan: excluded.reasons.map((kode) => ({ kode, pesan: POOL_EXCLUSION_MESSAGES[kode] })),
        }
      : null,
  };
}
