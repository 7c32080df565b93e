import { crc32, deflateRawSync } from 'node:zlib';

/** Test files only: a zip built by hand, to reach the archive layouts exceljs never writes. */

export type ZipLayout = {
  /** Entries stored uncompressed (method 0) instead of deflated. */
  store?: boolean;
  /** Sizes and CRC after the data (general-purpose bit 3), zeros in the local header, as streaming writers do. */
  dataDescriptor?: boolean;
  /** Zip64 extra fields and end records, as writers produce for archives over 4 GB. */
  zip64?: boolean;
  /** The "encrypted" flag set (the data itself is left as is: the reader must refuse before inflating). */
  encrypted?: boolean;
};

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

export function buildZip(files: Record<string, string | Buffer>, layout: ZipLayout = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    chunks.push(b);
    offset += b.length;
  };
  const flags = (layout.dataDescriptor ? 0x8 : 0) | (layout.encrypted ? 0x1 : 0) | 0x800;
  const method = layout.store ? 0 : 8;
  const FF = 0xffffffff;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = layout.store ? data : deflateRawSync(data);
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const localOffset = offset;
    const z64 = layout.zip64;
    const localExtra = z64
      ? Buffer.concat([u16(1), u16(16), u64(data.length), u64(packed.length)])
      : Buffer.alloc(0);
    const inLocal = (n: number) => (layout.dataDescriptor ? 0 : z64 ? FF : n);
    push(
      Buffer.concat([
        u32(0x04034b50),
        u16(z64 ? 45 : 20),
        u16(flags),
        u16(method),
        u32(0),
        u32(layout.dataDescriptor ? 0 : crc),
        u32(inLocal(packed.length)),
        u32(inLocal(data.length)),
        u16(nameBytes.length),
        u16(localExtra.length),
        nameBytes,
        localExtra,
      ]),
    );
    push(packed);
    if (layout.dataDescriptor)
      push(
        Buffer.concat([
          u32(0x08074b50),
          u32(crc),
          ...(z64 ? [u64(packed.length), u64(data.length)] : [u32(packed.length), u32(data.length)]),
        ]),
      );
    const centralExtra = z64
      ? Buffer.concat([u16(1), u16(24), u64(data.length), u64(packed.length), u64(localOffset)])
      : Buffer.alloc(0);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(z64 ? 45 : 20),
        u16(z64 ? 45 : 20),
        u16(flags),
        u16(method),
        u32(0),
        u32(crc),
        u32(z64 ? FF : packed.length),
        u32(z64 ? FF : data.length),
        u16(nameBytes.length),
        u16(centralExtra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(z64 ? FF : localOffset),
        nameBytes,
        centralExtra,
      ]),
    );
  }
  const cdOffset = offset;
  const cd = Buffer.concat(central);
  push(cd);
  const count = central.length;
  if (layout.zip64) {
    const recordOffset = offset;
    push(
      Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(count),
        u64(count),
        u64(cd.length),
        u64(cdOffset),
      ]),
    );
    push(Buffer.concat([u32(0x07064b50), u32(0), u64(recordOffset), u32(1)]));
  }
  const z = layout.zip64;
  push(
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(z ? 0xffff : count),
      u16(z ? 0xffff : count),
      u32(z ? 0xffffffff : cd.length),
      u32(z ? 0xffffffff : cdOffset),
      u16(0),
    ]),
  );
  return Buffer.concat(chunks);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The smallest workbook Excel opens: one sheet given as its `<sheetData>` inner XML, an optional styles
 * part (`cellXfs` number-format ids and custom formats) and the 1904 flag. No shared strings.
 */
export function minimalXlsx(
  sheetData: string,
  options: {
    date1904?: boolean;
    cellXfs?: number[];
    numFmts?: Record<number, string>;
    layout?: ZipLayout;
  } = {},
): Buffer {
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Lembar1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${options.cellXfs ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : ''}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (options.cellXfs) {
    const fmts = Object.entries(options.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`)
      .join('');
    files['xl/styles.xml'] =
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>${fmts}</numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs>${options.cellXfs.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join('')}</cellXfs></styleSheet>`;
  }
  return buildZip(files, options.layout);
}
