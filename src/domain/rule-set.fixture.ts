import { BAWAAN_V1, type RuleSetContent } from './rule-set.js';

/** Rule sets that differ from Bawaan in every parameter the engine reads (rules.md [DEFAULT] parts). */
export const OTHER_RULES: RuleSetContent = {
  ...BAWAAN_V1,
  weights: { competency: 0.3, potential: 0.5, trackRecord: 0.2 },
  performanceCutOffs: { above: 85, meets: 60 },
  potentialCutOffs: { high: 75, medium: 55 },
  predikatPoints: { SANGAT_BAIK: 95, BAIK: 85, BUTUH_PERBAIKAN: 55, KURANG: 35, SANGAT_KURANG: 5 },
  performanceWindowYears: 3,
  assessmentValidityYears: 2,
  standardLevels: { ...BAWAAN_V1.standardLevels, ADMINISTRATOR: 4, PELAKSANA: 1 },
  minimumEducation: { ...BAWAAN_V1.minimumEducation, PELAKSANA: 'D3', ADMINISTRATOR: 'S2' },
  trackRecord: {
    educationPoints: 20,
    trainingMaxPoints: 30,
    trainingTargetJp: 24,
    experienceMaxPoints: 20,
    experienceTargetYears: 3,
    disciplinePoints: { none: 30, lightOnly: 10, mediumOrHeavy: 5 },
    disciplineWindowYears: 3,
  },
};
export const ONE_YEAR_RULES: RuleSetContent = {
  ...BAWAAN_V1,
  performanceWindowYears: 1,
  assessmentValidityYears: 1,
  trackRecord: { ...BAWAAN_V1.trackRecord, disciplineWindowYears: 1 },
};

/** The digest windows of a rule set. */
export const windowsOf = (rules: RuleSetContent) => ({
  performanceYears: rules.performanceWindowYears,
  assessmentYears: rules.assessmentValidityYears,
  disciplineYears: rules.trackRecord.disciplineWindowYears,
});
