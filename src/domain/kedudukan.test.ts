import { describe, expect, it } from 'vitest';
import { isActive } from './kedudukan.js';

describe('isActive (rules.md §2)', () => {
  it.each([
    { kedudukan: null, active: true, source: 'rules.md §2: empty' },
    { kedudukan: '', active: true, source: 'rules.md §2: empty' },
    { kedudukan: '  ', active: true, source: 'blank counts as empty' },
    { kedudukan: 'CPNS', active: true, source: 'rules.md §2: CPNS' },
    { kedudukan: 'cpns', active: true, source: 'CPNS in any case' },
    { kedudukan: 'Aktif', active: true, source: 'rules.md §2: contains "Aktif"' },
    { kedudukan: 'AKTIF', active: true, source: 'rules.md §2: any case' },
    { kedudukan: 'PPPK Aktif', active: true, source: 'SIASN kedudukan "PPPK Aktif" (regulations.md §7.1)' },
    { kedudukan: 'Pensiun', active: false, source: 'rules.md §2: Pensiun' },
    { kedudukan: 'Meninggal', active: false, source: 'rules.md §2: Meninggal' },
    { kedudukan: 'Diberhentikan', active: false, source: 'rules.md §2: Diberhentikan' },
    { kedudukan: 'Pindah Keluar', active: false, source: 'rules.md §2: Pindah Keluar' },
    { kedudukan: 'Non Aktif', active: false, source: 'decision: a negated "Aktif" is not active' },
    { kedudukan: 'NONAKTIF', active: false, source: 'decision: negated, one word' },
    { kedudukan: 'Tidak Aktif', active: false, source: 'decision: negated with "tidak"' },
  ])('"$kedudukan" → $active ($source)', ({ kedudukan, active }) => {
    expect(isActive(kedudukan)).toBe(active);
  });
});
