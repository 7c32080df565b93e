import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';

/** One employee with what the data-quality checks read (aggregated in SQL, one row per employee). */
export type QualityEmployeeRow = {
  id: string;
  nip: string;
  nama: string;
  unit_id: string | null;
  jenis_pegawai: 'PNS' | 'PPPK';
  kedudukan: string | null;
  tgl_lahir: string | null;
  jenis_kelamin: 'L' | 'P' | null;
  pendidikan: string | null;
  has_skp: boolean;
  /** Latest assessment dated up to the reference date, and how many there are at all. */
  competency_latest: string | null;
  competency_count: number;
  potential_latest: string | null;
  potential_count: number;
};

/**
 * Every employee of an instansi (optionally a unit subtree) with the aggregates the report needs, in one
 * set-based query: SKP of year Y present, the latest competency assessment and the latest potential
 * assessment that carries a score (a total or any dimension), each dated up to `referenceDate`.
 */
export async function findQualityEmployees(
  db: Db,
  instansiId: number,
  year: number,
  referenceDate: string,
  unitPath: string | undefined,
): Promise<QualityEmployeeRow[]> {
  const scope = unitPath === undefined ? sql`` : sql`and u.path like ${`${unitPath}%`}`;
  return queryRows<QualityEmployeeRow>(
    db,
    sql`select e.id, e.nip, e.nama, e.unit_id, e.jenis_pegawai, e.kedudukan, e.tgl_lahir::text, e.jenis_kelamin,
               e.pendidikan, (s.employee_id is not null) as has_skp,
               c.latest::text as competency_latest, coalesce(c.n, 0)::int as competency_count,
               p.latest::text as potential_latest, coalesce(p.n, 0)::int as potential_count
        from employee e
        left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
        left join (select distinct employee_id from skp where instansi_id = ${instansiId} and tahun = ${year}) s
          on s.employee_id = e.id
        left join (select employee_id, max(tanggal) filter (where tanggal <= ${referenceDate}::date) as latest,
                          count(*) as n
                   from competency_assessment where instansi_id = ${instansiId} group by employee_id) c
          on c.employee_id = e.id
        left join (select employee_id, max(tanggal) filter (where tanggal <= ${referenceDate}::date) as latest,
                          count(*) as n
                   from potential_assessment
                   where instansi_id = ${instansiId} and (total is not null
                     or coalesce(intelektual, interpersonal, kesadaran_diri, berfikir_kritis, pemecahan_masalah,
                                 kecerdasan_emosional, growth_mindset, motivasi_komitmen) is not null)
                   group by employee_id) p
          on p.employee_id = e.id
        where e.instansi_id = ${instansiId} ${scope}
        order by e.nip`,
  );
}

export type QualitySkpRow = {
  employee_id: string;
  tahun: number;
  hasil_kerja: string;
  perilaku_kerja: string;
  predikat: string;
};

/** The SKPs of the performance window that carry an official predikat (derived ones agree by construction). */
export async function findOfficialSkps(
  db: Db,
  instansiId: number,
  fromYear: number,
  toYear: number,
): Promise<QualitySkpRow[]> {
  return queryRows<QualitySkpRow>(
    db,
    sql`select employee_id, tahun, hasil_kerja, perilaku_kerja, predikat from skp
        where instansi_id = ${instansiId} and tahun between ${fromYear} and ${toYear} and predikat_derived = 0`,
  );
}

export type QualityUnitRow = { id: string; unor_id: string; nama: string; path: string };

export async function findUnits(db: Db, instansiId: number): Promise<QualityUnitRow[]> {
  return queryRows<QualityUnitRow>(
    db,
    sql`select id, unor_id, nama, path from unit where instansi_id = ${instansiId} order by path`,
  );
}
