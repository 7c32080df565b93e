import { describe, expect, it } from 'vitest';
import { KALTENG } from './kalteng.js';
import { instansiForScale } from './scales.js';

describe('demo scales', () => {
  it('has the 15 governments of Kalimantan Tengah under the province (regulations.md §6.1)', () => {
    expect(KALTENG).toHaveLength(15);
    const [province, ...rest] = KALTENG;
    expect(province).toMatchObject({ kode: 'kalteng', jenis: 'PROVINSI', indukKode: null });
    expect(rest.every((s) => s.indukKode === 'kalteng')).toBe(true);
    expect(rest.filter((s) => s.jenis === 'KABUPATEN')).toHaveLength(13);
    expect(rest.find((s) => s.jenis === 'KOTA')).toMatchObject({
      kode: 'palangkaraya',
      nama: 'Kota Palangka Raya',
    });
    expect(KALTENG.find((s) => s.kode === 'gumas')?.nama).toBe('Kabupaten Gunung Mas');
    expect(rest.reduce((n, s) => n + s.kecamatan.length, 0)).toBe(136);
  });

  it('sizes kecil at 6,000 and kalteng at 85,000 ASN, the large governments larger', () => {
    for (const [scale, total] of [
      ['kecil', 6_000],
      ['kalteng', 85_000],
    ] as const) {
      const specs = instansiForScale(scale);
      expect(specs.reduce((n, s) => n + s.employees, 0)).toBe(total);
      const size = (k: string) => specs.find((s) => s.kode === k)?.employees ?? 0;
      for (const big of ['kalteng', 'kapuas', 'kotim', 'palangkaraya']) {
        expect(size(big)).toBeGreaterThan(size('sukamara') * 2.5);
        expect(size(big)).toBeGreaterThan(size('lamandau') * 2);
      }
    }
  });

  it('spreads 4.8 million ASN over about 600 governments at national scale, provinces first', () => {
    const specs = instansiForScale('nasional');
    expect(specs.length).toBeGreaterThanOrEqual(590);
    expect(specs.length).toBeLessThanOrEqual(610);
    expect(specs.reduce((n, s) => n + s.employees, 0)).toBe(4_800_000);
    expect(new Set(specs.map((s) => s.kode)).size).toBe(specs.length);
    expect(new Set(specs.map((s) => s.nama)).size).toBe(specs.length);
    const seen = new Set<string>();
    for (const s of specs) {
      expect(s.kode).toMatch(/^[A-Za-z0-9._-]{1,32}$/);
      if (s.indukKode) expect(seen.has(s.indukKode)).toBe(true);
      seen.add(s.kode);
    }
    expect(instansiForScale('nasional').map((s) => s.kode)).toEqual(specs.map((s) => s.kode));
  });
});
