import { describe, expect, it } from 'vitest';
import {
  normalizeDate,
  normalizeDecimal,
  normalizeEducation,
  normalizeEmploymentType,
  normalizeEselon,
  normalizeGolongan,
  normalizeInteger,
  normalizeJenjang,
  normalizeNipText,
  normalizePredikat,
  normalizeRating,
  normalizeSeverity,
  normalizeSex,
  normalizeYesNo,
} from './normalize.js';

/** SIASN's and spreadsheets' spellings (import-format.md §2), one table per field. */
describe('normalize', () => {
  it.each([
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['Di Atas Ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['diatas ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['DIATAS EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['sesuai ekspektasi', 'SESUAI_EKSPEKTASI'],
    ['Di-bawah Ekspektasi', 'DI_BAWAH_EKSPEKTASI'],
    ['baik sekali', null],
  ])('rating %j → %j', (input, expected) => expect(normalizeRating(input)).toBe(expected));

  it.each([
    ['SANGAT_BAIK', 'SANGAT_BAIK'],
    ['Sangat Baik', 'SANGAT_BAIK'],
    ['Kurang/Misconduct', 'KURANG'],
    ['KURANG/MISCONDUCT', 'KURANG'],
    ['butuh perbaikan', 'BUTUH_PERBAIKAN'],
    ['Sangat Kurang', 'SANGAT_KURANG'],
    ['Luar biasa', null],
  ])('predikat %j → %j', (input, expected) => expect(normalizePredikat(input)).toBe(expected));

  it.each([
    ['S-1/Sarjana', 'S1'],
    ['D-III', 'D3'],
    ['Diploma III/Sarjana Muda', 'D3'],
    ['SLTA', 'SMA'],
    ['SMU', 'SMA'],
    ['SLTA Kejuruan', 'SMA'],
    ['D-IV', 'D4'],
    ['S-2/Magister', 'S2'],
    ['Paket C', null],
  ])('education %j → %j', (input, expected) => expect(normalizeEducation(input)).toBe(expected));

  it.each([
    ['L', 'L'],
    ['p', 'P'],
    ['M', 'L'],
    ['F', 'P'],
    ['1', 'L'],
    [2, 'P'],
    ['Laki-laki', 'L'],
    ['PEREMPUAN', 'P'],
    ['X', null],
  ])('sex %j → %j', (input, expected) => expect(normalizeSex(input)).toBe(expected));

  it.each([
    ['15-06-1985', { ok: true, date: '1985-06-15' }],
    ['5-6-1985', { ok: true, date: '1985-06-05' }],
    ['1985-06-15', { ok: true, date: '1985-06-15' }],
    [new Date(Date.UTC(1985, 5, 15)), { ok: true, date: '1985-06-15' }],
    [31213, { ok: true, date: '1985-06-15' }], // Excel serial
    ['31-02-1985', { ok: false, reason: 'nonexistent', year: 1985, month: 2 }],
    ['2023-02-29', { ok: false, reason: 'nonexistent', year: 2023, month: 2 }],
    ['15/06/1985', { ok: false, reason: 'format' }],
    ['06-15-1985', { ok: false, reason: 'nonexistent', year: 1985, month: 15 }],
    ['kemarin', { ok: false, reason: 'format' }],
    [12.5, { ok: false, reason: 'format' }],
  ])('date %j', (input, expected) => expect(normalizeDate(input)).toEqual(expected));

  it.each([
    ['III/c', 'PNS', 'III/c'],
    ['III-c', 'PNS', 'III/c'],
    ['IIIc', 'PNS', 'III/c'],
    ['3/c', 'PNS', 'III/c'],
    ['IV/e', 'PNS', 'IV/e'],
    ['III/e', 'PNS', null],
    ['IX', 'PPPK', 'IX'],
    ['9', 'PPPK', 'IX'],
    ['XVIII', 'PPPK', null],
  ] as const)('golongan %j (%s) → %j', (input, type, expected) =>
    expect(normalizeGolongan(input, type)).toBe(expected),
  );

  it.each([
    ['III.a', 'III.a'],
    ['IIIa', 'III.a'],
    ['III/b', 'III.b'],
    ['2a', 'II.a'],
    ['21', 'II.a'],
    ['42', 'IV.b'],
    ['II', 'II'],
    ['Non Eselon', null],
    ['-', null],
    ['VI.c', undefined],
  ])('eselon %j → %j', (input, expected) => expect(normalizeEselon(input)).toBe(expected));

  it.each([
    ['FUNGSIONAL_AHLI_MUDA', 'FUNGSIONAL_AHLI_MUDA'],
    ['Fungsional Ahli Muda', 'FUNGSIONAL_AHLI_MUDA'],
    ['Ahli Pertama', 'FUNGSIONAL_AHLI_PERTAMA'],
    ['JPT Pratama', 'JPT_PRATAMA'],
    ['administrator', 'ADMINISTRATOR'],
    ['Terampil', 'FUNGSIONAL_KETERAMPILAN'],
    ['Eselon 2', null],
  ])('jenjang %j → %j', (input, expected) => expect(normalizeJenjang(input)).toBe(expected));

  it.each([
    ['PNS', 'PNS'],
    ['cpns', 'PNS'],
    ['PPPK', 'PPPK'],
    ['P3K', 'PPPK'],
    ['Honorer', null],
  ])('jenis pegawai %j → %j', (input, expected) => expect(normalizeEmploymentType(input)).toBe(expected));

  it.each([
    ['RINGAN', 'RINGAN'],
    ['Hukuman Disiplin Sedang', 'SEDANG'],
    ['berat', 'BERAT'],
    ['sedang/berat', null],
  ])('tingkat %j → %j', (input, expected) => expect(normalizeSeverity(input)).toBe(expected));

  it.each([
    ['ya', true],
    ['Tidak', false],
    ['Y', true],
    [true, true],
    ['0', false],
    ['mungkin', null],
  ])('ya/tidak %j → %j', (input, expected) => expect(normalizeYesNo(input)).toBe(expected));

  it.each([
    ['3,5', 3.5],
    ['3.25', 3.25],
    [4, 4],
    ['tiga', null],
    ['3,5,1', null],
  ])('decimal %j → %j', (input, expected) => expect(normalizeDecimal(input)).toBe(expected));

  it.each([
    ['1.500.000', 1_500_000],
    ['Rp 1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    [20, 20],
    ['20,5', null],
    [20.5, null],
  ])('integer %j → %j', (input, expected) => expect(normalizeInteger(input)).toBe(expected));

  it.each([
    ['19850615 201003 1 001', '198506152010031001'],
    [123456, '123456'],
    [Number('198506152010031001'), null], // a NIP typed as a number in Excel has lost its last digits
  ])('NIP text %j → %j', (input, expected) => expect(normalizeNipText(input)).toBe(expected));
});
