import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';

/** Why a zip cannot be read; the XLSX reader words it for the user (FILE_INVALID). */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CHUNK = 256 * 1024;

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** Where the archive's bytes are: a file on disk (read by offset) or a buffer already in memory. */
type Bytes = {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  stream(start: number, length: number): Readable;
  close(): Promise<void>;
};

function fileBytes(path: string, handle: FileHandle, size: number): Bytes {
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
    stream: (start, length) =>
      length === 0
        ? Readable.from([])
        : createReadStream(path, { start, end: start + length - 1, highWaterMark: CHUNK }),
    close: () => handle.close(),
  };
}

function bufferBytes(buffer: Buffer): Bytes {
  return {
    size: buffer.length,
    read: (offset, length) => Promise.resolve(buffer.subarray(offset, offset + length)),
    stream: (start, length) =>
      Readable.from(
        (function* () {
          for (let at = start; at < start + length; at += CHUNK)
            yield buffer.subarray(at, Math.min(at + CHUNK, start + length));
        })(),
      ),
    close: () => Promise.resolve(),
  };
}

/** The end-of-central-directory record, searched backwards over the longest possible comment. */
function findEnd(
  tail: Buffer,
  tailStart: number,
): { at: number; count: number; cdSize: number; cdOffset: number } {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    if (i + 22 + tail.readUInt16LE(i + 20) > tail.length) continue;
    return {
      at: tailStart + i,
      count: tail.readUInt16LE(i + 10),
      cdSize: tail.readUInt32LE(i + 12),
      cdOffset: tail.readUInt32LE(i + 16),
    };
  }
  throw new ZipError('terpotong atau rusak: akhir arsip zip tidak ditemukan');
}

/** Zip64 (archives over 4 GB or 65,535 entries): the real counts are in a record the locator points to. */
async function zip64End(
  bytes: Bytes,
  eocdAt: number,
): Promise<{ count: number; cdSize: number; cdOffset: number }> {
  const locator = await bytes.read(eocdAt - 20, 20);
  if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR)
    throw new ZipError('terpotong atau rusak: penanda zip64 tidak ditemukan');
  const record = await bytes.read(Number(locator.readBigUInt64LE(8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD)
    throw new ZipError('terpotong atau rusak: akhir arsip zip64 tidak ditemukan');
  return {
    count: Number(record.readBigUInt64LE(32)),
    cdSize: Number(record.readBigUInt64LE(40)),
    cdOffset: Number(record.readBigUInt64LE(48)),
  };
}

/** Sizes and offset that do not fit 32 bits are 0xFFFFFFFF in the entry and 64-bit in its extra field 0x0001. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const next = () => {
        if (at + 8 > i + 4 + length) throw new ZipError('rusak: data zip64 sebuah entri tidak lengkap');
        const value = Number(extra.readBigUInt64LE(at));
        at += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    i += 4 + length;
  }
}

function parseCentral(cd: Buffer, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
      throw new ZipError('rusak: daftar isi arsip zip tidak terbaca');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: cd.toString('utf8', at + 46, at + 46 + nameLength),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      localOffset: cd.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    // Part names are case-insensitive in OPC, and some writers put a leading slash.
    entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A zip archive read from its central directory: entries are found by name and inflated as streams, never
 * held whole. Sizes and CRC come from the directory, so entries written with data descriptors (sizes after
 * the data, as streaming writers do) read like any other; every entry's length and CRC are checked.
 */
export class ZipArchive {
  private constructor(
    private readonly bytes: Bytes,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(source: string | Buffer): Promise<ZipArchive> {
    const bytes = typeof source === 'string' ? await openFile(source) : bufferBytes(source);
    try {
      const tailLength = Math.min(bytes.size, MAX_COMMENT + 22);
      const tailStart = bytes.size - tailLength;
      const end = findEnd(await bytes.read(tailStart, tailLength), tailStart);
      const { count, cdSize, cdOffset } =
        end.count === 0xffff || end.cdSize === 0xffffffff || end.cdOffset === 0xffffffff
          ? await zip64End(bytes, end.at)
          : end;
      if (cdOffset + cdSize > end.at)
        throw new ZipError('terpotong atau rusak: akhir arsip zip tidak ditemukan');
      return new ZipArchive(bytes, parseCentral(await bytes.read(cdOffset, cdSize), count));
    } catch (error) {
      await bytes.close();
      throw error;
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /**
   * The entry's content as it inflates, chunk by chunk. `onCompressed` reports the compressed bytes
   * read so far (for a progress bar over the file).
   */
  async *read(entry: ZipEntry, onCompressed?: (bytes: number) => void): AsyncGenerator<Buffer> {
    if (entry.flags & 0x1) throw new ZipError(`terenkripsi (berkas dilindungi kata sandi)`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError(`bagian ${entry.name} dimampatkan dengan metode ${entry.method} yang tidak dikenal`);
    const local = await this.bytes.read(entry.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
      throw new ZipError(`rusak: bagian ${entry.name} tidak ditemukan di tempatnya`);
    const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > this.bytes.size)
      throw new ZipError('terpotong: isi arsip tidak lengkap');
    const raw = this.bytes.stream(start, entry.compressedSize);
    const deflated = entry.method === 8;
    let compressed = 0;
    // pipe() reads `data` events too: a second listener sees the same chunks.
    if (deflated) raw.on('data', (chunk: Buffer) => onCompressed?.((compressed += chunk.length)));
    const inflated = deflated ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
    if (deflated) raw.on('error', (error) => inflated.destroy(error));
    let size = 0;
    let crc = 0;
    try {
      for await (const chunk of inflated as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > entry.size)
          throw new ZipError(`rusak: bagian ${entry.name} lebih panjang dari yang tercatat`);
        crc = crc32(chunk, crc);
        if (!deflated) onCompressed?.(size);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`rusak: bagian ${entry.name} tidak bisa dibuka (${(error as Error).message})`);
    } finally {
      raw.destroy();
      inflated.destroy();
    }
    if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0)
      throw new ZipError(`rusak: isi bagian ${entry.name} tidak cocok dengan catatannya (CRC)`);
  }

  close(): Promise<void> {
    return this.bytes.close();
  }
}

async function openFile(path: string): Promise<Bytes> {
  const handle = await open(path, 'r');
  try {
    return fileBytes(path, handle, (await handle.stat()).size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}
