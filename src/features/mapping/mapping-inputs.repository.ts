import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { numOrNull, orNull, packText as t, queryPacked } from '../../db/packed.js';
import type {
  ClassificationInput,
  CompetencyAssessmentInput,
  PotentialAssessmentInput,
  SkpInput,
} from '../../domain/classify.js';
import type { Education, EmploymentType, Jenjang, Predikat, Rating, Severity } from '../../domain/codes.js';
import { COMPETENCY_KEYS, type CompetencyLevels } from '../../domain/competency.js';
import { isActive } from '../../domain/kedudukan.js';
import { MappingColumns } from '../../domain/mapping-columns.js';
import {
  POTENTIAL_DIMENSION_KEYS,
  type SanctionRecord,
  type TrainingRecord,
} from '../../domain/potential.js';

/** One employee of an instansi with everything the engine reads, ready for `classifyEmployee`. */
export type EmployeeMappingInput = {
  employeeId: string;
  nip: string;
  input: ClassificationInput;
};

export type MappingWindows = { performanceYears: number; assessmentYears: number; disciplineYears: number };

const COMPETENCY_COLUMNS = sql.raw(
  'integritas, kerjasama, komunikasi, orientasi_pada_hasil, pelayanan_publik, pengembangan_diri_dan_orla, ' +
    'mengelola_perubahan, pengambilan_keputusan, perekat_bangsa',
);
const DIMENSION_COLUMNS = sql.raw(
  'intelektual, interpersonal, kesadaran_diri, berfikir_kritis, pemecahan_masalah, kecerdasan_emosional, ' +
    'growth_mindset, motivasi_komitmen',
);

/**
 * The records a mapping run reads for one instansi, in six set-based, packed queries (db/packed.ts): no
 * per-employee I/O. The SQL filters are only coarse supersets of the windows; the domain applies the exact
 * rules, so each rule lives in one place. Dates travel as `YYYY-MM-DD`. Employees come in `employeeOrder`.
 */
async function queryMappingRecords(
  db: Db,
  instansiId: number,
  year: number,
  windows: MappingWindows,
  employeeOrder: SQL,
) {
  const yearEnd = `${year}-12-31`;
  const earliestAssessment = `${year - windows.assessmentYears}-01-01`;
  const [employees, skps, competencies, potentials, trainings, sanctions] = await Promise.all([
    queryPacked(
      db,
      [
        sql`e.id`,
        sql`e.nip`,
        sql`e.jenis_pegawai`,
        t(sql`e.kedudukan`),
        sql`e.jenjang`,
        t(sql`e.pendidikan`),
        t(sql`e.tmt_jabatan`),
        t(sql`p.standar_kompetensi`),
      ],
      sql`from employee e left join position p on p.instansi_id = e.instansi_id and p.id = e.position_id
          where e.instansi_id = ${instansiId}`,
      employeeOrder,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`tahun`, sql`predikat`, sql`hasil_kerja`, sql`perilaku_kerja`],
      sql`from skp where instansi_id = ${instansiId} and tahun between ${year - windows.performanceYears + 1} and ${year}`,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`id`, sql`tanggal`, sql`concat_ws(',', ${COMPETENCY_COLUMNS})`],
      sql`from competency_assessment where instansi_id = ${instansiId}
          and tanggal between ${earliestAssessment}::date and ${yearEnd}::date`,
    ),
    queryPacked(
      db,
      // concat_ws skips NULLs, so each dimension is coalesced to keep its position.
      [
        sql`employee_id`,
        sql`id`,
        sql`tanggal`,
        t(sql`total`),
        sql`array_to_string(array[${DIMENSION_COLUMNS}], ',', '')`,
      ],
      sql`from potential_assessment where instansi_id = ${instansiId}
          and tanggal between ${earliestAssessment}::date and ${yearEnd}::date`,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`jp`, sql`tanggal_mulai`, t(sql`tanggal_selesai`)],
      sql`from training where instansi_id = ${instansiId} and tanggal_mulai <= ${yearEnd}::date
          and coalesce(tanggal_selesai, tanggal_mulai) >= ${`${year}-01-01`}::date`,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`tingkat`, sql`tanggal_sk`],
      sql`from sanction where instansi_id = ${instansiId}
          and tanggal_sk between ${`${year - windows.disciplineYears}-01-01`}::date and ${yearEnd}::date`,
    ),
  ]);

  return { employees, skps, competencies, potentials, trainings, sanctions };
}

/**
 * Loads the inputs of a mapping run for one instansi as objects (`classifyEmployee`, what-if comparisons),
 * in NIP order.
 */
export async function loadMappingInputs(
  db: Db,
  instansiId: number,
  year: number,
  windows: MappingWindows,
): Promise<EmployeeMappingInput[]> {
  const { employees, skps, competencies, potentials, trainings, sanctions } = await queryMappingRecords(
    db,
    instansiId,
    year,
    windows,
    sql`e.nip`,
  );
  const skpBy = groupBy(skps, (f): SkpInput => ({
    tahun: Number(f[1]),
    predikat: f[2] as Predikat,
    resultRating: f[3] as Rating,
    behaviourRating: f[4] as Rating,
  }));
  const competencyBy = groupBy(competencies, (f): CompetencyAssessmentInput => {
    const values = (f[3] ?? '').split(',');
    const levels = {} as Record<(typeof COMPETENCY_KEYS)[number], number>;
    COMPETENCY_KEYS.forEach((k, i) => (levels[k] = Number(values[i])));
    return { id: f[1]!, tanggal: f[2]!, levels };
  });
  const potentialBy = groupBy(potentials, (f): PotentialAssessmentInput => {
    const values = (f[4] ?? '').split(',');
    const dims: Partial<Record<(typeof POTENTIAL_DIMENSION_KEYS)[number], number | null>> = {};
    POTENTIAL_DIMENSION_KEYS.forEach((k, i) => (dims[k] = numOrNull(values[i])));
    return { id: f[1]!, tanggal: f[2]!, total: numOrNull(f[3]), dims };
  });
  const trainingBy = groupBy(trainings, (f): TrainingRecord => ({
    jp: Number(f[1]),
    tanggalMulai: f[2]!,
    tanggalSelesai: orNull(f[3]),
  }));
  const sanctionBy = groupBy(sanctions, (f): SanctionRecord => ({
    tingkat: f[1] as Severity,
    tanggalSk: f[2]!,
  }));

  return employees.map((f) => {
    const id = f[0]!;
    const standar = orNull(f[7]);
    return {
      employeeId: id,
      nip: f[1]!,
      input: {
        employmentType: f[2] as EmploymentType,
        kedudukan: orNull(f[3]),
        jenjang: f[4] as Jenjang,
        pendidikan: orNull(f[5]) as Education | null,
        tmtJabatan: orNull(f[6]),
        positionStandard: standar === null ? null : (JSON.parse(standar) as CompetencyLevels),
        skps: skpBy.get(id) ?? NONE,
        competencyAssessments: competencyBy.get(id) ?? NONE,
        potentialAssessments: potentialBy.get(id) ?? NONE,
        trainings: trainingBy.get(id) ?? NONE,
        sanctions: sanctionBy.get(id) ?? NONE,
      },
    };
  });
}

const NONE: readonly never[] = Object.freeze([]);

function groupBy<T>(records: string[][], map: (fields: string[]) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const fields of records) {
    const key = fields[0]!;
    const list = out.get(key);
    const value = map(fields);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

/** A run's inputs digested into columns (domain/mapping-columns.ts), the active employees only. */
export type MappingInputColumns = {
  /** Employee ids of the columns' slots, in id order (the order results are written in). */
  employeeIds: string[];
  columns: MappingColumns;
  /** Employees left out because they are not active (rules.md §2). */
  inactive: number;
};

/**
 * Loads the inputs of a mapping run straight into columns: the packed text is split and fed to the
 * digest without per-employee objects. Only active employees get a slot (rules.md §2: a run covers the
 * active employees).
 */
export async function loadMappingColumns(
  db: Db,
  instansiId: number,
  year: number,
  windows: MappingWindows,
): Promise<MappingInputColumns> {
  const records = await queryMappingRecords(db, instansiId, year, windows, sql`e.id`);
  const slot = new Map<string, number>();
  const employeeIds: string[] = [];
  for (const f of records.employees) {
    if (!isActive(orNull(f[3]))) continue;
    slot.set(f[0]!, employeeIds.length);
    employeeIds.push(f[0]!);
  }
  const columns = new MappingColumns(employeeIds.length, year, {
    performanceYears: windows.performanceYears,
    assessmentYears: windows.assessmentYears,
    disciplineYears: windows.disciplineYears,
  });
  for (const f of records.employees) {
    const i = slot.get(f[0]!);
    if (i === undefined) continue;
    columns.setPerson(i, orNull(f[3]), orNull(f[4]), orNull(f[5]), orNull(f[6]));
    const standar = orNull(f[7]);
    columns.setStandard(i, standar === null ? null : (JSON.parse(standar) as CompetencyLevels));
  }
  for (const f of records.skps) {
    const i = slot.get(f[0]!);
    if (i !== undefined) columns.addSkp(i, Number(f[1]), f[2]!, f[3] as Rating, f[4] as Rating);
  }
  for (const f of records.competencies) {
    const i = slot.get(f[0]!);
    if (i !== undefined) columns.addCompetency(i, f[1]!, f[2]!, levelSum(f[3] ?? ''));
  }
  const dims = new Array<number | null>(POTENTIAL_DIMENSION_KEYS.length);
  for (const f of records.potentials) {
    const i = slot.get(f[0]!);
    if (i === undefined) continue;
    const values = (f[4] ?? '').split(',');
    for (let d = 0; d < dims.length; d++) dims[d] = numOrNull(values[d]);
    columns.addPotential(i, f[1]!, f[2]!, numOrNull(f[3]), dims);
  }
  for (const f of records.trainings) {
    const i = slot.get(f[0]!);
    if (i !== undefined) columns.addTraining(i, Number(f[1]), f[2]!, orNull(f[3]));
  }
  for (const f of records.sanctions) {
    const i = slot.get(f[0]!);
    if (i !== undefined) columns.addSanction(i, f[1]!, f[2]!);
  }
  return { employeeIds, columns, inactive: records.employees.length - employeeIds.length };
}

/** Σ of the 9 packed levels, added in COMPETENCY_KEYS order as `sumLevels` does. */
function levelSum(packedLevels: string): number {
  const values = packedLevels.split(',');
  let sum = Number(values[0]);
  for (let k = 1; k < COMPETENCY_KEYS.length; k++) sum += Number(values[k]);
  return sum;
}
