import { BAWAAN_V1 } from '../rule-set.js';
import { uniformStandard } from '../competency.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import type { EligibilityContext } from './eligibility.js';
import { DEFAULT_SUCCESSION_SETTINGS, type SuccessionSettings } from './rules.js';

/** Shared fixtures of the succession tests (kept out of the build). Mapping year 2025. */
export const YEAR = 2025;

export function context(settings: Partial<SuccessionSettings> = {}): EligibilityContext {
  return {
    year: YEAR,
    referenceDate: '2025-12-31',
    settings: { ...DEFAULT_SUCCESSION_SETTINGS, ...settings },
    minimumEducation: BAWAAN_V1.minimumEducation,
  };
}

/** An Administrator, IV/b, S2, 6 years in level, born 1975 (BUP 60 → 2035), box 9, all competencies at 4. */
export function person(over: Partial<SuccessionPerson> = {}): SuccessionPerson {
  return {
    employeeId: 'e-1',
    nip: '197506152000031001',
    employmentType: 'PNS',
    kedudukan: 'Aktif',
    jenjang: 'ADMINISTRATOR',
    golongan: 'IV/b',
    pendidikan: 'S2',
    birthDate: '1975-06-15',
    positionId: 'p-own',
    tmtJabatan: '2020-01-01',
    positionHistory: [],
    sanctions: [],
    mapping: { box: 9, potentialScore: 88, performanceScore: 90, competencies: uniformStandard(4) },
    ...over,
  };
}

/** A JPT Pratama key position with the level's defaults (IV/b, S1/D4, standard 4). */
export function target(over: Partial<KeyPosition> = {}): KeyPosition {
  return {
    positionId: 'p-target',
    kode: 'JS-00001',
    jenjang: 'JPT_PRATAMA',
    minGolongan: null,
    minPendidikan: null,
    standard: uniformStandard(4),
    ...over,
  };
}
