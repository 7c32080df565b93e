import type { CellValue } from '../normalize.js';
import { textCell } from './cells.js';
import type { Candidate } from './header-row.js';
import { attr, xmlDecode, xmlText, XmlError, type XmlHandler } from './xml-tokens.js';

/** Excel's own limit is 32,767 characters a cell; far more is a broken or hostile file, not data. */
export const MAX_CELL_CHARS = 1_000_000;
/** Column XFD, the last Excel has. */
const MAX_COLUMNS = 16_384;
/** 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 counting the Lotus leap day, 1904-01-01 in the 1904 system) to 1970. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * An Excel serial as the date (and time) it shows, in UTC as exceljs gives it. 1900 system: Excel counts
 * the nonexistent 29-02-1900 (serial 60, inherited from Lotus 1-2-3), so serials before it are a day
 * later than a plain count from 1899-12-30. 1904 system (`date1904`, old Mac workbooks): 0 = 1904-01-01.
 * Null for a serial no date has (negative or past 9999).
 */
export function excelDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const days = date1904 ? serial + DAYS_1900_TO_1904 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** The 0-based column of a cell reference (`C12` → 2), or -1 when it has no column letters. */
export function columnIndex(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return i === 0 ? -1 : column - 1;
}

/** An ISO 8601 date cell (`t="d"`, strict OOXML); without a zone it is read as UTC, like Excel's dates. */
function isoCell(text: string): CellValue | null {
  const iso = text.trim();
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(iso) || /[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`,
  );
  return Number.isNaN(date.getTime()) ? textCell(iso) : date;
}

export type SheetContext = {
  /** Shared strings as cells hold them (`readSharedStrings`). */
  sharedStrings: readonly (string | null)[];
  /** By cell style index: the number format is a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
};

/**
 * A worksheet's rows from its XML events: `<row r>` (or the next number when `r` is missing), `<c r t s>`
 * (or the next column), values from `<v>` or an inline string's `<t>` runs. Rows are numbered as Excel shows
 * them and cells are dense (gaps are null), column A first. Finished rows wait in `rows` for the reader.
 */
export class SheetRowParser implements XmlHandler {
  readonly rows: Candidate[] = [];
  private rowNumber = 0;
  private cells: (CellValue | null)[] = [];
  private column = 0;
  private type = 'n';
  private style = 0;
  private raw = '';
  private hasValue = false;
  private inValue = false;
  private inInline = false;
  private phonetic = 0;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = attr(attrs, 'r');
        this.rowNumber = r === undefined ? this.rowNumber + 1 : Number(r);
        if (!Number.isInteger(this.rowNumber) || this.rowNumber < 1)
          throw new XmlError(`nomor baris "${r ?? ''}" tidak sah`);
        this.cells = [];
        this.column = 0;
        if (selfClosing) this.endRow();
        break;
      }
      case 'c': {
        const ref = attr(attrs, 'r');
        if (ref !== undefined) this.column = columnIndex(ref);
        if (this.column < 0 || this.column >= MAX_COLUMNS)
          throw new XmlError(`alamat sel "${ref ?? ''}" tidak sah`);
        this.type = attr(attrs, 't') ?? 'n';
        const s = attr(attrs, 's');
        this.style = s === undefined ? 0 : Number(s);
        this.raw = '';
        this.hasValue = false;
        if (selfClosing) this.endCell();
        break;
      }
      case 'v':
        this.startValue(selfClosing);
        break;
      case 'is':
        this.inInline = !selfClosing;
        this.hasValue = true;
        break;
      case 't':
        if (this.inInline && this.phonetic === 0) this.startValue(selfClosing);
        break;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        break;
      default:
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.inValue = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        this.endCell();
        break;
      case 'row':
        this.endRow();
        break;
      default:
    }
  }

  text(raw: string): void {
    if (!this.inValue) return;
    this.raw += raw;
    if (this.raw.length > MAX_CELL_CHARS)
      throw new XmlError(
        `sel di baris ${this.rowNumber} lebih dari ${MAX_CELL_CHARS.toLocaleString('id-ID')} karakter`,
      );
  }

  private startValue(selfClosing: boolean): void {
    this.hasValue = true;
    this.inValue = !selfClosing;
  }

  private endCell(): void {
    const cells = this.cells;
    while (cells.length < this.column) cells.push(null);
    cells[this.column] = this.hasValue ? this.value() : null;
    this.column++;
  }

  private endRow(): void {
    this.rows.push({ rowNumber: this.rowNumber, cells: this.cells });
    this.cells = [];
  }

  /** The cell's value by its type: shared/inline/formula string, boolean, error, ISO date, or number. */
  private value(): CellValue | null {
    const raw = this.raw;
    switch (this.type) {
      case 's': {
        const index = Number(raw);
        const strings = this.context.sharedStrings;
        if (!Number.isInteger(index) || index < 0 || index >= strings.length)
          throw new XmlError(
            `sel di baris ${this.rowNumber} merujuk teks bersama nomor ${raw} yang tidak ada`,
          );
        return strings[index] ?? null;
      }
      case 'str':
      case 'inlineStr':
        return textCell(xmlText(raw));
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return textCell(xmlDecode(raw));
      case 'd':
        return isoCell(xmlDecode(raw));
      default:
        return this.number(raw);
    }
  }

  private number(raw: string): CellValue | null {
    const text = raw.trim();
    if (text === '') return null;
    const value = Number(text);
    if (Number.isNaN(value)) return textCell(xmlText(raw));
    if (this.context.dateStyles[this.style] !== true) return value;
    return excelDate(value, this.context.date1904) ?? value;
  }
}
