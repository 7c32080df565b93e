import type { Education, EmploymentType, Jenjang, Severity } from '../codes.js';
import type { CompetencyLevels } from '../competency.js';
import type { IsoDate } from '../dates.js';
import type { Box } from '../nine-box.js';

/**
 * The inputs of succession (rules.md §6), as loaded: one person with what the checks read, and one key
 * position. Plain values; dates `YYYY-MM-DD`.
 */

/** One position held, from the position history (SIASN rw-jabatan). */
export interface HeldPosition {
  readonly jenjang: Jenjang;
  readonly tmtJabatan: IsoDate;
}

/** A disciplinary sanction (PP 94/2021) with its decision date and, when known, the period served. */
export interface SuccessionSanction {
  readonly tingkat: Severity;
  readonly tanggalSk: IsoDate;
  readonly tmtMulai: IsoDate | null;
  readonly tmtSelesai: IsoDate | null;
}

/** The person's place in the latest published mapping (rules.md §6, mapping check). */
export interface MappedScores {
  readonly box: Box;
  readonly potentialScore: number;
  readonly performanceScore: number;
  /** Achieved levels of the competency assessment the mapping used (for the target JPM). */
  readonly competencies: CompetencyLevels;
}

export interface SuccessionPerson {
  readonly employeeId: string;
  /**
   * The government the person works for when it is not the target's own: a kabupaten/kota drawn into a
   * province's JPT slates (rules.md §6, provincial pool). Absent for the target instansi's own people.
   */
  readonly instansiId?: number;
  readonly nip: string;
  readonly employmentType: EmploymentType;
  readonly kedudukan: string | null;
  readonly jenjang: Jenjang;
  /** Golongan ruang (`III/c`) for PNS, grade for PPPK, as stored. */
  readonly golongan: string | null;
  readonly pendidikan: Education | null;
  /** Birth date from the record, else the NIP's (resolved by the loader with `birthDateFor`). */
  readonly birthDate: IsoDate | null;
  /** The catalogue position held now (the incumbent check). */
  readonly positionId: string | null;
  readonly tmtJabatan: IsoDate | null;
  readonly positionHistory: readonly HeldPosition[];
  readonly sanctions: readonly SuccessionSanction[];
  /** `null` when not mapped (DIPETAKAN) in the latest published mapping. */
  readonly mapping: MappedScores | null;
}

export interface KeyPosition {
  readonly positionId: string;
  readonly kode: string;
  readonly jenjang: Jenjang;
  /** The position's own minimum rank (`pangkatMinimal`), else the level's default. */
  readonly minGolongan: string | null;
  readonly minPendidikan: Education | null;
  /** The standard the target JPM is measured against: the position's own, else its level's default. */
  readonly standard: CompetencyLevels;
}
