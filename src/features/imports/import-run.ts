import { ErrorFileSpool } from './error-file.js';
import { headerKey } from './headers.js';
import {
  ISSUE_LIST_LIMIT,
  type FieldIssue,
  type ImportIssue,
  type IssueSeverity,
  type RawRecord,
  type SourceFormat,
  type SourceRow,
  type WriteCounts,
} from './import-types.js';

/** Where a row is, as the user finds it: `Baris 14` in a sheet or CSV (header = 1), `Data ke-3` in JSON. */
export function rowLabel(format: SourceFormat, row: number): string {
  return format === 'json' ? `Data ke-${row}` : `Baris ${row}`;
}

/** The full sentence of an issue: `Baris 14, kolom tglLahir: "31-02-1985" bukan tanggal yang ada. …`. */
export function issueText(format: SourceFormat, row: number, issue: FieldIssue): string {
  const where = rowLabel(format, row);
  return issue.column === null
    ? `${where}: ${issue.message}`
    : `${where}, kolom ${issue.column}: ${issue.message}`;
}

/**
 * The bookkeeping of one import: counts, the issues (all passed to `onIssue`, the first ones kept for the
 * summary), and the error file's rows.
 */
export class ImportRun {
  rowsRead = 0;
  invalid = 0;
  warnings = 0;
  counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  readonly issues: ImportIssue[] = [];
  issuesTruncated = false;
  readonly spool: ErrorFileSpool | null;

  constructor(
    private readonly format: SourceFormat,
    headers: readonly string[] | null,
    withErrorFile: boolean,
    private readonly onIssue?: (issue: ImportIssue) => void,
  ) {
    this.spool = withErrorFile ? new ErrorFileSpool(headers) : null;
  }

  private report(row: number, issue: FieldIssue, severity: IssueSeverity, record?: RawRecord): ImportIssue {
    const located: ImportIssue = { ...issue, row, severity, text: issueText(this.format, row, issue) };
    if (record && issue.column !== null) located.value = cellOf(record, issue.column);
    if (this.issues.length < ISSUE_LIST_LIMIT) this.issues.push(located);
    else this.issuesTruncated = true;
    this.onIssue?.(located);
    return located;
  }

  warn(row: number, issues: readonly FieldIssue[]): void {
    for (const issue of issues) {
      this.warnings++;
      this.report(row, issue, 'warning');
    }
  }

  /** An invalid row: every error reported, and the original row kept for the error file. */
  async reject(row: SourceRow, errors: readonly FieldIssue[]): Promise<void> {
    this.invalid++;
    const texts = errors.map((e) => this.report(row.rowNumber, e, 'error', row.record).text);
    await this.spool?.add(row.record, texts.join(' | '));
  }

  add(counts: WriteCounts): void {
    this.counts = {
      created: this.counts.created + counts.created,
      updated: this.counts.updated + counts.updated,
      unchanged: this.counts.unchanged + counts.unchanged,
    };
  }
}

/** The cell of a canonical column in a row as the file has it (headers matched as import-format.md §1). */
function cellOf(record: RawRecord, column: string): string | null {
  const key = headerKey(column);
  for (const header in record) {
    if (headerKey(header) !== key) continue;
    const value = record[header];
    if (value === null || value === undefined) return null;
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  return null;
}
