import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../features/auth/policies/roles.js';
import { inList } from './codes.js';
import { employee } from './employees.js';
import { instansi, unit } from './instansi.js';

/**
 * A sign-in account (pengguna). Scoped to one instansi and optionally to a unit subtree; a PEGAWAI account
 * is linked to one employee. Usernames are unique across instansi (one sign-in form for everybody), so
 * this is a global table; its links to unit and employee include `instansi_id` all the same. The password
 * is stored only as an argon2id hash (PHC string).
 */
export const userAccount = pgTable(
  'user_account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    nama: text('nama'),
    role: text('role').notNull(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id'),
    employeeId: uuid('employee_id'),
    passwordHash: text('password_hash').notNull(),
    /** AKTIF | NONAKTIF (disabled accounts cannot sign in; they are kept for the audit trail). */
    status: text('status').notNull().default('AKTIF'),
    /** Created by the demo with the shared password `talenta-demo`; refused at sign-in in production. */
    demo: boolean('demo').notNull().default(false),
    failedAttempts: smallint('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.instansiId, t.unitId], foreignColumns: [unit.instansiId, unit.id] }),
    foreignKey({ columns: [t.instansiId, t.employeeId], foreignColumns: [employee.instansiId, employee.id] }),
    index('user_account_instansi_idx').on(t.instansiId, t.username),
    check('user_account_role_check', inList(t.role, ROLES)),
    check('user_account_status_check', sql`${t.status} in ('AKTIF','NONAKTIF')`),
    check('user_account_username_check', sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{2,63}$'`),
  ],
);

/**
 * A server-side session. Only the SHA-256 of the session token is stored, so a copy of this table cannot
 * be replayed as cookies. Expiry is both idle (`lastSeenAt`) and absolute (`expiresAt`).
 */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);
