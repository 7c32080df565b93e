import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Tx } from '../audit/audit.repository.js';
import type { RowInput } from './fields.js';
import type { ColumnDef } from './headers.js';
import type { FieldIssue, ImportKind, WriteCounts } from './import-types.js';

/** A row that passed its schema, resolved against the database (ids looked up), with its natural key. */
export type Resolution<R> =
  { ok: true; value: R; key: string; warnings?: FieldIssue[] } | { ok: false; errors: FieldIssue[] };

export type Numbered<R> = { rowNumber: number; value: R };

/**
 * What makes a kind of import (import-format.md §2): its columns, its one zod schema, what it looks rows up
 * against (loaded once), how a parsed row is resolved, and how a batch is written. A kind that needs the
 * whole file before writing (the unit tree) has `finalize`, which may still reject rows.
 */
export interface KindDefinition<P extends { warnings: FieldIssue[] }, R, C> {
  kind: ImportKind;
  columns: readonly ColumnDef[];
  /** The file columns of the natural key (import-format.md §2), for messages about duplicates. */
  keyColumns: readonly string[];
  schema: z.ZodType<P>;
  load(db: Db, instansiId: number): Promise<C>;
  resolve(parsed: P, context: C): Resolution<R>;
  write(
    tx: Tx,
    instansiId: number,
    rows: readonly R[],
    present: ReadonlySet<string>,
    context: C,
  ): Promise<WriteCounts>;
  finalize?: (
    rows: readonly Numbered<R>[],
    context: C,
    present: ReadonlySet<string>,
  ) => { accepted: Numbered<R>[]; rejected: { rowNumber: number; errors: FieldIssue[] }[] };
}

export type CheckedRow =
  { ok: true; key: string; value: unknown; warnings: FieldIssue[] } | { ok: false; errors: FieldIssue[] };

/** A kind opened for one import: the service sees rows only as opaque values it passes back. */
export interface KindSession {
  readonly collectsAll: boolean;
  check(input: RowInput): CheckedRow;
  write(tx: Tx, rows: readonly unknown[], present: ReadonlySet<string>): Promise<WriteCounts>;
  finalize(
    rows: readonly Numbered<unknown>[],
    present: ReadonlySet<string>,
  ): {
    accepted: Numbered<unknown>[];
    rejected: { rowNumber: number; errors: FieldIssue[] }[];
  };
}

export interface ImportKindHandler {
  readonly kind: ImportKind;
  readonly columns: readonly ColumnDef[];
  readonly keyColumns: readonly string[];
  open(db: Db, instansiId: number): Promise<KindSession>;
}

/** zod issues as field issues: the path's first element is the column, `params.code` the code. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { code?: string } }).params;
    const column = typeof i.path[0] === 'string' ? i.path[0] : null;
    return { column, code: params?.code ?? 'TIDAK_VALID', message: i.message };
  });
}

/** Closes a typed kind definition over its context, for the registry. */
export function defineKind<P extends { warnings: FieldIssue[] }, R, C>(
  def: KindDefinition<P, R, C>,
): ImportKindHandler {
  return {
    kind: def.kind,
    columns: def.columns,
    keyColumns: def.keyColumns,
    async open(db, instansiId) {
      const context = await def.load(db, instansiId);
      const finalize = def.finalize;
      return {
        collectsAll: finalize !== undefined,
        check(input) {
          const parsed = def.schema.safeParse(input);
          if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
          const resolved = def.resolve(parsed.data, context);
          if (!resolved.ok) return resolved;
          return {
            ok: true,
            key: resolved.key,
            value: resolved.value,
            warnings: [...parsed.data.warnings, ...(resolved.warnings ?? [])],
          };
        },
        // The session only ever receives back the values its own `check` produced.
        write: (tx, rows, present) => def.write(tx, instansiId, rows as readonly R[], present, context),
        finalize: (rows, present) =>
          finalize
            ? finalize(rows as readonly Numbered<R>[], context, present)
            : { accepted: [...rows], rejected: [] },
      };
    },
  };
}
