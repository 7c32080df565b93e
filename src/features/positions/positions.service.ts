import type { Db } from '../../db/client.js';
import { JENJANG_LABELS, type Jenjang } from '../../domain/codes.js';
import { KEY_POSITION_LEVEL_NAMES, canBeKeyPosition } from '../../domain/succession/key-position.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { unitPathOf } from '../employees/employee-list.service.js';
import { activeHolders } from '../succession/succession-query.service.js';
import { findIncumbents } from '../succession/succession-runs.repository.js';
import { recomputeSlatesAfterChange, type SlatesRecomputed } from '../succession/succession.service.js';
import {
  findPositionPage,
  lockPositionByKode,
  updateKeyStatus,
  type PositionFilter,
  type PositionRow,
} from './positions.repository.js';

type Instansi = { id: number; kode: string };

export type PositionListQuery = {
  cari?: string | undefined;
  jenjang?: string | undefined;
  kunci?: boolean | undefined;
  /** A unit id or SIASN unor id: that unit's subtree. */
  unit?: string | undefined;
  halaman: number;
  ukuran: number;
};

/** The length a reason must have (issue #7: a reason both ways, long enough to say why). */
export const REASON_MIN = 10;
export const REASON_MAX = 2000;

/** Rows with their active holder (as the succession list finds it: `activeHolders`). */
async function present(db: Db, instansiId: number, rows: readonly PositionRow[]) {
  const holders = activeHolders(
    await findIncumbents(
      db,
      instansiId,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((r) => {
    const h = holders.get(r.id);
    return {
      kode: r.kode,
      nama: r.nama,
      jenjang: r.jenjang,
      eselon: r.eselon,
      unorNama: r.unit_nama,
      minGolongan: r.min_golongan,
      minPendidikan: r.min_pendidikan,
      kunci: r.is_key,
      alasanKritikal: r.alasan_kritikal,
      dapatDitetapkanKunci: canBeKeyPosition(r.jenjang as Jenjang),
      pemangku: h ? { nipBaru: h.nip, nama: h.nama } : null,
      diperbarui: new Date(r.updated_at).toISOString(),
    };
  });
}

/**
 * The position catalogue of an instansi (product.md §2.2): searched by kode or name, filtered by job level,
 * key status and unit subtree, paged in SQL, each with its active holder.
 */
export async function listPositions(db: Db, instansiId: number, query: PositionListQuery) {
  const filter: PositionFilter = {
    search: query.cari,
    jenjang: query.jenjang,
    isKey: query.kunci,
    unitPath: await unitPathOf(db, instansiId, query.unit),
  };
  const { rows, total } = await findPositionPage(db, instansiId, filter, {
    offset: (query.halaman - 1) * query.ukuran,
    limit: query.ukuran,
  });
  return { items: await present(db, instansiId, rows), halaman: query.halaman, ukuran: query.ukuran, total };
}

export type KeyStatusInput = { kunci: boolean; alasan?: string | undefined };

function reasonOf(input: KeyStatusInput): string {
  const alasan = (input.alasan ?? '').trim();
  const what = input.kunci ? 'menetapkan' : 'mencabut';
  if (alasan.length < REASON_MIN)
    throw new AppError(
      'VALIDATION',
      `Alasan wajib diisi untuk ${what} status jabatan kunci: tulis paling sedikit ${REASON_MIN} karakter mengapa.`,
    );
  if (alasan.length > REASON_MAX)
    throw new AppError(
      'VALIDATION',
      `Alasan paling panjang ${REASON_MAX.toLocaleString('id-ID')} karakter (sekarang ${alasan.length.toLocaleString('id-ID')}): ringkas alasannya.`,
    );
  return alasan;
}

/**
 * Marks a position as key (jabatan target/kritikal) or unmarks it, with a reason (issue #7). Marking stores
 * the reason as its `alasan_kritikal`; marking a key position again with another reason changes the reason;
 * unmarking clears it, the reason staying in the audit entry. Only a structural position can be marked
 * (`canBeKeyPosition`, rules.md §6); unmarking is always possible. A request that changes nothing is a
 * CONFLICT (409): the page that sent it is out of date. The change and its audit entry commit together;
 * then, when the key set changed, the slates are recomputed (a failure is reported, the change stays).
 */
export async function setKeyPosition(
  db: Db,
  instansi: Instansi,
  kode: string,
  input: KeyStatusInput,
  actor: string,
): Promise<{ jabatan: Awaited<ReturnType<typeof present>>[number]; slates: SlatesRecomputed }> {
  const alasan = reasonOf(input);
  const changedKeySet = await db.transaction(async (tx) => {
    const before = await lockPositionByKode(tx, instansi.id, kode);
    if (!before) throw new AppError('NOT_FOUND', `Jabatan "${kode}" tidak ditemukan di ${instansi.kode}.`);
    const name = `${before.nama} (${before.kode})`;
    if (input.kunci && !canBeKeyPosition(before.jenjang as Jenjang))
      throw new AppError(
        'VALIDATION',
        `${name} berjenjang ${JENJANG_LABELS[before.jenjang as Jenjang] ?? before.jenjang} dan tidak dapat menjadi jabatan kunci: hanya jabatan struktural (${KEY_POSITION_LEVEL_NAMES}) yang dapat ditetapkan (rules.md §6).`,
      );
    if (!input.kunci && !before.isKey)
      throw new AppError(
        'CONFLICT',
        `${name} bukan jabatan kunci: tidak ada yang dicabut. Muat ulang halaman untuk melihat keadaan terbaru.`,
      );
    if (input.kunci && before.isKey && before.alasanKritikal === alasan)
      throw new AppError(
        'CONFLICT',
        `${name} sudah jabatan kunci dengan alasan yang sama. Muat ulang halaman untuk melihat keadaan terbaru.`,
      );
    const alasanKritikal = input.kunci ? alasan : null;
    await updateKeyStatus(tx, instansi.id, before.id, input.kunci, alasanKritikal);
    await appendAudit(tx, {
      instansiId: instansi.id,
      actor,
      action: input.kunci ? 'position.key_set' : 'position.key_unset',
      entity: 'position',
      entityId: before.id,
      before: { kode: before.kode, kunci: before.isKey, alasanKritikal: before.alasanKritikal },
      after: { kode: before.kode, kunci: input.kunci, alasanKritikal, alasan },
    });
    return before.isKey !== input.kunci;
  });
  // The slates list the key positions: a new or removed one makes them stale. A new reason does not.
  const slates = changedKeySet ? await recomputeSlatesAfterChange(db, instansi.id, actor) : null;
  const { rows } = await findPositionPage(db, instansi.id, { kode }, { offset: 0, limit: 1 });
  const [jabatan] = await present(db, instansi.id, rows);
  if (!jabatan) throw new Error(`position ${kode} vanished after its update`);
  return { jabatan, slates };
}
