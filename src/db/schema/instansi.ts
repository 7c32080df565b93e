import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Instansi: a government body and the tenant of every other table. Province → kabupaten/kota through
 * `indukId`. In a Citus deployment this is a reference table (small, replicated to every node).
 */
export const instansi = pgTable(
  'instansi',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kode: text('kode').notNull().unique(),
    nama: text('nama').notNull(),
    /** PROVINSI | KABUPATEN | KOTA | KEMENTERIAN | LEMBAGA */
    jenis: text('jenis').notNull(),
    indukId: integer('induk_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.indukId], foreignColumns: [t.id] }),
    check('instansi_jenis_check', sql`${t.jenis} in ('PROVINSI','KABUPATEN','KOTA','KEMENTERIAN','LEMBAGA')`),
    check('instansi_kode_check', sql`${t.kode} ~ '^[A-Za-z0-9._-]{1,32}$'`),
  ],
);

/**
 * Unor (unit organisasi): the unit tree inside an instansi. `path` is the materialised path of unit ids
 * (`/root/child/…/self/`), so a unit subtree is one prefix match — the scope of a Pimpinan Unit.
 */
export const unit = pgTable(
  'unit',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    /** SIASN's unor id (`ref-unor.Id`), the natural key of an import. */
    unorId: text('unor_id').notNull(),
    nama: text('nama').notNull(),
    parentId: uuid('parent_id'),
    eselon: text('eselon'),
    namaJabatan: text('nama_jabatan'),
    path: text('path').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('unit_unor_id_key').on(t.instansiId, t.unorId),
    foreignKey({ columns: [t.instansiId, t.parentId], foreignColumns: [t.instansiId, t.id] }),
    index('unit_path_idx').on(t.instansiId, t.path),
  ],
);
