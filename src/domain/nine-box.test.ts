import { describe, expect, it } from 'vitest';
import {
  BOXES,
  BOX_RECOMMENDATIONS,
  boxName,
  boxOf,
  isBox,
  levelsOfBox,
  nineBoxGrid,
  recommendationText,
} from './nine-box.js';

describe('9-box numbering (PermenPANRB 3/2020; rules.md §3 [REG]; regulations.md §1.5)', () => {
  it.each([
    { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH', box: 4, source: 'rules.md §3 matrix, row 1 col 1' },
    {
      kinerja: 'DI_ATAS_EKSPEKTASI',
      potensial: 'MENENGAH',
      box: 7,
      source: 'rules.md §3 matrix, row 1 col 2',
    },
    { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', box: 9, source: 'rules.md §3 matrix, row 1 col 3' },
    { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', box: 2, source: 'rules.md §3 matrix, row 2 col 1' },
    {
      kinerja: 'SESUAI_EKSPEKTASI',
      potensial: 'MENENGAH',
      box: 5,
      source: 'rules.md §3 matrix, row 2 col 2',
    },
    { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI', box: 8, source: 'rules.md §3 matrix, row 2 col 3' },
    {
      kinerja: 'DI_BAWAH_EKSPEKTASI',
      potensial: 'RENDAH',
      box: 1,
      source: 'rules.md §3 matrix, row 3 col 1',
    },
    {
      kinerja: 'DI_BAWAH_EKSPEKTASI',
      potensial: 'MENENGAH',
      box: 3,
      source: 'rules.md §3 matrix, row 3 col 2',
    },
    {
      kinerja: 'DI_BAWAH_EKSPEKTASI',
      potensial: 'TINGGI',
      box: 6,
      source: 'rules.md §3 matrix, row 3 col 3',
    },
  ] as const)('$kinerja × $potensial → box $box ($source)', ({ kinerja, potensial, box }) => {
    expect(boxOf(kinerja, potensial)).toBe(box);
    expect(levelsOfBox(box)).toEqual({ performanceLevel: kinerja, potentialLevel: potensial });
  });

  it('grid rows top → bottom DI_ATAS, SESUAI, DI_BAWAH; columns RENDAH, MENENGAH, TINGGI (rules.md §3)', () => {
    expect(nineBoxGrid().map((row) => row.map((cell) => cell.box))).toEqual([
      [4, 7, 9],
      [2, 5, 8],
      [1, 3, 6],
    ]);
    const [top] = nineBoxGrid();
    expect(top?.[0]).toEqual({ box: 4, performanceLevel: 'DI_ATAS_EKSPEKTASI', potentialLevel: 'RENDAH' });
  });

  it.each([
    { value: 1, ok: true },
    { value: 9, ok: true },
    { value: 0, ok: false },
    { value: 10, ok: false },
    { value: 5.5, ok: false },
    { value: '5', ok: false },
  ])('isBox($value) = $ok', ({ value, ok }) => {
    expect(isBox(value)).toBe(ok);
  });
});

describe('recommendation per box (rules.md §3; regulations.md §1.5 table)', () => {
  it.each([
    {
      box: 9,
      text: 'Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan',
      name: 'Kinerja di atas ekspektasi dan potensial tinggi',
      source: 'regulations.md §1.5 row 9',
    },
    {
      box: 8,
      text: 'Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/perluasan jabatan; Bimbingan kinerja',
      name: 'Kinerja sesuai ekspektasi dan potensial tinggi',
      source: 'regulations.md §1.5 row 8',
    },
    {
      box: 7,
      text: 'Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/pengayaan jabatan; Pengembangan kompetensi; Tugas belajar',
      name: 'Kinerja di atas ekspektasi dan potensial menengah',
      source: 'regulations.md §1.5 row 7',
    },
    {
      box: 6,
      text: 'Penempatan yang sesuai; Bimbingan kinerja; Konseling kinerja',
      name: 'Kinerja di bawah ekspektasi dan potensial tinggi',
      source: 'regulations.md §1.5 row 6',
    },
    {
      box: 5,
      text: 'Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi',
      name: 'Kinerja sesuai ekspektasi dan potensial menengah',
      source: 'regulations.md §1.5 row 5',
    },
    {
      box: 4,
      text: 'Rotasi; Pengembangan kompetensi',
      name: 'Kinerja di atas ekspektasi dan potensial rendah',
      source: 'regulations.md §1.5 row 4',
    },
    {
      box: 3,
      text: 'Bimbingan kinerja; Konseling kinerja; Pengembangan kompetensi; Penempatan yang sesuai',
      name: 'Kinerja di bawah ekspektasi dan potensial menengah',
      source: 'regulations.md §1.5 row 3',
    },
    {
      box: 2,
      text: 'Bimbingan kinerja; Pengembangan kompetensi; Penempatan yang sesuai',
      name: 'Kinerja sesuai ekspektasi dan potensial rendah',
      source: 'regulations.md §1.5 row 2',
    },
    {
      box: 1,
      text: 'Diproses sesuai ketentuan peraturan perundang-undangan',
      name: 'Kinerja di bawah ekspektasi dan potensial rendah',
      source: 'regulations.md §1.5 row 1',
    },
  ] as const)('box $box ($source)', ({ box, text, name }) => {
    expect(recommendationText(box)).toBe(text);
    expect(boxName(box)).toBe(name);
  });

  it('every box has at least one recommendation', () => {
    for (const box of BOXES) expect(BOX_RECOMMENDATIONS[box].length).toBeGreaterThan(0);
  });
});
