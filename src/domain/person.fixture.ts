import type { ClassificationInput } from './classification.js';
import { uniformStandard } from './competency.js';

/**
 * Test fixture shared by the engine's table tests: a fully mappable Administrator for 2025 — K = 100,
 * R = 100, P = `total` (100), performance 100 — that each row changes only where it matters.
 */
export function person(overrides: Partial<ClassificationInput> = {}): ClassificationInput {
  return {
    employmentType: 'PNS',
    kedudukan: 'Aktif',
    jenjang: 'ADMINISTRATOR',
    pendidikan: 'S1',
    tmtJabatan: '2021-03-15',
    positionStandard: null,
    skps: [
      { tahun: 2025, predikat: 'SANGAT_BAIK' },
      { tahun: 2024, predikat: 'SANGAT_BAIK' },
    ],
    competencyAssessments: [{ id: 'k1', tanggal: '2024-05-01', levels: uniformStandard(3) }],
    potentialAssessments: [{ id: 'p1', tanggal: '2024-05-02', total: 100, dims: {} }],
    trainings: [{ jp: 20, tanggalMulai: '2025-02-01', tanggalSelesai: '2025-02-05' }],
    sanctions: [],
    ...overrides,
  };
}
