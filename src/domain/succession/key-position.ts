import { JENJANG_LABELS, type Jenjang } from '../codes.js';
import { STRUCTURAL_TARGETS } from './rules.js';

/**
 * Whether a position at `jenjang` may be a key position (jabatan target/kritikal). rules.md §6 defines the
 * succession checks (job step, minimum rank, years in the level) for structural targets only — JPT Pratama,
 * Administrator, Pengawas, with JPT Madya and JPT Utama following the same pattern (`JOB_STEP`) — and
 * PermenPANRB 3/2020 fills jabatan target from the talent pool by those levels (rules.md §4: JPT,
 * Administrator, Pengawas). A functional or pelaksana position has no slate rule, so it cannot be key. The
 * register (web) and the `jabatan` import both ask this one function.
 */
export function canBeKeyPosition(jenjang: Jenjang): boolean {
  return STRUCTURAL_TARGETS.has(jenjang);
}

/** The levels that may be key, as the UI and the messages name them (highest first). */
export const KEY_POSITION_LEVEL_NAMES: string = [...STRUCTURAL_TARGETS]
  .map((j) => JENJANG_LABELS[j])
  .join(', ');
