import { StringDecoder } from 'node:string_decoder';
import { textCell } from './cells.js';
import { ZipError, type ZipArchive, type ZipEntry } from './zip-archive.js';
import { attr, xmlText, XmlTokenizer, type XmlHandler } from './xml-tokens.js';

/**
 * The shared-string table is held in memory (cells refer to it by index, in any order); an uncompressed
 * sharedStrings.xml larger than this is refused rather than allowed to exhaust memory.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 2 ** 20;
/** Workbook, relationships and styles are small; more than this is not a spreadsheet's metadata. */
const MAX_SMALL_PART_BYTES = 64 * 2 ** 20;

export type PartOptions = { maxBytes?: number; onCompressed?: (bytes: number) => void };

/**
 * Streams an XML part through a handler, decoding UTF-8 across chunk boundaries; yields after each chunk,
 * so a caller can take what the handler collected (rows) before the next one is read.
 */
export async function* tokenizeChunks(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: XmlHandler,
  options: PartOptions = {},
): AsyncGenerator<void> {
  const tokenizer = new XmlTokenizer(handler);
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  for await (const chunk of zip.read(entry, options.onCompressed)) {
    bytes += chunk.length;
    if (options.maxBytes !== undefined && bytes > options.maxBytes)
      throw new ZipError(`bagian ${entry.name} lebih dari ${Math.round(options.maxBytes / 2 ** 20)} MB`);
    tokenizer.feed(decoder.write(chunk));
    yield;
  }
  tokenizer.feed(decoder.end());
  tokenizer.end();
}

/** A whole XML part through a handler. */
export async function tokenizePart(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: XmlHandler,
  options: PartOptions = {},
): Promise<void> {
  for await (const _ of tokenizeChunks(zip, entry, handler, options));
}

/** Collects `open` events only: enough for workbook, relationships and styles. */
async function openTags(
  zip: ZipArchive,
  entry: ZipEntry,
  visit: (name: string, attrs: string, path: readonly string[]) => void,
): Promise<void> {
  const path: string[] = [];
  await tokenizePart(
    zip,
    entry,
    {
      open(name, attrs, selfClosing) {
        visit(name, attrs, path);
        if (!selfClosing) path.push(name);
      },
      close: () => void path.pop(),
      text() {},
    },
    { maxBytes: MAX_SMALL_PART_BYTES },
  );
}

/** A relationship target resolved against the folder of the part that names it (`xl/` + `worksheets/…`). */
export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

export type Relationship = { type: string; part: string };

/** `_rels/<part>.rels`: relationship id → type (its last path segment, `worksheet`) and target part. */
export async function readRelationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  const entry = zip.entry(relsName);
  if (!entry) return rels;
  await openTags(zip, entry, (name, attrs) => {
    if (name !== 'Relationship') return;
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id === undefined || target === undefined || attr(attrs, 'TargetMode') === 'External') return;
    const type = attr(attrs, 'Type') ?? '';
    rels.set(id, { type: type.slice(type.lastIndexOf('/') + 1), part: resolvePart(part, target) });
  });
  return rels;
}

export type WorkbookSheet = { name: string; part: string | undefined; isWorksheet: boolean };
export type Workbook = { sheets: WorkbookSheet[]; date1904: boolean; rels: Map<string, Relationship> };

/** `xl/workbook.xml`: the sheets in tab order with their parts, and whether dates count from 1904. */
export async function readWorkbook(zip: ZipArchive, part: string, entry: ZipEntry): Promise<Workbook> {
  const rels = await readRelationships(zip, part);
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  await openTags(zip, entry, (name, attrs) => {
    if (name === 'workbookPr') {
      const value = attr(attrs, 'date1904');
      date1904 = value === '1' || value === 'true';
    } else if (name === 'sheet') {
      // The relationship id is namespaced (`r:id`, prefix chosen by the writer).
      const id = attr(attrs, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
      const rel = id === undefined ? undefined : rels.get(id);
      sheets.push({
        name: attr(attrs, 'name') ?? '',
        part: rel?.part,
        isWorksheet: rel?.type === 'worksheet',
      });
    }
  });
  return { sheets, date1904, rels };
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30; 27–36 and 50–58 in East-Asian locales). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * A custom number format shows a date when, outside quoted text, `[...]` (colour, locale, elapsed time
 * conditions) and escaped characters, it uses a date or time token: y, m, d, h, s (any case) or b (Buddhist year).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhsb]/i.test(bare);
}

/** `xl/styles.xml`: for each cell style index (`s`), whether its number format is a date. */
export async function readDateStyles(zip: ZipArchive, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  await openTags(zip, entry, (name, attrs, path) => {
    if (name === 'numFmt') custom.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
    else if (name === 'xf' && path[path.length - 1] === 'cellXfs')
      formats.push(Number(attr(attrs, 'numFmtId') ?? 0));
  });
  return formats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/**
 * `xl/sharedStrings.xml`, in memory: each string as a cell will hold it (`textCell`: trimmed, empty → null),
 * the text of rich-text runs joined, phonetic guides (`rPh`) left out.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (!entry) return strings;
  let raw = '';
  let inText = false;
  let phonetic = 0;
  await tokenizePart(
    zip,
    entry,
    {
      open(name, _attrs, selfClosing) {
        if (selfClosing) {
          if (name === 'si') strings.push(null);
        } else if (name === 'si') raw = '';
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') strings.push(textCell(xmlText(raw)));
      },
      text(text) {
        if (inText) raw += text;
      },
    },
    { maxBytes: MAX_SHARED_STRINGS_BYTES },
  );
  return strings;
}
