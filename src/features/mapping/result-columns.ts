import { sql, type SQL } from 'drizzle-orm';
import type { ClassificationResult } from '../../domain/classify.js';
import { reasonsOf, warningsOf, type ClassifiedColumns } from '../../domain/classified-columns.js';
import {
  EDUCATION_CODES,
  JENJANG_CODES,
  PERFORMANCE_LEVEL_CODES,
  POTENTIAL_LEVEL_CODES,
  PREDIKAT_CODES,
  type Education,
  type Jenjang,
  type MappingStatus,
  type NotMappedReason,
  type PerformanceLevel,
  type PotentialLevel,
  type Predikat,
  type WarningCode,
} from '../../domain/codes.js';
import { referenceDate } from '../../domain/dates.js';
import type { MappingColumns } from '../../domain/mapping-columns.js';
import { isBox } from '../../domain/nine-box.js';

/** A run's results as columns: the digest (inputs used) and what `classifyColumns` wrote. */
export type ResultColumns = {
  readonly employeeIds: readonly string[];
  readonly digest: MappingColumns;
  readonly out: ClassifiedColumns;
};

/** Packs rows `from` … `to − 1` of one column as text, values joined by SEP, NULL as ''. */
type Packer = (r: ResultColumns, from: number, to: number) => string;

const SEP = '\x1f';

function packed(from: number, to: number, value: (i: number) => string): string {
  let s = from < to ? value(from) : '';
  for (let i = from + 1; i < to; i++) s += SEP + value(i);
  return s;
}

const num = (x: number): string => (x === x ? String(x) : '');
const floats =
  (column: (r: ResultColumns) => Float64Array): Packer =>
  (r, from, to) => {
    const a = column(r);
    return packed(from, to, (i) => num(a[i]!));
  };
const ints =
  (column: (r: ResultColumns) => Uint8Array | Uint16Array): Packer =>
  (r, from, to) => {
    const a = column(r);
    return packed(from, to, (i) => String(a[i]!));
  };
const codes =
  (column: (r: ResultColumns) => Int8Array, names: readonly string[]): Packer =>
  (r, from, to) => {
    const a = column(r);
    return packed(from, to, (i) => (a[i]! < 0 ? '' : names[a[i]!]!));
  };
const texts =
  (column: (r: ResultColumns) => readonly (string | null)[]): Packer =>
  (r, from, to) => {
    const a = column(r);
    return packed(from, to, (i) => a[i] ?? '');
  };
/** A bitmask column as its codes joined by ';' (a text[] in SQL), each mask decoded once. */
const lists = (column: (r: ResultColumns) => Uint8Array, decode: (mask: number) => string[]): Packer => {
  const cache: string[] = [];
  return (r, from, to) => {
    const a = column(r);
    return packed(from, to, (i) => (cache[a[i]!] ??= decode(a[i]!).join(';')));
  };
};

/** SKP years used, Y first (`2025,2024`), or their predikat in the same order. */
function skp(kind: 'years' | 'predikat'): Packer {
  return (r, from, to) => {
    const { digest, out } = r;
    const w = digest.windows.performanceYears;
    return packed(from, to, (i) => {
      const used = out.skpUsed[i]!;
      let s = '';
      for (let o = 0; o < w; o++) {
        if ((used & (1 << o)) === 0) continue;
        const v =
          kind === 'years' ? String(digest.year - o) : PREDIKAT_CODES[digest.skpPredikat[i * w + o]!]!;
        s = s === '' ? v : `${s},${v}`;
      }
      return s;
    });
  };
}

const SOURCES = ['JABATAN', 'JENJANG'] as const;

/**
 * How a result is stored in `mapping_result`, in one place: each column with its SQL type and how to pack
 * it from the result columns. The bulk insert and the read-back both come from this list.
 */
const COLUMNS: ReadonlyArray<readonly [column: string, type: string, pack: Packer]> = [
  ['status', 'text', (r, f, t) => packed(f, t, (i) => (r.out.box[i]! > 0 ? 'DIPETAKAN' : 'TIDAK_DIPETAKAN'))],
  ['box', 'int2', (r, f, t) => packed(f, t, (i) => (r.out.box[i]! > 0 ? String(r.out.box[i]) : ''))],
  ['predikat', 'text', codes((r) => r.out.predikat, PREDIKAT_CODES)],
  ['performance_score', 'float8', floats((r) => r.out.performanceScore)],
  ['performance_level', 'text', codes((r) => r.out.performanceLevel, PERFORMANCE_LEVEL_CODES)],
  ['competency_score', 'float8', floats((r) => r.out.competencyScore)],
  ['potential_assessment_score', 'float8', floats((r) => r.out.potentialAssessmentScore)],
  ['track_record_score', 'float8', floats((r) => r.out.trackRecordScore)],
  ['potential_score', 'float8', floats((r) => r.out.potentialScore)],
  ['potential_level', 'text', codes((r) => r.out.potentialLevel, POTENTIAL_LEVEL_CODES)],
  ['jenjang', 'text', codes((r) => r.digest.jenjang, JENJANG_CODES)],
  ['pendidikan', 'text', codes((r) => r.digest.pendidikan, EDUCATION_CODES)],
  ['minimum_education', 'text', codes((r) => r.out.minimumEducation, EDUCATION_CODES)],
  ['skp_years', 'text', skp('years')],
  ['skp_predikat', 'text', skp('predikat')],
  ['competency_assessment_id', 'uuid', texts((r) => r.digest.competencyId)],
  ['competency_assessment_date', 'date', texts((r) => r.digest.competencyDate)],
  ['potential_assessment_id', 'uuid', texts((r) => r.digest.potentialId)],
  ['potential_assessment_date', 'date', texts((r) => r.digest.potentialDate)],
  ['potential_dimensions_used', 'int2', ints((r) => r.digest.potentialDimensions)],
  ['standard_source', 'text', codes((r) => r.out.standardSource, SOURCES)],
  ['standard_sum', 'float8', floats((r) => r.out.standardSum)],
  ['training_jp', 'float8', floats((r) => r.digest.trainingJp)],
  ['years_in_position', 'float8', floats((r) => r.out.yearsInPosition)],
  ['sanctions_ringan', 'int2', ints((r) => r.digest.sanctionsRingan)],
  ['sanctions_sedang', 'int2', ints((r) => r.digest.sanctionsSedang)],
  ['sanctions_berat', 'int2', ints((r) => r.digest.sanctionsBerat)],
  ['track_record_education', 'float8', floats((r) => r.out.trackRecordEducation)],
  ['track_record_training', 'float8', floats((r) => r.out.trackRecordTraining)],
  ['track_record_experience', 'float8', floats((r) => r.out.trackRecordExperience)],
  ['track_record_discipline', 'float8', floats((r) => r.out.trackRecordDiscipline)],
  // Lists travel joined by ';' and become text[] in SQL (see insertSql).
  ['reasons', 'text', lists((r) => r.out.reasons, reasonsOf)],
  ['warnings', 'text', lists((r) => r.out.warnings, warningsOf)],
];

const LIST_COLUMNS = new Set(['reasons', 'warnings']);
const NOT_NULL_TEXT = new Set(['skp_years', 'skp_predikat']);

/**
 * One `INSERT … SELECT FROM unnest(…)` for rows `from` … `to − 1`. Each column travels as ONE text
 * parameter (values joined by a separator that codes, numbers, dates and uuids never contain) and is split
 * in SQL: far cheaper for both drivers than array parameters, whose elements are quoted one by one, and than
 * row-by-row or wide VALUES statements. Numbers keep full precision (shortest round-trip form).
 */
export function insertSql(
  instansiId: number,
  runId: string,
  results: ResultColumns,
  from: number,
  to: number,
): SQL {
  const names = sql.raw(['employee_id', ...COLUMNS.map(([c]) => c)].join(', '));
  // Each column goes as UTF-8 bytes (a binary `text` parameter): both drivers then copy it as it is, where
  // PGlite would otherwise measure and encode a string of ~100 kB character by character in JavaScript.
  const split = (text: string, type: string) =>
    sql`string_to_array(${Buffer.from(text, 'utf8')}::text, chr(31), '')::${sql.raw(type)}[]`;
  const arrays = sql.join(
    [
      split(texts((r) => r.employeeIds)(results, from, to), 'uuid'),
      ...COLUMNS.map(([, type, pack]) => split(pack(results, from, to), type)),
    ],
    sql`, `,
  );
  const selected = sql.raw(
    COLUMNS.map(([c]) =>
      LIST_COLUMNS.has(c)
        ? `coalesce(string_to_array(u.${c}, ';'), '{}'::text[])`
        : NOT_NULL_TEXT.has(c)
          ? `coalesce(u.${c}, '')`
          : `u.${c}`,
    ).join(', '),
  );
  return sql`insert into mapping_result (instansi_id, run_id, ${names})
    select ${instansiId}, ${runId}::uuid, u.employee_id, ${selected}
    from unnest(${arrays}) as u(${names})`;
}

/** The columns to select to rebuild a result with `toClassificationResult` (alias `r`). */
export const RESULT_COLUMNS = sql.raw(
  COLUMNS.map(([c, type]) => (type === 'date' ? `r.${c}::text as ${c}` : `r.${c}`)).join(', '),
);

export type StoredResultColumns = {
  status: string;
  box: number | null;
  predikat: string | null;
  performance_score: number | null;
  performance_level: string | null;
  competency_score: number | null;
  potential_assessment_score: number | null;
  track_record_score: number | null;
  potential_score: number | null;
  potential_level: string | null;
  jenjang: string | null;
  pendidikan: string | null;
  minimum_education: string | null;
  skp_years: string;
  skp_predikat: string;
  competency_assessment_id: string | null;
  competency_assessment_date: string | null;
  potential_assessment_id: string | null;
  potential_assessment_date: string | null;
  potential_dimensions_used: number;
  standard_source: 'JABATAN' | 'JENJANG' | null;
  standard_sum: number | null;
  training_jp: number;
  years_in_position: number | null;
  sanctions_ringan: number;
  sanctions_sedang: number;
  sanctions_berat: number;
  track_record_education: number | null;
  track_record_training: number;
  track_record_experience: number;
  track_record_discipline: number;
  reasons: string[];
  warnings: string[];
};

const list = (text: string): string[] => (text === '' ? [] : text.split(','));

/** A stored result read back as the engine's result, so the same explanation code serves old runs. */
export function toClassificationResult(row: StoredResultColumns, year: number): ClassificationResult {
  return {
    year,
    status: row.status as MappingStatus,
    box: isBox(row.box) ? row.box : null,
    predikat: row.predikat as Predikat | null,
    performanceScore: row.performance_score,
    performanceLevel: row.performance_level as PerformanceLevel | null,
    competencyScore: row.competency_score,
    potentialAssessmentScore: row.potential_assessment_score,
    trackRecordScore: row.track_record_score,
    trackRecordParts: {
      education: row.track_record_education,
      training: row.track_record_training,
      experience: row.track_record_experience,
      discipline: row.track_record_discipline,
    },
    potentialScore: row.potential_score,
    potentialLevel: row.potential_level as PotentialLevel | null,
    reasons: row.reasons as NotMappedReason[],
    warnings: row.warnings as WarningCode[],
    inputs: {
      referenceDate: referenceDate(year),
      jenjang: row.jenjang as Jenjang | null,
      skpYears: list(row.skp_years).map(Number),
      skpPredikat: list(row.skp_predikat) as Predikat[],
      competencyAssessment:
        row.competency_assessment_id && row.competency_assessment_date
          ? { id: row.competency_assessment_id, tanggal: row.competency_assessment_date }
          : null,
      potentialAssessment:
        row.potential_assessment_id && row.potential_assessment_date
          ? { id: row.potential_assessment_id, tanggal: row.potential_assessment_date }
          : null,
      standardSource: row.standard_source,
      standardSum: row.standard_sum,
      pendidikan: row.pendidikan as Education | null,
      minimumEducation: row.minimum_education as Education | null,
      trainingJp: row.training_jp,
      yearsInPosition: row.years_in_position,
      sanctions: { ringan: row.sanctions_ringan, sedang: row.sanctions_sedang, berat: row.sanctions_berat },
      potentialDimensionsUsed: row.potential_dimensions_used,
    },
  };
}
