import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from './logger.js';

describe('maskPersonalNumbers', () => {
  it.each([
    [
      '/api/instansi/kab/pemetaan/penjelasan/199001012015031001?periode=2025',
      '/api/instansi/kab/pemetaan/penjelasan/[disembunyikan]?periode=2025',
    ],
    ['NIK 6271011505850001 tercatat', 'NIK [disembunyikan] tercatat'],
    ['/api/instansi/kab/pemetaan?periode=2025', '/api/instansi/kab/pemetaan?periode=2025'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked);
  });
});
