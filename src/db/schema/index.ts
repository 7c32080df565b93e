// The drizzle schema in one import, for the db client and drizzle-kit.
export * from './instansi.js';
export * from './positions.js';
export * from './employees.js';
export * from './assessments.js';
export * from './mapping.js';
export * from './audit.js';
export * from './auth.js';
export * from './imports.js';
export * from './succession.js';
export * from './mapping-jobs.js';
