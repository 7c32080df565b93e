/**
 * Pangkat / golongan ruang of PNS (PP 99/2000 annex; regulations.md §4.2) and PPPK grades (Perpres 98/2020;
 * regulations.md §4.3). Parsing is deliberately conservative: only forms that cannot mean anything else.
 */

/** The 17 PNS ranks, lowest first, with their pangkat names (PP 99/2000 annex; regulations.md §4.2). */
export const PNS_RANKS = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tingkat I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tingkat I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export type PnsRank = (typeof PNS_RANKS)[number]['code'];
export const PNS_RANK_CODES: readonly PnsRank[] = PNS_RANKS.map((r) => r.code);

/** PPPK grades I … XVII, lowest first (Perpres 98/2020; regulations.md §4.3). */
export const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;
export type PppkGrade = (typeof PPPK_GRADES)[number];

const RANK_INDEX: ReadonlyMap<string, number> = new Map(PNS_RANK_CODES.map((c, i) => [c, i + 1]));
const GRADE_INDEX: ReadonlyMap<string, number> = new Map(PPPK_GRADES.map((g, i) => [g, i + 1]));
const ROMAN_GOLONGAN: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/**
 * Normalises a PNS golongan ruang to its code (`III/c`), or `null`. Accepted: roman I–IV or digit 1–4,
 * an optional separator `/`, `-`, `.` or space, and the ruang letter in either case: `III/c`, `III-C`,
 * `iii.c`, `IIIc`, `3c`, `3/c`. Ruang `e` exists only for IV (PP 99/2000).
 */
export function parsePnsRank(value: string): PnsRank | null {
  const m = /^\s*(IV|III|II|I|[1-4])\s*[/\-. ]?\s*([a-e])\s*$/i.exec(value);
  if (!m) return null;
  const head = (m[1] ?? '').toUpperCase();
  const golongan = ROMAN_GOLONGAN[head] ?? head;
  const code = `${golongan}/${(m[2] ?? '').toLowerCase()}`;
  return RANK_INDEX.has(code) ? (code as PnsRank) : null;
}

/** Normalises a PPPK grade to its roman code (`IX`), from roman (any case) or 1–17; `null` otherwise. */
export function parsePppkGrade(value: string): PppkGrade | null {
  const v = value.trim().toUpperCase();
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return PPPK_GRADES[n - 1] ?? null;
  }
  return GRADE_INDEX.has(v) ? (v as PppkGrade) : null;
}

/** 1 (I/a) … 17 (IV/e): the order of PNS ranks (PP 99/2000 annex). */
export function pnsRankOrder(rank: PnsRank): number {
  return RANK_INDEX.get(rank) ?? 0;
}

/** 1 (I) … 17 (XVII): the order of PPPK grades (Perpres 98/2020). */
export function pppkGradeOrder(grade: PppkGrade): number {
  return GRADE_INDEX.get(grade) ?? 0;
}

/** Negative, zero or positive as rank `a` is below, equal to or above `b` (PP 99/2000 annex order). */
export function comparePnsRanks(a: PnsRank, b: PnsRank): number {
  return pnsRankOrder(a) - pnsRankOrder(b);
}

/** True when `actual` is at least `minimum` (rules.md §6 rank check; PP 99/2000 order). */
export function isRankAtLeast(actual: PnsRank, minimum: PnsRank): boolean {
  return pnsRankOrder(actual) >= pnsRankOrder(minimum);
}

/** The pangkat name of a golongan ruang, e.g. `III/c` → "Penata" (PP 99/2000 annex). */
export function pangkatName(rank: PnsRank): string {
  return PNS_RANKS[pnsRankOrder(rank) - 1]?.pangkat ?? '';
}
