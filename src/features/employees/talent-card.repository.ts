import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

export type CardIdentityRow = {
  id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  tgl_lahir: string | null;
  jenis_kelamin: string | null;
  jenis_pegawai: string;
  kedudukan: string | null;
  golongan: string | null;
  tmt_golongan: string | null;
  pendidikan: string | null;
  pendidikan_nama: string | null;
  jabatan_nama: string;
  jenis_jabatan_id: number | null;
  eselon: string | null;
  jenjang: string;
  tmt_jabatan: string | null;
  tmt_cpns: string | null;
  unit_id: string | null;
  unor_id: string | null;
  unit_nama: string | null;
  unit_path: string | null;
  position_kode: string | null;
  position_nama: string | null;
  standar_kompetensi: Record<string, number> | null;
  is_key: boolean | null;
};

/** The person with their unit and catalogue position; absent when outside `scope` (the actor's reach). */
export async function findCardIdentity(
  db: Db,
  instansiId: number,
  nip: string,
  scope: PersonScope,
): Promise<CardIdentityRow | undefined> {
  const [row] = await queryRows<CardIdentityRow>(
    db,
    sql`select e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, e.tgl_lahir::text, e.jenis_kelamin,
               e.jenis_pegawai, e.kedudukan, e.golongan, e.tmt_golongan::text, e.pendidikan, e.pendidikan_nama,
               e.jabatan_nama, e.jenis_jabatan_id, e.eselon, e.jenjang, e.tmt_jabatan::text, e.tmt_cpns::text,
               e.unit_id, u.unor_id, u.nama as unit_nama, u.path as unit_path,
               p.kode as position_kode, p.nama as position_nama, p.standar_kompetensi, p.is_key
        from employee e
        left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
        left join position p on p.instansi_id = e.instansi_id and p.id = e.position_id
        where e.instansi_id = ${instansiId} and e.nip = ${nip} and ${personScopeCondition(scope)}`,
  );
  return row;
}

/** The names of the units on a path (`/a/b/c/`), root first: the breadcrumb of a person's unit. */
export async function findUnitNames(db: Db, instansiId: number, path: string) {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string; nama: string }>(
    db,
    sql`select id, nama from unit where instansi_id = ${instansiId}
        and id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, r.nama]));
  return ids.flatMap((id) => (byId.has(id) ? [{ id, nama: byId.get(id)! }] : []));
}

const owned =
  (table: string, columns: string, order: string) => (db: Db, instansiId: number, employeeId: string) =>
    queryRows<Record<string, unknown>>(
      db,
      sql`select ${sql.raw(columns)} from ${sql.raw(table)}
        where instansi_id = ${instansiId} and employee_id = ${employeeId}::uuid order by ${sql.raw(order)}`,
    );

// Fixed column lists (never user input), newest first unless the history reads better oldest first.
export const findPositionHistory = owned(
  'position_history',
  'jabatan_nama, jenis_jabatan_id, eselon, jenjang, unor_nama, tmt_jabatan::text',
  'tmt_jabatan desc',
);
export const findRankHistory = owned('rank_history', 'golongan, tmt_golongan::text', 'tmt_golongan desc');
export const findEducation = owned('education', 'tingkat, nama, tahun_lulus', 'tahun_lulus desc');
export const findTraining = owned(
  'training',
  'nama, jenis, penyelenggara, tanggal_mulai::text, tanggal_selesai::text, jp',
  'tanggal_mulai desc',
);
export const findSanctions = owned(
  'sanction',
  'tingkat, jenis, nomor_sk, tanggal_sk::text, tmt_mulai::text, tmt_selesai::text',
  'tanggal_sk desc',
);
export const findSkp = owned(
  'skp',
  'tahun, hasil_kerja, perilaku_kerja, predikat, predikat_derived',
  'tahun desc',
);
export const findCompetencyAssessments = owned(
  'competency_assessment',
  `id, tanggal::text, lembaga, integritas, kerjasama, komunikasi, orientasi_pada_hasil, pelayanan_publik,
   pengembangan_diri_dan_orla, mengelola_perubahan, pengambilan_keputusan, perekat_bangsa, jpm`,
  'tanggal desc',
);
export const findPotentialAssessments = owned(
  'potential_assessment',
  `id, tanggal::text, lembaga, total, intelektual, interpersonal, kesadaran_diri, berfikir_kritis,
   pemecahan_masalah, kecerdasan_emosional, growth_mindset, motivasi_komitmen`,
  'tanggal desc',
);
