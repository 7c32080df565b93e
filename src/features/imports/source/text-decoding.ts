import { TextDecoder } from 'node:util';
import { AppError } from '../../../platform/errors.js';

export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export type DecodeState = { encoding: TextEncodingName; sawBom: boolean };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Length of the incomplete UTF-8 sequence at the end of `buf` (0 when it ends on a boundary). */
function incompleteTail(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const byte = buf[buf.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte < 0x80) return 0;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function hasHighByte(buf: Uint8Array): boolean {
  for (const b of buf) if (b >= 0x80) return true;
  return false;
}

/** True when the bytes hold a well-formed multi-byte UTF-8 sequence (so they were not written as Latin-1). */
function hasUtf8Sequence(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i] ?? 0;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > buf.length) continue;
    let ok = true;
    for (let k = 1; k < length; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/**
 * Decodes a text file streamed as bytes (import-format.md §1: UTF-8 with or without BOM). Excel's other
 * exports are read too: UTF-16 with BOM ("Unicode Text"), and Windows-1252/Latin-1 when the bytes are not
 * UTF-8 and nothing before them was (`state.encoding` says which, for a notice). A NUL byte means the file
 * is binary, not text, and fails with FILE_INVALID, as does UTF-8 that breaks after valid accents.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  fileName: string,
  state: DecodeState,
): AsyncGenerator<string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let legacy: TextDecoder | null = null;
  let utf16: TextDecoder | null = null;
  let decided = false; // true once a valid multi-byte UTF-8 sequence (or a BOM) was seen
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  let offset = 0;

  for await (const chunk of bytes) {
    let buf: Uint8Array = chunk;
    if (first) {
      first = false;
      if (buf[0] === 0xff && buf[1] === 0xfe) utf16 = new TextDecoder('utf-16le');
      else if (buf[0] === 0xfe && buf[1] === 0xff) utf16 = new TextDecoder('utf-16be');
      if (utf16) {
        state.encoding = 'UTF-16';
        state.sawBom = true;
        buf = buf.subarray(2);
      } else if (UTF8_BOM.every((b, i) => buf[i] === b)) {
        state.sawBom = true;
        decided = true;
        buf = buf.subarray(3);
      }
    }
    if (utf16) {
      yield utf16.decode(buf, { stream: true });
      continue;
    }
    if (buf.indexOf(0) !== -1) {
      throw new AppError(
        'FILE_INVALID',
        `Berkas ${fileName} bukan berkas teks (berisi byte NUL di sekitar byte ${offset + buf.indexOf(0)}). Impor menerima CSV (UTF-8), XLSX, atau JSON.`,
      );
    }
    offset += buf.length;
    if (legacy) {
      yield legacy.decode(buf);
      continue;
    }
    const all = pending.length > 0 ? Buffer.concat([pending, buf]) : buf;
    const cut = all.length - incompleteTail(all);
    const body = all.subarray(0, cut);
    try {
      const text = utf8.decode(body);
      if (!decided && hasHighByte(body)) decided = true;
      pending = all.subarray(cut);
      yield text;
    } catch {
      if (decided || hasUtf8Sequence(all)) throw notUtf8(fileName, offset);
      // Everything so far was ASCII, which Windows-1252 reads the same way: read the rest as Windows-1252.
      legacy = new TextDecoder('windows-1252');
      state.encoding = 'Windows-1252';
      pending = new Uint8Array(0);
      yield legacy.decode(all);
    }
  }
  if (utf16) {
    yield utf16.decode();
  } else if (pending.length > 0) {
    if (decided) throw notUtf8(fileName, offset);
    state.encoding = 'Windows-1252';
    yield new TextDecoder('windows-1252').decode(pending);
  }
}

function notUtf8(fileName: string, offset: number): AppError {
  return new AppError(
    'FILE_INVALID',
    `Berkas ${fileName} bukan UTF-8 yang sah (byte rusak di sekitar byte ${offset}). Simpan ulang sebagai "CSV UTF-8" lalu impor lagi.`,
  );
}
