import { AppError } from '../../../platform/errors.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits CSV text, fed in chunks, into records (RFC 4180: `"` quotes, `""` inside quotes is a quote,
 * CRLF/LF/CR line ends, line breaks allowed inside quotes). Lenient where spreadsheets are: a quote inside
 * an unquoted cell is kept as text, and so is text after a closing quote. A record longer than `maxChars`
 * fails (a 10 MB "line" is not a table row), as does a quote left open at the end.
 *
 * Hand-written rather than csv-parse for speed: the import spends its time in the database, not here
 * (100,000 rows in ~0.2 s instead of ~1.5 s).
 */
export class CsvRecordSplitter {
  private readonly delimiter: number;
  private field = '';
  private record: string[] = [];
  private recordChars = 0;
  private inQuotes = false;
  private quotePending = false;
  private crPending = false;
  /** 1-based index of the record being read (the header is record 1). */
  private recordIndex = 1;

  constructor(
    delimiter: string,
    private readonly fileName: string,
    private readonly maxChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  private tooLong(): AppError {
    return new AppError(
      'FILE_INVALID',
      `Berkas CSV ${this.fileName} rusak di baris ${this.recordIndex}: satu baris lebih dari ${this.maxChars.toLocaleString('id-ID')} karakter (tanda kutip yang tidak ditutup, atau bukan berkas tabel).`,
    );
  }

  private endRecord(out: string[][]): void {
    this.record.push(this.field);
    out.push(this.record);
    this.record = [];
    this.field = '';
    this.recordChars = 0;
    this.recordIndex++;
  }

  /** Feeds a chunk; returns the records completed in it. */
  feed(text: string): string[][] {
    const out: string[][] = [];
    const n = text.length;
    let i = 0;
    if (this.crPending) {
      this.crPending = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quotePending) {
      this.quotePending = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c !== QUOTE) {
          i++;
          continue;
        }
        this.field += text.slice(start, i);
        if (i + 1 === n) {
          this.quotePending = true; // `""` or a closing quote: the next chunk tells
          start = n;
          break;
        }
        if (text.charCodeAt(i + 1) === QUOTE) {
          this.field += '"';
          i += 2;
        } else {
          this.inQuotes = false;
          i++;
        }
        start = i;
        continue;
      }
      if (c === this.delimiter) {
        this.field += text.slice(start, i);
        this.recordChars += this.field.length;
        this.record.push(this.field);
        this.field = '';
        start = ++i;
      } else if (c === LF || c === CR) {
        this.field += text.slice(start, i);
        this.endRecord(out);
        if (c === CR) {
          if (i + 1 === n) this.crPending = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        start = ++i;
      } else if (c === QUOTE && start === i && this.field === '') {
        this.inQuotes = true;
        start = ++i;
      } else {
        i++;
      }
    }
    if (start < n) this.field += text.slice(start);
    if (this.recordChars + this.field.length > this.maxChars) throw this.tooLong();
    return out;
  }

  /** The last record when the text does not end with a line break; fails on an open quote. */
  end(): string[][] {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      throw new AppError(
        'FILE_INVALID',
        `Berkas CSV ${this.fileName} rusak: tanda kutip (") di baris ${this.recordIndex} dibuka tetapi tidak pernah ditutup.`,
      );
    }
    if (this.field === '' && this.record.length === 0) return [];
    const out: string[][] = [];
    this.endRecord(out);
    return out;
  }
}
