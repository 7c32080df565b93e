import type { Db } from '../../db/client.js';
import { DEFAULT_SUCCESSION_SETTINGS, type SuccessionSettings } from '../../domain/succession/rules.js';
import {
  SETTING_BOUNDS,
  effectiveSettings,
  overridableValues,
  storedOverrides,
} from '../../domain/succession/settings.js';
import { findSuccessionSetting } from './succession-settings.repository.js';

type Instansi = { id: number; kode: string; nama: string; jenis: string };

/** The settings in force for an instansi: rules.md §6's defaults ⊕ its stored overrides. */
export async function getSuccessionSettings(db: Db, instansiId: number): Promise<SuccessionSettings> {
  const row = await findSuccessionSetting(db, instansiId);
  return effectiveSettings(storedOverrides(row?.settings));
}

/** Whether an instansi may draw its JPT candidates from the provincial pool: a province only (rules.md §6). */
export const isProvince = (instansi: Pick<Instansi, 'jenis'>) => instansi.jenis === 'PROVINSI';

/**
 * The settings page of an instansi (rules.md §6 "configurable"): what is in force, what the instansi
 * stored, rules.md's defaults, the allowed ranges, and whether the provincial pool is available to it.
 */
export async function readSuccessionSettings(db: Db, instansi: Instansi) {
  const row = await findSuccessionSetting(db, instansi.id);
  const stored = storedOverrides(row?.settings);
  return {
    instansi: { kode: instansi.kode, nama: instansi.nama, jenis: instansi.jenis },
    efektif: overridableValues(effectiveSettings(stored)),
    tersimpan: stored,
    bawaan: overridableValues(DEFAULT_SUCCESSION_SETTINGS),
    batas: SETTING_BOUNDS,
    poolProvinsiTersedia: isProvince(instansi),
    diubahPada: row ? row.updatedAt.toISOString() : null,
    diubahOleh: row?.updatedBy ?? null,
  };
}
