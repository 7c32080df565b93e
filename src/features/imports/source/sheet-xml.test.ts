import { describe, expect, it } from 'vitest';
import type { Candidate } from './header-row.js';
import { columnIndex, excelDate, SheetRowParser, type SheetContext } from './sheet-rows.js';
import { isDateFormat, resolvePart } from './xlsx-parts.js';
import { attr, xmlText, XmlTokenizer, type XmlHandler } from './xml-tokens.js';

/** The pieces of the XLSX reader: XML tokens, cell types, dates, number formats, part names. */

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('Excel serials as dates', () => {
  it.each([
    // [serial, 1904 system, expected] — ECMA-376 part 1 §18.17.4 (date systems), Excel's own display.
    [1, false, utc(1900, 1, 1)],
    [59, false, utc(1900, 2, 28)], // before the Lotus leap day Excel counts
    [61, false, utc(1900, 3, 1)],
    [25_569, false, utc(1970, 1, 1)],
    [31_213, false, utc(1985, 6, 15)],
    [45_658.5, false, utc(2025, 1, 1, 12)],
    [2_958_465, false, utc(9999, 12, 31)],
    [0, true, utc(1904, 1, 1)],
    [29_751, true, utc(1985, 6, 15)], // 31,213 − 1,462
    [44_196.25, true, utc(2025, 1, 1, 6)],
  ] as const)('serial %d (1904: %s) is %s', (serial, date1904, expected) => {
    expect(excelDate(serial, date1904)).toEqual(expected);
  });

  it.each([-1, 2_958_466, Number.NaN])('serial %d is no date', (serial) => {
    expect(excelDate(serial, false)).toBeNull();
  });
});

describe('number formats that show dates', () => {
  it.each([
    ['dd-mm-yyyy', true],
    ['DD/MM/YYYY', true],
    ['[$-421]d mmmm yyyy;@', true],
    ['h:mm:ss AM/PM', true],
    ['[h]:mm', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "hari"', false],
    ['"Rp"#,##0;[Red]-"Rp"#,##0', false],
    ['0\\d', false], // an escaped literal d
    ['@', false],
    ['0.00E+00', false],
  ])('%s → %s', (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });
});

describe('the XML tokenizer', () => {
  const xml =
    '<?xml version="1.0"?><!-- a > b --><x:root a="1>2" b=\'q"\'><x:c r="A1" t="s"/>t&amp;x<![CDATA[<&>]]></x:root>';
  const events = (chunks: string[]) => {
    const out: string[] = [];
    const handler: XmlHandler = {
      open: (n, a, s) => out.push(`open ${n}${a}${s ? ' /' : ''}`),
      close: (n) => out.push(`close ${n}`),
      text: (t) =>
        out[out.length - 1]?.startsWith('text ') ? (out[out.length - 1] += t) : out.push(`text ${t}`),
    };
    const tokenizer = new XmlTokenizer(handler);
    chunks.forEach((c) => tokenizer.feed(c));
    tokenizer.end();
    return out;
  };

  it('gives the same events whatever the chunk boundaries', () => {
    const whole = events([xml]);
    expect(whole).toEqual([
      `open root a="1>2" b='q"'`,
      'open c r="A1" t="s" /',
      'text t&amp;x&lt;&amp;>',
      'close root',
    ]);
    expect(events([...xml])).toEqual(whole);
  });

  it.each([
    ['a tag cut short', '<root><c r="A1"'],
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE x [<!ENTITY a "b">]><x/>'],
  ])('refuses %s', (_label, text) => {
    expect(() => events([text])).toThrow(/XML terpotong|DOCTYPE/);
  });

  it.each([
    [' r="A1" t="s"', 'r', 'A1'],
    [' r="A1" t="s"', 't', 's'],
    [' xml:space="preserve" s="3"', 's', '3'],
    [' name="A &amp; B" r:id="rId2"', 'r:id', 'rId2'],
    [' name="A &amp; B"', 'name', 'A & B'],
    [" t = 'n'", 't', 'n'],
    [' rt="1"', 't', undefined],
  ])('attr(%j, %s) = %j', (attrs, name, value) => {
    expect(attr(attrs, name)).toBe(value);
  });

  it.each([
    ['a &lt;b&gt; &#233;&#x41;', 'a <b> éA'],
    ['baris_x000D_\nbaru', 'baris\r\nbaru'],
    ['_x005F_x0041_', '_x0041_'],
  ])('decodes %j', (raw, text) => {
    expect(xmlText(raw)).toBe(text);
  });
});

describe('sheet rows', () => {
  const context: SheetContext = {
    sharedStrings: ['Budi', null, 'Siti'],
    dateStyles: [false, true],
    date1904: false,
  };
  const parse = (sheetData: string, ctx = context): Candidate[] => {
    const parser = new SheetRowParser(ctx);
    const tokenizer = new XmlTokenizer(parser);
    tokenizer.feed(sheetData);
    tokenizer.end();
    return parser.rows;
  };

  it.each([
    ['a shared string', '<c r="A1" t="s"><v>2</v></c>', ['Siti']],
    ['an empty shared string', '<c r="A1" t="s"><v>1</v></c>', [null]],
    ['a formula string', '<c r="A1" t="str"><f>A2</f><v> x &amp; y </v></c>', ['x & y']],
    [
      'an inline string in rich runs, phonetic guide left out',
      '<c r="A1" t="inlineStr"><is><r><t>Ab</t></r><r><t xml:space="preserve">c d</t></r><rPh><t>x</t></rPh></is></c>',
      ['Abc d'],
    ],
    ['booleans', '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>', [true, false]],
    ['an error', '<c r="A1" t="e"><v>#N/A</v></c>', ['#N/A']],
    [
      'a number',
      '<c r="A1"><v>3.5</v></c><c r="B1" t="n"><v>198506152010011001</v></c>',
      [3.5, 198506152010011000],
    ],
    ['a date-styled number', '<c r="A1" s="1"><v>31213</v></c>', [utc(1985, 6, 15)]],
    ['a date-styled formula result', '<c r="A1" s="1"><f>TODAY()</f><v>45658</v></c>', [utc(2025, 1, 1)]],
    ['an ISO date cell', '<c r="A1" t="d"><v>1985-06-15</v></c>', [utc(1985, 6, 15)]],
    ['a formula without a cached value', '<c r="A1"><f>1+1</f></c>', [null]],
    [
      'empty cells and gaps',
      '<c r="A1" s="1"/><c r="C1"><v>1</v></c><c r="E1"><v></v></c>',
      [null, null, 1, null, null],
    ],
    [
      'missing references (next column)',
      '<c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c>',
      [1, null, 3, 4],
    ],
    ['the formula guard of our exports', '<c r="A1" t="str"><v>\'=SUM(A1)</v></c>', ['=SUM(A1)']],
  ])('reads %s', (_label, cells, values) => {
    expect(parse(`<row r="1">${cells}</row>`)).toEqual([{ rowNumber: 1, cells: values }]);
  });

  it('numbers rows by `r`, else one after the previous; an empty row is still a row', () => {
    const rows = parse('<row r="3"><c><v>1</v></c></row><row><c><v>2</v></c></row><row r="9"/><row/>');
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [3, [1]],
      [4, [2]],
      [9, []],
      [10, []],
    ]);
  });

  it('reads serials as 1904 dates when the workbook says so', () => {
    const rows = parse('<row><c s="1"><v>29751</v></c></row>', { ...context, date1904: true });
    expect(rows[0]?.cells).toEqual([utc(1985, 6, 15)]);
  });

  it.each([
    ['a shared string that does not exist', '<row><c t="s"><v>7</v></c></row>', /teks bersama nomor 7/],
    ['a column past XFD', '<row><c r="XFE1"><v>1</v></c></row>', /alamat sel "XFE1"/],
    [
      'a cell of 2,000,000 characters',
      `<row><c t="str"><v>${'x'.repeat(2_000_000)}</v></c></row>`,
      /lebih dari 1\.000\.000 karakter/,
    ],
  ])('refuses %s', (_label, xml, message) => {
    expect(() => parse(xml)).toThrow(message);
  });

  it.each([
    ['A1', 0],
    ['z9', 25],
    ['AA10', 26],
    ['XFD1048576', 16_383],
    ['12', -1],
  ])('column of %s is %d', (ref, column) => {
    expect(columnIndex(ref)).toBe(column);
  });

  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/workbook.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ])('resolves %s → %s as %s', (from, target, part) => {
    expect(resolvePart(from, target)).toBe(part);
  });
});
