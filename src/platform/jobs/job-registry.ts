import { runMappingJob } from '../../features/mapping/mapping.jobs.js';
import { commitImportJob, validateImportJob } from '../../features/imports/web/import.jobs.js';
import type { AnyJobKind } from './job-kind.js';

/** Every kind of background job; a worker per kind runs in each process with workers enabled. */
export const JOB_KINDS: readonly AnyJobKind[] = [validateImportJob, commitImportJob, runMappingJob];
