import path from 'node:path';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit, type Tx } from '../audit/audit.repository.js';
import { getInstansiOrThrow } from '../mapping/mapping.service.js';
import { ERROR_COLUMN } from './error-file.js';
import { HeaderMap, headerKey, missingRequiredColumns } from './headers.js';
import type { ImportKindHandler, KindSession, Numbered } from './import-kind.js';
import { IMPORT_KIND_HANDLERS } from './import-kinds.js';
import { ImportRun } from './import-run.js';
import type {
  FieldIssue,
  ImportIssue,
  ImportKind,
  ImportSummary,
  RowSource,
  SourceRow,
} from './import-types.js';
import { openSource } from './source/open-source.js';

export type ImportProgress = { rowsRead: number; bytesRead: number; totalBytes: number };

export type ImportInput = {
  kind: ImportKind;
  file: string;
  instansiKode: string;
  /** Validate (and count what would change) without keeping anything. */
  dryRun?: boolean;
  /** Write the valid rows even when some are invalid. */
  skipInvalid?: boolean;
  /** Where to write the invalid rows with their errors (same format as the input). */
  errorsFile?: string | undefined;
  actor: string;
  /** Rows per INSERT statement (architecture.md §1: batches, never row by row). */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Every error and warning as it is found (the summary keeps only the first ones). */
  onIssue?: (issue: ImportIssue) => void;
  /**
   * Runs last inside the import's transaction when rows are kept, so that the caller's own record (a web
   * import's status) commits or rolls back with the data.
   */
  onCommit?: (tx: DbTx, counts: ImportCounts) => Promise<void>;
};

/** The transaction a drizzle `db.transaction` callback receives (either engine). */
export type DbTx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type ImportCounts = Pick<
  ImportSummary,
  'rowsRead' | 'created' | 'updated' | 'unchanged' | 'invalid' | 'warnings'
>;

/** Thrown inside the transaction to undo it (atomic failure, dry run); carries nothing. */
class Undo extends Error {}

/**
 * Imports one SIASN-shaped file (import-format.md): every row is checked with the kind's schema and looked up
 * against the instansi, valid rows are upserted in batches by natural key, all in ONE transaction with the
 * audit entry. Atomic by default: one invalid row and nothing is kept (every error is still reported).
 * `skipInvalid` keeps the valid rows; `dryRun` keeps nothing but reports what would change. The file is
 * streamed: only a batch of rows is held (the unit tree, a few thousand rows, is read whole).
 */
export async function importFile(db: Db, input: ImportInput): Promise<ImportSummary> {
  const started = performance.now();
  const handler = IMPORT_KIND_HANDLERS[input.kind];
  const instansi = await getInstansiOrThrow(db, input.instansiKode);
  const headerMap = new HeaderMap(handler.columns);
  const source = await openSource(input.file, input.kind, {
    isHeader: (cells) => cells.some((c) => headerMap.isKnown(c)),
  });
  const run = new ImportRun(source.format, source.headers, Boolean(input.errorsFile), input.onIssue);
  try {
    if (source.headers !== null) checkHeader(source, handler, headerMap, input.file);
    const session = await handler.open(db, instansi.id);
    const dryRun = Boolean(input.dryRun);
    const skipInvalid = Boolean(input.skipInvalid);
    let written = false;
    try {
      await db.transaction(async (tx) => {
        await readAndWrite(tx, source, session, handler, headerMap, run, input);
        written = !dryRun && (run.invalid === 0 || skipInvalid);
        if (!written) throw new Undo();
        await appendAudit(tx, {
          instansiId: instansi.id,
          actor: input.actor,
          action: `import.${input.kind}`,
          entity: 'import',
          entityId: input.kind,
          after: {
            file: path.basename(input.file),
            format: source.format,
            rowsRead: run.rowsRead,
            ...run.counts,
            invalid: run.invalid,
            warnings: run.warnings,
            skipInvalid,
          },
        });
        await input.onCommit?.(tx, {
          rowsRead: run.rowsRead,
          ...run.counts,
          invalid: run.invalid,
          warnings: run.warnings,
        });
      });
    } catch (error) {
      if (!(error instanceof Undo)) throw error;
    }
    // Atomic failure: the counts of rows written before the first invalid one were undone with them.
    if (!written && !dryRun) run.counts = { created: 0, updated: 0, unchanged: 0 };
    if (input.errorsFile && run.spool && run.invalid > 0)
      await run.spool.writeTo(input.errorsFile, source.format, input.kind);
    return summarize(input, source, headerMap, run, { written, dryRun, skipInvalid, started });
  } finally {
    source.close();
    run.spool?.dispose();
  }
}

/** CSV and XLSX name their columns up front: a required column that is missing makes the file unusable. */
function checkHeader(source: RowSource, handler: ImportKindHandler, map: HeaderMap, file: string): void {
  for (const h of source.headers ?? []) map.resolve(h);
  const missing = missingRequiredColumns(handler.columns, map);
  if (missing.length === 0) return;
  throw new AppError(
    'FILE_INVALID',
    `Berkas ${path.basename(file)} (${source.description}) tidak memuat kolom wajib ${missing.join(', ')} untuk impor ${handler.kind}. ` +
      `Baris judul harus memakai nama kolom SIASN (lihat format impor).${source.hint ? ` ${source.hint}` : ''}`,
  );
}

async function readAndWrite(
  tx: Tx,
  source: RowSource,
  session: KindSession,
  handler: ImportKindHandler,
  headerMap: HeaderMap,
  run: ImportRun,
  input: ImportInput,
): Promise<void> {
  const batchSize = input.batchSize ?? 2_000;
  // Atomic mode stops writing at the first invalid row (it will be undone anyway) but keeps checking.
  const keepWriting = () => input.dryRun || input.skipInvalid || run.invalid === 0;
  const keys = new Map<string, number>();
  const collected: Numbered<unknown>[] = [];
  const rawRows = new Map<number, SourceRow>();
  let batch: unknown[] = [];
  // The batch being written while the next one is read: a database server works on the other core. One
  // statement at a time on the transaction; its failure surfaces at the next flush or at the end.
  let writing: Promise<void> = Promise.resolve();
  const progress = () =>
    input.onProgress?.({
      rowsRead: run.rowsRead,
      bytesRead: source.bytesRead(),
      totalBytes: source.totalBytes,
    });
  const flush = async () => {
    const rows = batch;
    batch = [];
    await writing;
    if (rows.length > 0 && keepWriting()) {
      writing = session.write(tx, rows, headerMap.present).then((counts) => run.add(counts));
      writing.catch(() => {}); // handled when awaited; not an unhandled rejection meanwhile
    }
    progress();
  };

  for await (const row of source.rows) {
    run.rowsRead++;
    const mapped = headerMap.mapRecord(row.record);
    if (run.rowsRead === 1 && source.headers === null && headerMap.present.size === 0) {
      throw new AppError(
        'FILE_INVALID',
        `Data pertama berkas ${path.basename(input.file)} tidak memuat satu pun kolom impor ${handler.kind} (mis. ${handler.columns[0]?.name ?? ''}).`,
      );
    }
    const checked = session.check(mapped);
    if (!checked.ok) {
      await run.reject(row, checked.errors);
      continue;
    }
    const first = keys.get(checked.key);
    if (first !== undefined) {
      await run.reject(row, [duplicate(handler, first)]);
      continue;
    }
    keys.set(checked.key, row.rowNumber);
    run.warn(row.rowNumber, checked.warnings);
    if (session.collectsAll) {
      collected.push({ rowNumber: row.rowNumber, value: checked.value });
      rawRows.set(row.rowNumber, row);
    } else {
      batch.push(checked.value);
      if (batch.length >= batchSize) await flush();
    }
    if (run.rowsRead % 1_000 === 0) progress();
  }
  if (session.collectsAll) {
    const { accepted, rejected } = session.finalize(collected, headerMap.present);
    for (const r of rejected) {
      const raw = rawRows.get(r.rowNumber);
      if (raw) await run.reject(raw, r.errors);
    }
    for (const a of accepted) {
      batch.push(a.value);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  await writing;
}

function duplicate(handler: ImportKindHandler, firstRow: number): FieldIssue {
  return {
    column: handler.keyColumns[0] ?? null,
    code: 'DUPLIKAT',
    message: `kunci (${handler.keyColumns.join(', ')}) sama dengan baris ${firstRow}; setiap data cukup satu baris. Hapus atau gabungkan salah satunya.`,
  };
}

function summarize(
  input: ImportInput,
  source: RowSource,
  headerMap: HeaderMap,
  run: ImportRun,
  flags: { written: boolean; dryRun: boolean; skipInvalid: boolean; started: number },
): ImportSummary {
  const notices = [...source.notices];
  const unknown = headerMap.unknown.filter((h) => headerKey(h) !== ERROR_COLUMN);
  if (unknown.length > 0) notices.push(`Kolom tidak dikenal diabaikan: ${unknown.join(', ')}.`);
  if (run.rowsRead === 0) notices.push('Berkas tidak berisi baris data.');
  return {
    kind: input.kind,
    instansiKode: input.instansiKode,
    file: path.basename(input.file),
    format: source.format,
    description: source.description,
    dryRun: flags.dryRun,
    skipInvalid: flags.skipInvalid,
    written: flags.written,
    rowsRead: run.rowsRead,
    ...run.counts,
    invalid: run.invalid,
    warnings: run.warnings,
    notices,
    issues: run.issues,
    issuesTruncated: run.issuesTruncated,
    errorsFile: input.errorsFile && run.invalid > 0 ? input.errorsFile : null,
    seconds: (performance.now() - flags.started) / 1000,
  };
}
