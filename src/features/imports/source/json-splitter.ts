import { AppError } from '../../../platform/errors.js';

/** One object of a JSON file is at most this long, like a CSV line (the file is refused, not held). */
export const MAX_ELEMENT_CHARS = 1_000_000;

type Purpose = 'row' | 'key' | 'skip';
type Capture = {
  kind: 'container' | 'string' | 'scalar';
  purpose: Purpose;
  parts: string[];
  length: number;
  depth: number;
  inString: boolean;
  escaped: boolean;
};

const isSpace = (ch: string) => ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';

/**
 * Splits a JSON text, fed in chunks, into the rows import-format.md §1 accepts: the elements of a top-level
 * array, or of SIASN's envelope `{ "data": [...] }`, or the one object of `{ "data": {...} }`. Other members
 * of the envelope are skipped. Only one row's text is held at a time, so memory does not grow with the file.
 */
export class JsonRowSplitter {
  private readonly stack: ('rows' | 'envelope')[] = [];
  private expect: 'top' | 'value' | 'key' | 'colon' | 'after' | 'end' = 'top';
  private key: string | null = null;
  private capture: Capture | null = null;
  private sawData = false;
  private rootWasEnvelope = false;
  /** Characters fed before the current chunk, and the position in it (for messages). */
  private offset = 0;
  private cursor = 0;

  constructor(private readonly fileName: string) {}

  private invalid(why: string): AppError {
    return new AppError(
      'FILE_INVALID',
      `Berkas JSON ${this.fileName} tidak sah di sekitar karakter ${this.offset + this.cursor}: ${why}. Isinya harus larik objek [ {...}, … ] atau {"data": [ … ]}.`,
    );
  }

  /** Feeds the next chunk; returns the rows completed in it. */
  feed(text: string): unknown[] {
    const rows: unknown[] = [];
    let i = 0;
    while (i < text.length) {
      if (this.capture) {
        i = this.continueCapture(text, i, rows);
        continue;
      }
      const ch = text.charAt(i);
      if (isSpace(ch)) {
        i++;
        continue;
      }
      this.cursor = i;
      const top = this.stack[this.stack.length - 1];
      switch (this.expect) {
        case 'top':
          if (ch === '[') this.open('rows');
          else if (ch === '{') this.open('envelope');
          else throw this.invalid('harus diawali [ atau {');
          i++;
          break;
        case 'key':
          if (ch === '}') {
            this.close();
            i++;
          } else if (ch === '"') this.start('string', 'key');
          else throw this.invalid('nama kunci diharapkan');
          break;
        case 'colon':
          if (ch !== ':') throw this.invalid('tanda : diharapkan');
          this.expect = 'value';
          i++;
          break;
        case 'value':
          if (top === 'rows' && ch === ']') {
            this.close();
            i++;
          } else if (top === 'envelope' && this.key === 'data' && ch === '[') {
            this.sawData = true;
            this.open('rows');
            i++;
          } else {
            const purpose: Purpose = top === 'rows' || this.key === 'data' ? 'row' : 'skip';
            if (this.key === 'data') this.sawData = true;
            this.start(ch === '{' || ch === '[' ? 'container' : ch === '"' ? 'string' : 'scalar', purpose);
          }
          break;
        case 'after':
          if (ch === ',') this.expect = top === 'rows' ? 'value' : 'key';
          else if ((top === 'rows' && ch === ']') || (top === 'envelope' && ch === '}')) this.close();
          else throw this.invalid('tanda , atau penutup diharapkan');
          i++;
          break;
        case 'end':
          throw this.invalid('ada data setelah akhir JSON');
      }
    }
    this.offset += text.length;
    this.cursor = 0;
    return rows;
  }

  /** Checks the text ended where a JSON document may end. */
  finish(): void {
    if (this.expect === 'top') throw this.invalid('berkas kosong');
    if (this.expect !== 'end' || this.capture) throw this.invalid('berkas terpotong (JSON tidak ditutup)');
    if (this.rootWasEnvelope && !this.sawData) throw this.invalid('objek tanpa kunci "data"');
  }

  private open(frame: 'rows' | 'envelope'): void {
    if (this.stack.length === 0 && frame === 'envelope') this.rootWasEnvelope = true;
    this.stack.push(frame);
    this.expect = frame === 'rows' ? 'value' : 'key';
    if (frame === 'envelope') this.key = null;
  }

  private close(): void {
    this.stack.pop();
    this.expect = this.stack.length === 0 ? 'end' : 'after';
  }

  private start(kind: Capture['kind'], purpose: Purpose): void {
    this.capture = { kind, purpose, parts: [], length: 0, depth: 0, inString: false, escaped: false };
  }

  /** Scans a captured value from `start`; returns where scanning stopped (the chunk's end or after the value). */
  private continueCapture(text: string, start: number, rows: unknown[]): number {
    const c = this.capture as Capture;
    this.cursor = start;
    let i = start;
    let end = -1;
    for (; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (c.kind === 'scalar') {
        if (ch === 44 || ch === 93 || ch === 125 || ch === 32 || ch === 10 || ch === 13 || ch === 9) {
          end = i;
          break;
        }
        continue;
      }
      if (c.inString) {
        if (c.escaped) c.escaped = false;
        else if (ch === 92) c.escaped = true;
        else if (ch === 34) {
          c.inString = false;
          if (c.kind === 'string') {
            end = i + 1;
            break;
          }
        }
        continue;
      }
      if (ch === 34) c.inString = true;
      else if (ch === 123 || ch === 91) c.depth++;
      else if (ch === 125 || ch === 93) {
        c.depth--;
        if (c.depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
    const piece = text.slice(start, end === -1 ? text.length : end);
    c.parts.push(piece);
    c.length += piece.length;
    if (c.length > MAX_ELEMENT_CHARS)
      throw this.invalid(`satu data lebih dari ${MAX_ELEMENT_CHARS.toLocaleString('id-ID')} karakter`);
    if (end === -1) return text.length;
    this.capture = null;
    this.complete(c, rows);
    return end;
  }

  private complete(c: Capture, rows: unknown[]): void {
    let value: unknown;
    try {
      value = JSON.parse(c.parts.join(''));
    } catch (error) {
      throw this.invalid((error as Error).message);
    }
    if (c.purpose === 'key') {
      this.key = String(value);
      this.expect = 'colon';
      return;
    }
    if (c.purpose === 'row') rows.push(value);
    this.expect = this.stack.length === 0 ? 'end' : 'after';
  }
}
