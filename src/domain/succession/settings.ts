import { z } from 'zod';
import { DEFAULT_SUCCESSION_SETTINGS, type SuccessionSettings } from './rules.js';

/**
 * The succession settings an instansi may change (rules.md §6: slate size "top 5 (configurable)", coverage
 * "≥ 3 eligible candidates (configurable)", "a setting can open JPT targets to PPPK", the readiness
 * thresholds 90 / 78, and "for JPT targets the province can also draw on the provincial pool of all its
 * governments (a setting of the province)"). Only what differs from the defaults is stored; the rest of
 * `SuccessionSettings` (experience, ranks, windows) stays rules.md's.
 */
export const OVERRIDABLE_SETTINGS = [
  'slateSize',
  'coverageMinEligible',
  'pppkForJpt',
  'readyNowJpm',
  'readySoonJpm',
  'jptFromProvincialPool',
] as const;
export type OverridableSetting = (typeof OVERRIDABLE_SETTINGS)[number];
export type SettingsOverrides = Partial<Pick<SuccessionSettings, OverridableSetting>>;
export type OverridableValues = Pick<SuccessionSettings, OverridableSetting>;

/** Bounds of the numeric settings (whole numbers for counts, any number for JPM thresholds). */
export const SETTING_BOUNDS = {
  slateSize: { min: 1, max: 20, integer: true },
  coverageMinEligible: { min: 1, max: 20, integer: true },
  readyNowJpm: { min: 0, max: 100, integer: false },
  readySoonJpm: { min: 0, max: 100, integer: false },
} as const;

/** Indonesian name of each setting in messages (rules.md §6 terms). */
export const SETTING_LABELS: Readonly<Record<OverridableSetting, string>> = {
  slateSize: 'jumlah kandidat per jabatan kunci',
  coverageMinEligible: 'minimal kandidat memenuhi syarat agar jabatan kunci tercakup',
  pppkForJpt: 'PPPK dapat menjadi kandidat JPT',
  readyNowJpm: 'JPM target minimal untuk siap sekarang',
  readySoonJpm: 'JPM target minimal untuk siap 1–2 tahun',
  jptFromProvincialPool: 'kandidat JPT provinsi juga dari kabupaten/kota',
};

const overridesShape = z.strictObject({
  slateSize: z.number().optional(),
  coverageMinEligible: z.number().optional(),
  pppkForJpt: z.boolean().optional(),
  readyNowJpm: z.number().optional(),
  readySoonJpm: z.number().optional(),
  jptFromProvincialPool: z.boolean().optional(),
});

export interface SettingsIssue {
  /** The setting (`slateSize`), or '' for the whole object. */
  readonly path: string;
  readonly message: string;
}

export type SettingsParseResult =
  | { readonly ok: true; readonly overrides: SettingsOverrides }
  | { readonly ok: false; readonly issues: readonly SettingsIssue[] };

const fmt = (n: number) => String(n).replace('.', ',');
const named = (key: OverridableSetting) => `${key} (${SETTING_LABELS[key]})`;

function shapeMessage(issue: z.core.$ZodIssue): string {
  const key = issue.path[0];
  const field = typeof key === 'string' && key in SETTING_LABELS ? named(key as OverridableSetting) : 'isi';
  if (issue.code === 'unrecognized_keys')
    return `Pengaturan tidak dikenal: ${issue.keys.join(', ')}. Yang dapat diubah: ${OVERRIDABLE_SETTINGS.join(', ')}.`;
  if (issue.code === 'invalid_type')
    return issue.expected === 'boolean'
      ? `${field} harus ya atau tidak (true/false).`
      : issue.expected === 'number'
        ? `${field} harus berupa angka.`
        : 'Pengaturan harus berupa objek JSON.';
  return `${field}: ${issue.message}`;
}

/**
 * Parses the overrides an instansi asks for (rules.md §6 settings): known keys only, numbers within
 * `SETTING_BOUNDS`, the ready-soon threshold not above the ready-now one (after the defaults are applied),
 * and `jptFromProvincialPool` only for a province. Every problem is reported, in Indonesian, naming the
 * setting and its allowed range. Values equal to the default are dropped (the default applies).
 */
export function parseSettingsOverrides(input: unknown, where: { province: boolean }): SettingsParseResult {
  const shaped = overridesShape.safeParse(input ?? {});
  if (!shaped.success)
    return {
      ok: false,
      issues: shaped.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: shapeMessage(i),
      })),
    };
  const given = shaped.data;
  const issues: SettingsIssue[] = [];
  for (const [key, bound] of Object.entries(SETTING_BOUNDS) as [
    keyof typeof SETTING_BOUNDS,
    { min: number; max: number; integer: boolean },
  ][]) {
    const v = given[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < bound.min || v > bound.max || (bound.integer && !Number.isInteger(v)))
      issues.push({
        path: key,
        message: `${named(key)} harus ${bound.integer ? 'bilangan bulat' : 'angka'} ${fmt(bound.min)}–${fmt(bound.max)} (sekarang ${fmt(v)}).`,
      });
  }
  const readyNow = given.readyNowJpm ?? DEFAULT_SUCCESSION_SETTINGS.readyNowJpm;
  const readySoon = given.readySoonJpm ?? DEFAULT_SUCCESSION_SETTINGS.readySoonJpm;
  if (issues.length === 0 && readySoon > readyNow)
    issues.push({
      path: 'readySoonJpm',
      message: `${named('readySoonJpm')} tidak boleh lebih tinggi dari readyNowJpm (${fmt(readySoon)} > ${fmt(readyNow)}).`,
    });
  if (given.jptFromProvincialPool === true && !where.province)
    issues.push({
      path: 'jptFromProvincialPool',
      message:
        'jptFromProvincialPool hanya dapat diaktifkan oleh instansi provinsi: kelompok talenta provinsi mencakup pemerintah kabupaten/kota di bawahnya.',
    });
  if (issues.length > 0) return { ok: false, issues };
  const overrides: Record<string, unknown> = {};
  for (const key of OVERRIDABLE_SETTINGS)
    if (given[key] !== undefined && given[key] !== DEFAULT_SUCCESSION_SETTINGS[key])
      overrides[key] = given[key];
  return { ok: true, overrides };
}

/**
 * Stored overrides as read back (jsonb): unknown keys and values of the wrong type are ignored, so that a
 * setting removed from a later version cannot break a recomputation.
 */
export function storedOverrides(stored: unknown): SettingsOverrides {
  const out: Record<string, unknown> = {};
  if (stored === null || typeof stored !== 'object') return {};
  const record = stored as Record<string, unknown>;
  for (const key of OVERRIDABLE_SETTINGS) {
    const v = record[key];
    if (typeof v === typeof DEFAULT_SUCCESSION_SETTINGS[key]) out[key] = v;
  }
  return out;
}

/** The settings in force: rules.md's defaults, then the instansi's stored overrides, then a caller's. */
export function effectiveSettings(...layers: readonly Partial<SuccessionSettings>[]): SuccessionSettings {
  return Object.assign({}, DEFAULT_SUCCESSION_SETTINGS, ...layers) as SuccessionSettings;
}

/** The overridable part of full settings (what the settings page shows). */
export function overridableValues(s: SuccessionSettings): OverridableValues {
  return Object.fromEntries(OVERRIDABLE_SETTINGS.map((k) => [k, s[k]])) as unknown as OverridableValues;
}
