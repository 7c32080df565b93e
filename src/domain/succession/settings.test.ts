import { describe, expect, it } from 'vitest';
import { DEFAULT_SUCCESSION_SETTINGS } from './rules.js';
import { effectiveSettings, parseSettingsOverrides, storedOverrides } from './settings.js';

/** The settings rules.md §6 calls configurable, with their bounds and the province-only pool. */
describe('succession settings overrides (rules.md §6 "configurable")', () => {
  it.each([
    { input: {}, province: false, overrides: {} },
    {
      input: { slateSize: 7, coverageMinEligible: 2 },
      province: false,
      overrides: { slateSize: 7, coverageMinEligible: 2 },
    },
    { input: { slateSize: 1 }, province: false, overrides: { slateSize: 1 } },
    { input: { slateSize: 20 }, province: false, overrides: { slateSize: 20 } },
    // Equal to the default: not stored (the default applies).
    { input: { slateSize: 5, pppkForJpt: false }, province: false, overrides: {} },
    { input: { pppkForJpt: true }, province: false, overrides: { pppkForJpt: true } },
    {
      input: { readyNowJpm: 85.5, readySoonJpm: 85.5 },
      province: false,
      overrides: { readyNowJpm: 85.5, readySoonJpm: 85.5 },
    },
    {
      input: { readyNowJpm: 100, readySoonJpm: 0 },
      province: false,
      overrides: { readyNowJpm: 100, readySoonJpm: 0 },
    },
    { input: { jptFromProvincialPool: true }, province: true, overrides: { jptFromProvincialPool: true } },
    { input: { jptFromProvincialPool: false }, province: false, overrides: {} },
  ])('accepts $input (province $province)', ({ input, province, overrides }) =>
    expect(parseSettingsOverrides(input, { province })).toEqual({ ok: true, overrides }),
  );

  it.each([
    {
      input: { slateSize: 0 },
      path: 'slateSize',
      message: 'slateSize (jumlah kandidat per jabatan kunci) harus bilangan bulat 1–20 (sekarang 0).',
    },
    {
      input: { slateSize: 21 },
      path: 'slateSize',
      message: 'slateSize (jumlah kandidat per jabatan kunci) harus bilangan bulat 1–20 (sekarang 21).',
    },
    {
      input: { slateSize: 2.5 },
      path: 'slateSize',
      message: 'slateSize (jumlah kandidat per jabatan kunci) harus bilangan bulat 1–20 (sekarang 2,5).',
    },
    {
      input: { coverageMinEligible: 0 },
      path: 'coverageMinEligible',
      message:
        'coverageMinEligible (minimal kandidat memenuhi syarat agar jabatan kunci tercakup) harus bilangan bulat 1–20 (sekarang 0).',
    },
    {
      input: { readyNowJpm: 101 },
      path: 'readyNowJpm',
      message: 'readyNowJpm (JPM target minimal untuk siap sekarang) harus angka 0–100 (sekarang 101).',
    },
    {
      input: { readySoonJpm: -1 },
      path: 'readySoonJpm',
      message: 'readySoonJpm (JPM target minimal untuk siap 1–2 tahun) harus angka 0–100 (sekarang -1).',
    },
    // Against the default ready-now threshold (90) when only ready-soon is given.
    {
      input: { readySoonJpm: 95 },
      path: 'readySoonJpm',
      message:
        'readySoonJpm (JPM target minimal untuk siap 1–2 tahun) tidak boleh lebih tinggi dari readyNowJpm (95 > 90).',
    },
    {
      input: { readyNowJpm: 70 },
      path: 'readySoonJpm',
      message:
        'readySoonJpm (JPM target minimal untuk siap 1–2 tahun) tidak boleh lebih tinggi dari readyNowJpm (78 > 70).',
    },
    {
      input: { pppkForJpt: 'ya' },
      path: 'pppkForJpt',
      message: 'pppkForJpt (PPPK dapat menjadi kandidat JPT) harus ya atau tidak (true/false).',
    },
    {
      input: { slateSize: '5' },
      path: 'slateSize',
      message: 'slateSize (jumlah kandidat per jabatan kunci) harus berupa angka.',
    },
    {
      input: { ukuran: 5 },
      path: '',
      message:
        'Pengaturan tidak dikenal: ukuran. Yang dapat diubah: slateSize, coverageMinEligible, pppkForJpt, readyNowJpm, readySoonJpm, jptFromProvincialPool.',
    },
    { input: [], path: '', message: 'Pengaturan harus berupa objek JSON.' },
  ])('refuses $input: $message', ({ input, path, message }) =>
    expect(parseSettingsOverrides(input, { province: true })).toEqual({
      ok: false,
      issues: [{ path, message }],
    }),
  );

  it('refuses the provincial pool on a government that is not a province', () => {
    const out = parseSettingsOverrides({ jptFromProvincialPool: true }, { province: false });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.issues[0]!.message).toMatch(/hanya dapat diaktifkan oleh instansi provinsi/);
  });

  it('reports every problem, not only the first', () => {
    const out = parseSettingsOverrides({ slateSize: 0, coverageMinEligible: 50 }, { province: false });
    expect(!out.ok && out.issues.map((i) => i.path)).toEqual(['slateSize', 'coverageMinEligible']);
  });

  it('reads stored overrides leniently and layers defaults ⊕ stored ⊕ caller', () => {
    const stored = storedOverrides({ slateSize: 8, pppkForJpt: 'x', dropped: 1 });
    expect(stored).toEqual({ slateSize: 8 });
    expect(storedOverrides(null)).toEqual({});
    const s = effectiveSettings(stored, { coverageMinEligible: 2 });
    expect(s).toEqual({ ...DEFAULT_SUCCESSION_SETTINGS, slateSize: 8, coverageMinEligible: 2 });
    expect(effectiveSettings(stored, { slateSize: 3 }).slateSize).toBe(3);
  });
});
