/** Why an XML part cannot be read; the XLSX reader words it for the user (FILE_INVALID). */
export class XmlError extends Error {}

/**
 * What a tokenizer reports. Names are local (a `x:` prefix is dropped); `attrs` is the raw text after
 * the name (read with `attr`); text is raw, entities still encoded (decode with `xmlText` when kept).
 */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

/** A tag longer than this is not spreadsheet XML (cell text arrives as text, outside tags). */
const MAX_TAG_CHARS = 1_000_000;

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
};

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The `>` closing the tag that starts at `lt`, skipping quoted attribute values; -1 when not in `text` yet. */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 62) return i;
    else if (code === 34 || code === 39) quote = code;
  }
  return -1;
}

/**
 * A small streaming XML tokenizer for spreadsheet parts: no DOM, no namespaces, no DTD (a DOCTYPE is
 * refused: OOXML has none, and entity expansion is how XML bombs work). Text is fed in chunks of any size;
 * an incomplete tag waits for the next chunk.
 */
export class XmlTokenizer {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const text = this.rest === '' ? chunk : this.rest + chunk;
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) {
        if (pos < text.length) h.text(text.slice(pos));
        pos = text.length;
        break;
      }
      if (lt > pos) h.text(text.slice(pos, lt));
      pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = this.special(text, lt);
        if (end === -1) break;
        pos = end;
        continue;
      }
      const gt = tagEnd(text, lt);
      if (gt === -1) break;
      if (next === 47 /* / */) h.close(localName(text.slice(lt + 2, gt).trim()));
      else {
        const selfClosing = text.charCodeAt(gt - 1) === 47;
        const innerEnd = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < innerEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
        h.open(localName(text.slice(lt + 1, nameEnd)), text.slice(nameEnd, innerEnd), selfClosing);
      }
      pos = gt + 1;
    }
    this.rest = pos < text.length ? text.slice(pos) : '';
    if (this.rest.length > MAX_TAG_CHARS) throw new XmlError('tag XML tidak pernah ditutup');
  }

  /** Comments, processing instructions and CDATA (its text kept, escaped as raw text is). */
  private special(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) return -1;
      this.handler.text(
        text
          .slice(lt + 9, end)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;'),
      );
      return end + 3;
    }
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (text.length - lt < 9) return -1;
    throw new XmlError('berisi deklarasi DOCTYPE, yang tidak ada di berkas Excel');
  }

  /** The part ended: an unfinished tag means the XML was cut short. */
  end(): void {
    if (this.rest.trim() !== '') throw new XmlError('XML terpotong');
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(match: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return ENTITIES[body] ?? match;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** XML text or attribute value with its entities decoded. */
export function xmlDecode(raw: string): string {
  return raw.indexOf('&') === -1 ? raw : raw.replace(/&(#[xX]?[0-9a-fA-F]+|[a-z]+);/g, entity);
}

/**
 * Cell text as Excel means it: XML entities, then OOXML's `_xHHHH_` escapes (how Excel stores control
 * characters such as the carriage return `_x000D_`; a literal `_x` sequence is itself written `_x005F_x`).
 */
export function xmlText(raw: string): string {
  const text = xmlDecode(raw);
  return text.indexOf('_x') === -1
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An attribute's decoded value from a tag's raw attribute text (`name` may carry a prefix, `r:id`). */
export function attr(attrs: string, name: string): string | undefined {
  for (let i = attrs.indexOf(name); i !== -1; i = attrs.indexOf(name, i + 1)) {
    if (i === 0 || !isSpace(attrs.charCodeAt(i - 1))) continue;
    let at = i + name.length;
    while (isSpace(attrs.charCodeAt(at))) at++;
    if (attrs.charCodeAt(at) !== 61 /* = */) continue;
    at++;
    while (isSpace(attrs.charCodeAt(at))) at++;
    const quote = attrs[at];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attrs.indexOf(quote, at + 1);
    return end === -1 ? undefined : xmlDecode(attrs.slice(at + 1, end));
  }
  return undefined;
}
