import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parseSettingsOverrides, storedOverrides } from '../../domain/succession/settings.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findSuccessionSetting, upsertSuccessionSetting } from './succession-settings.repository.js';
import { isProvince, readSuccessionSettings } from './succession-settings.service.js';
import { recomputeSlates } from './succession.service.js';

type Instansi = { id: number; kode: string; nama: string; jenis: string };

/** The recomputation after a change: the new run, or why it could not be made (the change stays). */
export type SettingsRecompute =
  | { runId: string; seconds: number; keyPositions: number; covered: number; drawn: number | null }
  | { error: string };

/**
 * Changes the succession settings of an instansi (rules.md §6 "configurable"): validates every field
 * (Indonesian messages naming the field and its range; the provincial pool only for a province), replaces
 * the stored overrides and audits before/after in one transaction, then recomputes the instansi's slates
 * with them. A failed recomputation (no published mapping yet) is reported, not thrown: the settings are
 * saved and apply at the next computation.
 */
export async function configureSuccessionSettings(db: Db, instansi: Instansi, body: unknown, actor: string) {
  const parsed = parseSettingsOverrides(body, { province: isProvince(instansi) });
  if (!parsed.ok)
    throw new AppError(
      'VALIDATION',
      `Pengaturan suksesi tidak valid: ${parsed.issues.map((i) => i.message).join(' ')}`,
      parsed.issues,
    );
  await db.transaction(async (tx) => {
    // Two changes at once: the second waits here, so its audit "before" is the first one's "after".
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('talenta.succession_setting'), ${instansi.id})`,
    );
    const before = await findSuccessionSetting(tx, instansi.id);
    await upsertSuccessionSetting(tx, {
      instansiId: instansi.id,
      settings: parsed.overrides,
      updatedBy: actor,
    });
    await appendAudit(tx, {
      instansiId: instansi.id,
      actor,
      action: 'succession.configure',
      entity: 'succession_setting',
      entityId: String(instansi.id),
      before: before ? storedOverrides(before.settings) : null,
      after: parsed.overrides,
    });
  });
  let perhitungan: SettingsRecompute;
  try {
    const out = await recomputeSlates(db, { instansi: { id: instansi.id }, actor });
    perhitungan = {
      runId: out.runId,
      seconds: out.seconds.total,
      keyPositions: out.keyPositions,
      covered: out.summary.covered,
      drawn: out.provincialPool?.drawn ?? null,
    };
  } catch (e) {
    // As after a publication (mapping.service.ts): the change stands; `talenta suksesi hitung` retries.
    perhitungan = {
      error:
        e instanceof AppError
          ? e.message
          : 'Rencana suksesi gagal dihitung ulang; jalankan `talenta suksesi hitung` untuk mencoba lagi.',
    };
  }
  return { ...(await readSuccessionSettings(db, instansi)), perhitungan };
}
