const NEGATED_ACTIVE = /\b(?:NON|TIDAK)\s*-?\s*AKTIF/;

/**
 * Active employee (rules.md §2): kedudukan empty, `CPNS`, or containing "Aktif" in any case. A negated
 * form ("Non Aktif", "Nonaktif", "Tidak Aktif") is not active: rules.md does not list it, and reading it
 * as active would map people who must be left out.
 */
export function isActive(kedudukan: string | null | undefined): boolean {
  if (kedudukan === null || kedudukan === undefined) return true;
  if (kedudukan === 'Aktif') return true;
  const k = kedudukan.trim().toUpperCase();
  if (k === '' || k === 'CPNS') return true;
  return k.includes('AKTIF') && !NEGATED_ACTIVE.test(k);
}
