import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { EDUCATION_CODES, JENJANG_CODES, inList } from './codes.js';
import { instansi, unit } from './instansi.js';

/**
 * Jabatan: the position catalogue of an instansi. `standarKompetensi` holds the 9 standard levels keyed by
 * SIASN's competency keys when the position has its own (PermenPANRB 38/2017); null means "the default of
 * its job level" (rules.md §5). A key position (jabatan target/kritikal) carries its reason.
 */
export const position = pgTable(
  'position',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    unitId: uuid('unit_id').notNull(),
    jenjang: text('jenjang').notNull(),
    eselon: text('eselon'),
    minGolongan: text('min_golongan'),
    minPendidikan: text('min_pendidikan'),
    standarKompetensi: jsonb('standar_kompetensi').$type<Record<string, number>>(),
    isKey: boolean('is_key').notNull().default(false),
    alasanKritikal: text('alasan_kritikal'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('position_kode_key').on(t.instansiId, t.kode),
    foreignKey({ columns: [t.instansiId, t.unitId], foreignColumns: [unit.instansiId, unit.id] }),
    check('position_jenjang_check', inList(t.jenjang, JENJANG_CODES)),
    check(
      'position_min_pendidikan_check',
      sql`${t.minPendidikan} is null or ${inList(t.minPendidikan, EDUCATION_CODES)}`,
    ),
  ],
);
