import {
  award,
  competencyAssessment,
  education,
  employee,
  position,
  positionHistory,
  potentialAssessment,
  rankHistory,
  sanction,
  skp,
  training,
  unit,
} from '../db/schema/index.js';

/** Insert-row types of the tables the demo fills, straight from the drizzle schema. */
export type UnitRow = typeof unit.$inferInsert;
export type PositionRow = typeof position.$inferInsert;
export type EmployeeRow = typeof employee.$inferInsert;
export type PositionHistoryRow = typeof positionHistory.$inferInsert;
export type RankHistoryRow = typeof rankHistory.$inferInsert;
export type EducationRow = typeof education.$inferInsert;
export type TrainingRow = typeof training.$inferInsert;
export type SanctionRow = typeof sanction.$inferInsert;
export type AwardRow = typeof award.$inferInsert;
export type SkpRow = typeof skp.$inferInsert;
export type CompetencyRow = typeof competencyAssessment.$inferInsert;
export type PotentialRow = typeof potentialAssessment.$inferInsert;

/** The demo tables, in an order that satisfies every foreign key (parents first). */
export const DEMO_TABLES = {
  unit,
  position,
  employee,
  position_history: positionHistory,
  rank_history: rankHistory,
  education,
  training,
  sanction,
  award,
  skp,
  competency_assessment: competencyAssessment,
  potential_assessment: potentialAssessment,
} as const;

export type DemoTable = keyof typeof DEMO_TABLES;
export const DEMO_TABLE_NAMES = Object.keys(DEMO_TABLES) as DemoTable[];

export interface DemoRows {
  unit: UnitRow[];
  position: PositionRow[];
  employee: EmployeeRow[];
  position_history: PositionHistoryRow[];
  rank_history: RankHistoryRow[];
  education: EducationRow[];
  training: TrainingRow[];
  sanction: SanctionRow[];
  award: AwardRow[];
  skp: SkpRow[];
  competency_assessment: CompetencyRow[];
  potential_assessment: PotentialRow[];
}

/** Rows of one table, as the generator streams them. */
export type DemoBatch = { [K in DemoTable]: { table: K; rows: DemoRows[K] } }[DemoTable];

export function emptyRows(): DemoRows {
  return {
    unit: [],
    position: [],
    employee: [],
    position_history: [],
    rank_history: [],
    education: [],
    training: [],
    sanction: [],
    award: [],
    skp: [],
    competency_assessment: [],
    potential_assessment: [],
  };
}
