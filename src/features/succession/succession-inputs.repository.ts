import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orNull, packText as t, queryPacked } from '../../db/packed.js';
import { queryRows } from '../../db/query.js';
import type { Education, EmploymentType, Jenjang, Severity } from '../../domain/codes.js';
import { COMPETENCY_KEYS, isValidStandard, jenjangStandard } from '../../domain/competency.js';
import type { Box } from '../../domain/nine-box.js';
import { birthDateFor } from '../../domain/retirement.js';
import type { RuleSetContent } from '../../domain/rule-set.js';
import type {
  HeldPosition,
  KeyPosition,
  SuccessionPerson,
  SuccessionSanction,
} from '../../domain/succession/candidate.js';

/** A key position with what the API shows besides the checks. */
export type KeyPositionRow = KeyPosition & {
  nama: string;
  unitNama: string | null;
  alasanKritikal: string | null;
};

export type LatestMapping = { id: string; periode: number; ruleSetVersionId: string };

/** The latest published mapping of an instansi (rules.md §4, §6: "the latest published mapping"). */
export async function findLatestPublishedMapping(db: Db, instansiId: number): Promise<LatestMapping | null> {
  const [row] = await queryRows<{ id: string; periode: number; rule_set_version_id: string }>(
    db,
    sql`select id, periode, rule_set_version_id from mapping_run
        where instansi_id = ${instansiId} and status = 'PUBLISHED' order by periode desc limit 1`,
  );
  return row ? { id: row.id, periode: Number(row.periode), ruleSetVersionId: row.rule_set_version_id } : null;
}

/** Key positions (jabatan kunci) of an instansi, in `kode` order, with their standard resolved (rules.md §2, §5). */
export async function loadKeyPositions(
  db: Db,
  instansiId: number,
  rules: Pick<RuleSetContent, 'standardLevels'>,
): Promise<KeyPositionRow[]> {
  const rows = await queryRows<{
    id: string;
    kode: string;
    nama: string;
    jenjang: Jenjang;
    min_golongan: string | null;
    min_pendidikan: Education | null;
    standar_kompetensi: Record<string, number> | null;
    alasan_kritikal: string | null;
    unit_nama: string | null;
  }>(
    db,
    sql`select p.id, p.kode, p.nama, p.jenjang, p.min_golongan, p.min_pendidikan, p.standar_kompetensi,
               p.alasan_kritikal, u.nama as unit_nama
        from position p left join unit u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        where p.instansi_id = ${instansiId} and p.is_key order by p.kode`,
  );
  return rows.map((r) => ({
    positionId: r.id,
    kode: r.kode,
    nama: r.nama,
    unitNama: r.unit_nama,
    alasanKritikal: r.alasan_kritikal,
    jenjang: r.jenjang,
    minGolongan: r.min_golongan,
    minPendidikan: r.min_pendidikan,
    standard:
      r.standar_kompetensi !== null && isValidStandard(r.standar_kompetensi)
        ? r.standar_kompetensi
        : jenjangStandard(r.jenjang, rules),
  }));
}

const COMPETENCY_COLUMNS = sql.raw(
  [
    'c.integritas',
    'c.kerjasama',
    'c.komunikasi',
    'c.orientasi_pada_hasil',
    'c.pelayanan_publik',
    'c.pengembangan_diri_dan_orla',
    'c.mengelola_perubahan',
    'c.pengambilan_keputusan',
    'c.perekat_bangsa',
  ].join(', '),
);

/**
 * Everyone of an instansi with what the succession checks read (rules.md §6), in four packed set-based
 * queries: employees, position history, the sanctions that can matter at the reference date, and the
 * published mapping's results with the competency levels it used.
 */
export async function loadSuccessionPeople(
  db: Db,
  instansiId: number,
  mappingRunId: string,
  year: number,
  sanctionWindowYears: number,
  /** Only these people (explanation, comparison); everyone when absent. */
  only?: readonly string[],
  /**
   * Drawn into another instansi's slates (a kabupaten/kota in its province's JPT slates, rules.md §6):
   * each person tagged with this instansi; with `jenjang`, only people whose current job level is one of them.
   */
  drawn?: { jenjang?: readonly Jenjang[] },
): Promise<SuccessionPerson[]> {
  const ref = `${year}-12-31`;
  const levels = drawn?.jenjang ? `{${drawn.jenjang.join(',')}}` : null;
  const who = (column: string) =>
    sql`${only === undefined ? sql`` : sql`and ${sql.raw(column)} = any(${`{${only.join(',')}}`}::uuid[])`}
        ${
          levels === null
            ? sql``
            : sql`and ${sql.raw(column)} in (select x.id from employee x where x.instansi_id = ${instansiId}
                    and x.jenjang = any(${levels}::text[]))`
        }`;
  const [employees, history, sanctions, mapped] = await Promise.all([
    queryPacked(
      db,
      [
        sql`e.id`,
        sql`e.nip`,
        sql`e.jenis_pegawai`,
        t(sql`e.kedudukan`),
        sql`e.jenjang`,
        t(sql`e.golongan`),
        t(sql`e.pendidikan`),
        t(sql`e.tgl_lahir`),
        t(sql`e.position_id`),
        t(sql`e.tmt_jabatan`),
      ],
      sql`from employee e where e.instansi_id = ${instansiId} ${who('e.id')}`,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`jenjang`, sql`tmt_jabatan`],
      sql`from position_history where instansi_id = ${instansiId} and tmt_jabatan <= ${ref}::date ${who('employee_id')}`,
    ),
    queryPacked(
      db,
      [sql`employee_id`, sql`tingkat`, sql`tanggal_sk`, t(sql`tmt_mulai`), t(sql`tmt_selesai`)],
      sql`from sanction where instansi_id = ${instansiId} and tanggal_sk <= ${ref}::date
          and (tanggal_sk >= ${`${year - sanctionWindowYears + 1}-01-01`}::date or tmt_selesai >= ${ref}::date) ${who('employee_id')}`,
    ),
    queryPacked(
      db,
      [
        sql`r.employee_id`,
        sql`r.box`,
        sql`r.potential_score`,
        sql`r.performance_score`,
        sql`concat_ws(',', ${COMPETENCY_COLUMNS})`,
      ],
      sql`from mapping_result r join competency_assessment c
            on c.instansi_id = r.instansi_id and c.id = r.competency_assessment_id
          where r.instansi_id = ${instansiId} and r.run_id = ${mappingRunId} and r.status = 'DIPETAKAN' ${who('r.employee_id')}`,
    ),
  ]);
  const historyBy = group(history, (f): HeldPosition => ({ jenjang: f[1] as Jenjang, tmtJabatan: f[2]! }));
  const sanctionBy = group(sanctions, (f): SuccessionSanction => ({
    tingkat: f[1] as Severity,
    tanggalSk: f[2]!,
    tmtMulai: orNull(f[3]),
    tmtSelesai: orNull(f[4]),
  }));
  const mappedBy = new Map<string, SuccessionPerson['mapping']>();
  for (const f of mapped) {
    const values = (f[4] ?? '').split(',');
    const levels = {} as Record<(typeof COMPETENCY_KEYS)[number], number>;
    COMPETENCY_KEYS.forEach((k, i) => (levels[k] = Number(values[i])));
    mappedBy.set(f[0]!, {
      box: Number(f[1]) as Box,
      potentialScore: Number(f[2]),
      performanceScore: Number(f[3]),
      competencies: levels,
    });
  }
  return employees.map((f) => {
    const id = f[0]!;
    const nip = f[1]!;
    return {
      employeeId: id,
      ...(drawn ? { instansiId } : {}),
      nip,
      employmentType: f[2] as EmploymentType,
      kedudukan: orNull(f[3]),
      jenjang: f[4] as Jenjang,
      golongan: orNull(f[5]),
      pendidikan: orNull(f[6]) as Education | null,
      birthDate: birthDateFor({ tglLahir: orNull(f[7]), nip }),
      positionId: orNull(f[8]),
      tmtJabatan: orNull(f[9]),
      positionHistory: historyBy.get(id) ?? NONE,
      sanctions: sanctionBy.get(id) ?? NONE,
      mapping: mappedBy.get(id) ?? null,
    };
  });
}

const NONE: readonly never[] = Object.freeze([]);

function group<T>(records: string[][], map: (fields: string[]) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const fields of records) {
    const list = out.get(fields[0]!);
    if (list) list.push(map(fields));
    else out.set(fields[0]!, [map(fields)]);
  }
  return out;
}
