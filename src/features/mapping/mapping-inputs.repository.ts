import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type {
  ClassificationInput,
  CompetencyAssessmentInput,
  PotentialAssessmentInput,
  SkpInput,
} from '../../domain/classify.js';
import type { Education, EmploymentType, Jenjang, Predikat, Rating, Severity } from '../../domain/codes.js';
import type { CompetencyLevels } from '../../domain/competency.js';
import type { SanctionRecord, TrainingRecord } from '../../domain/potential.js';

/** One employee of an instansi with everything the engine reads, ready for `classifyEmployee`. */
export type EmployeeMappingInput = {
  employeeId: string;
  nip: string;
  input: ClassificationInput;
};

type EmployeeRow = {
  id: string;
  nip: string;
  jenis_pegawai: EmploymentType;
  kedudukan: string | null;
  jenjang: Jenjang | null;
  pendidikan: Education | null;
  tmt_jabatan: string | null;
  standar: CompetencyLevels | null;
};

/**
 * Loads the inputs of a mapping run for one instansi in six set-based queries (no per-employee I/O).
 * The SQL filters are only coarse supersets of the windows; the domain functions apply the exact rules,
 * so the rules live in one place. Dates travel as `YYYY-MM-DD` text.
 */
export async function loadMappingInputs(
  db: Db,
  instansiId: number,
  year: number,
  windows: { performanceYears: number; assessmentYears: number; disciplineYears: number },
): Promise<EmployeeMappingInput[]> {
  const firstSkpYear = year - windows.performanceYears + 1;
  const yearEnd = `${year}-12-31`;
  const earliestSanction = `${year - windows.disciplineYears}-01-01`;
  const earliestAssessment = `${year - windows.assessmentYears}-01-01`;

  const [employees, skps, competencies, potentials, trainings, sanctions] = await Promise.all([
    queryRows<EmployeeRow>(
      db,
      sql`select e.id, e.nip, e.jenis_pegawai, e.kedudukan, e.jenjang, e.pendidikan, e.tmt_jabatan::text,
                 p.standar_kompetensi as standar
          from employee e
          left join position p on p.instansi_id = e.instansi_id and p.id = e.position_id
          where e.instansi_id = ${instansiId}
          order by e.nip`,
    ),
    queryRows<{
      employee_id: string;
      tahun: number;
      predikat: Predikat;
      hasil_kerja: Rating;
      perilaku_kerja: Rating;
    }>(
      db,
      sql`select employee_id, tahun, predikat, hasil_kerja, perilaku_kerja from skp
          where instansi_id = ${instansiId} and tahun between ${firstSkpYear} and ${year}`,
    ),
    queryRows<{ employee_id: string; id: string; tanggal: string } & Record<string, number | string>>(
      db,
      sql`select employee_id, id, tanggal::text,
                 integritas::float8 as integritas, kerjasama::float8 as kerjasama, komunikasi::float8 as komunikasi,
                 orientasi_pada_hasil::float8 as "orientasiPadaHasil", pelayanan_publik::float8 as "pelayananPublik",
                 pengembangan_diri_dan_orla::float8 as "pengembanganDiriDanOrla",
                 mengelola_perubahan::float8 as "mengelolaPerubahan",
                 pengambilan_keputusan::float8 as "pengambilanKeputusan", perekat_bangsa::float8 as "perekatBangsa"
          from competency_assessment
          where instansi_id = ${instansiId} and tanggal between ${earliestAssessment}::date and ${yearEnd}::date`,
    ),
    queryRows<
      { employee_id: string; id: string; tanggal: string; total: number | null } & Record<
        string,
        number | null | string
      >
    >(
      db,
      sql`select employee_id, id, tanggal::text, total::float8 as total,
                 intelektual::float8 as intelektual, interpersonal::float8 as interpersonal,
                 kesadaran_diri::float8 as "kesadaranDiri", berfikir_kritis::float8 as "berfikirKritis",
                 pemecahan_masalah::float8 as "pemecahanMasalah", kecerdasan_emosional::float8 as "kecerdasanEmosional",
                 growth_mindset::float8 as "growthMindset", motivasi_komitmen::float8 as "motivasiKomitmen"
          from potential_assessment
          where instansi_id = ${instansiId} and tanggal between ${earliestAssessment}::date and ${yearEnd}::date`,
    ),
    queryRows<{ employee_id: string; jp: number; tanggal_mulai: string; tanggal_selesai: string | null }>(
      db,
      sql`select employee_id, jp, tanggal_mulai::text, tanggal_selesai::text from training
          where instansi_id = ${instansiId} and tanggal_mulai <= ${yearEnd}::date
            and coalesce(tanggal_selesai, tanggal_mulai) >= ${`${year}-01-01`}::date`,
    ),
    queryRows<{ employee_id: string; tingkat: Severity; tanggal_sk: string }>(
      db,
      sql`select employee_id, tingkat, tanggal_sk::text from sanction
          where instansi_id = ${instansiId} and tanggal_sk between ${earliestSanction}::date and ${yearEnd}::date`,
    ),
  ]);

  const skpBy = groupBy(skps, (r): SkpInput => ({
    tahun: r.tahun,
    predikat: r.predikat,
    resultRating: r.hasil_kerja,
    behaviourRating: r.perilaku_kerja,
  }));
  const competencyBy = groupBy(competencies, (r): CompetencyAssessmentInput => {
    const { employee_id: _e, id, tanggal, ...levels } = r;
    return { id, tanggal, levels: levels as unknown as CompetencyLevels };
  });
  const potentialBy = groupBy(potentials, (r): PotentialAssessmentInput => {
    const { employee_id: _e, id, tanggal, total, ...dims } = r;
    return { id, tanggal, total, dims: dims as PotentialAssessmentInput['dims'] };
  });
  const trainingBy = groupBy(trainings, (r): TrainingRecord => ({
    jp: r.jp,
    tanggalMulai: r.tanggal_mulai,
    tanggalSelesai: r.tanggal_selesai,
  }));
  const sanctionBy = groupBy(sanctions, (r): SanctionRecord => ({
    tingkat: r.tingkat,
    tanggalSk: r.tanggal_sk,
  }));

  return employees.map((e) => ({
    employeeId: e.id,
    nip: e.nip,
    input: {
      employmentType: e.jenis_pegawai,
      kedudukan: e.kedudukan,
      jenjang: e.jenjang,
      pendidikan: e.pendidikan,
      tmtJabatan: e.tmt_jabatan,
      positionStandard: e.standar,
      skps: skpBy.get(e.id) ?? NONE,
      competencyAssessments: competencyBy.get(e.id) ?? NONE,
      potentialAssessments: potentialBy.get(e.id) ?? NONE,
      trainings: trainingBy.get(e.id) ?? NONE,
      sanctions: sanctionBy.get(e.id) ?? NONE,
    },
  }));
}

const NONE: readonly never[] = Object.freeze([]);

function groupBy<R extends { employee_id: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.employee_id);
    const value = map(row);
    if (list) list.push(value);
    else out.set(row.employee_id, [value]);
  }
  return out;
}
