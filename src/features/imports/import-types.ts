import type { CellValue } from './normalize.js';

/** The kinds of import-format.md §2, in the order they are best imported. */
export const IMPORT_KINDS = [
  'unor',
  'pegawai',
  'riwayat-jabatan',
  'jabatan',
  'skp',
  'kompetensi',
  'potensi',
  'hukdis',
  'diklat',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type SourceFormat = 'csv' | 'xlsx' | 'json';

/** One row as the file holds it, keyed by the file's own header text; empty cells are null. */
export type RawRecord = Record<string, CellValue | null>;

export type SourceRow = {
  /** As the user sees it: the spreadsheet row (header = row 1), or the element's position in JSON. */
  rowNumber: number;
  record: RawRecord;
};

/** An opened input file: its rows streamed, never all in memory. */
export type RowSource = {
  format: SourceFormat;
  /** For the summary, e.g. `CSV (UTF-8, pemisah ";")`. */
  description: string;
  /** The header row of CSV and XLSX; JSON has none (keys come with each object). */
  headers: readonly string[] | null;
  rows: AsyncIterable<SourceRow>;
  /** How far the reader is into the file, for the progress bar. */
  bytesRead(): number;
  totalBytes: number;
  /** Things worth telling the user about the file (encoding guessed, sheet chosen); may grow while reading. */
  notices: string[];
  /** Added to a "required column missing" message, e.g. the workbook's sheet names. */
  hint?: string | undefined;
  /** Releases the file when the rows are not read to the end. */
  close(): void;
};

/** How a reader recognises the header row below title rows: it names a column of the kind. */
export type HeaderOptions = { isHeader?: (cells: readonly string[]) => boolean };

export type IssueSeverity = 'error' | 'warning';

/** A problem found in one cell (or row) of the file, before its location is known to the message. */
export type FieldIssue = {
  /** The canonical column (`tglLahir`), or null for the row as a whole. */
  column: string | null;
  code: string;
  /** What is wrong and what is expected, in Indonesian, quoting the value; without the location. */
  message: string;
};

/** A located issue, as reported to the user and written to the error file. */
export type ImportIssue = FieldIssue & {
  row: number;
  severity: IssueSeverity;
  /** The cell as the file has it, for an invalid row's column (the web preview shows it); else absent. */
  value?: string | null;
  /** The full sentence: `Baris 14, kolom tglLahir: "31-02-1985" bukan tanggal yang ada. …`. */
  text: string;
};

export type WriteCounts = { created: number; updated: number; unchanged: number };

export type ImportSummary = WriteCounts & {
  kind: ImportKind;
  instansiKode: string;
  /** The file's base name (never its folder: it may name a person's home). */
  file: string;
  format: SourceFormat;
  description: string;
  dryRun: boolean;
  skipInvalid: boolean;
  /** True when the valid rows were committed. */
  written: boolean;
  rowsRead: number;
  invalid: number;
  warnings: number;
  notices: string[];
  /** The first issues (errors and warnings), at most `ISSUE_LIST_LIMIT`; the error file holds every error. */
  issues: ImportIssue[];
  issuesTruncated: boolean;
  errorsFile: string | null;
  seconds: number;
};

export const ISSUE_LIST_LIMIT = 1_000;
