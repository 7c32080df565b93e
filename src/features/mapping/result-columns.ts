import { sql, type SQL } from 'drizzle-orm';
import type { ClassificationResult } from '../../domain/classify.js';
import type {
  Education,
  Jenjang,
  MappingStatus,
  NotMappedReason,
  PerformanceLevel,
  PotentialLevel,
  Predikat,
  WarningCode,
} from '../../domain/codes.js';
import { referenceDate } from '../../domain/dates.js';
import { isBox } from '../../domain/nine-box.js';

type Value = string | number | null;

/**
 * How a `ClassificationResult` is stored in `mapping_result`, in one place: each column with its SQL type
 * and how to take it from a result. The bulk insert and the read-back both come from this list.
 */
const COLUMNS: ReadonlyArray<
  readonly [column: string, type: string, pick: (r: ClassificationResult) => Value]
> = [
  ['status', 'text', (r) => r.status],
  ['box', 'int2', (r) => r.box],
  ['predikat', 'text', (r) => r.predikat],
  ['performance_score', 'float8', (r) => r.performanceScore],
  ['performance_level', 'text', (r) => r.performanceLevel],
  ['competency_score', 'float8', (r) => r.competencyScore],
  ['potential_assessment_score', 'float8', (r) => r.potentialAssessmentScore],
  ['track_record_score', 'float8', (r) => r.trackRecordScore],
  ['potential_score', 'float8', (r) => r.potentialScore],
  ['potential_level', 'text', (r) => r.potentialLevel],
  ['jenjang', 'text', (r) => r.inputs.jenjang],
  ['pendidikan', 'text', (r) => r.inputs.pendidikan],
  ['minimum_education', 'text', (r) => r.inputs.minimumEducation],
  ['skp_years', 'text', (r) => r.inputs.skpYears.join(',')],
  ['skp_predikat', 'text', (r) => r.inputs.skpPredikat.join(',')],
  ['competency_assessment_id', 'uuid', (r) => r.inputs.competencyAssessment?.id ?? null],
  ['competency_assessment_date', 'date', (r) => r.inputs.competencyAssessment?.tanggal ?? null],
  ['potential_assessment_id', 'uuid', (r) => r.inputs.potentialAssessment?.id ?? null],
  ['potential_assessment_date', 'date', (r) => r.inputs.potentialAssessment?.tanggal ?? null],
  ['potential_dimensions_used', 'int2', (r) => r.inputs.potentialDimensionsUsed],
  ['standard_source', 'text', (r) => r.inputs.standardSource],
  ['standard_sum', 'float8', (r) => r.inputs.standardSum],
  ['training_jp', 'float8', (r) => r.inputs.trainingJp],
  ['years_in_position', 'float8', (r) => r.inputs.yearsInPosition],
  ['sanctions_ringan', 'int2', (r) => r.inputs.sanctions.ringan],
  ['sanctions_sedang', 'int2', (r) => r.inputs.sanctions.sedang],
  ['sanctions_berat', 'int2', (r) => r.inputs.sanctions.berat],
  ['track_record_education', 'float8', (r) => r.trackRecordParts.education],
  ['track_record_training', 'float8', (r) => r.trackRecordParts.training],
  ['track_record_experience', 'float8', (r) => r.trackRecordParts.experience],
  ['track_record_discipline', 'float8', (r) => r.trackRecordParts.discipline],
  // Lists travel joined by ';' and become text[] in SQL (see insertSql).
  ['reasons', 'text', (r) => r.reasons.join(';')],
  ['warnings', 'text', (r) => r.warnings.join(';')],
];

const LIST_COLUMNS = new Set(['reasons', 'warnings']);
const NOT_NULL_TEXT = new Set(['skp_years', 'skp_predikat']);
const SEP = '\x1f';

/** One column of a chunk as one text parameter: values joined by the unit separator, NULL as ''. */
function packColumn(values: Value[]): string {
  return values.map((v) => (v === null ? '' : String(v))).join(SEP);
}

/**
 * One `INSERT … SELECT FROM unnest(…)` for a chunk of results. Each column travels as ONE text parameter
 * (values joined by a separator that codes, numbers, dates and uuids never contain) and is split in SQL:
 * far cheaper for both drivers than array parameters, whose elements are quoted one by one, and than
 * row-by-row or wide VALUES statements. Numbers keep full precision (shortest round-trip form).
 */
export function insertSql(
  instansiId: number,
  runId: string,
  chunk: ReadonlyArray<{ employeeId: string; result: ClassificationResult }>,
): SQL {
  const names = sql.raw(['employee_id', ...COLUMNS.map(([c]) => c)].join(', '));
  const split = (values: Value[], type: string) =>
    sql`string_to_array(${packColumn(values)}, chr(31), '')::${sql.raw(type)}[]`;
  const arrays = sql.join(
    [
      split(
        chunk.map((c) => c.employeeId),
        'uuid',
      ),
      ...COLUMNS.map(([, type, pick]) =>
        split(
          chunk.map((c) => pick(c.result)),
          type,
        ),
      ),
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
