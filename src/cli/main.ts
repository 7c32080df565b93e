import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { AppError } from '../platform/errors.js';
import { registerAudit } from './commands/audit.js';
import { registerBench } from './commands/bench.js';
import { registerDataQuality } from './commands/data-quality.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerInsight } from './commands/insight.js';
import { registerInstansi } from './commands/instansi.js';
import { registerMap } from './commands/map.js';
import { registerMigrate } from './commands/migrate.js';
import { registerRuleSets } from './commands/rule-sets.js';
import { registerServe } from './commands/serve.js';
import { registerSuksesi } from './commands/suksesi.js';
import { registerUser } from './commands/user.js';

/** `talenta`: every command an administrator scripts; each calls the same services as the API. */
export function buildProgram(): Command {
  const program = new Command('talenta')
    .description('Talenta — Sistem Informasi Manajemen Talenta ASN')
    .option(
      '--data-dir <dir>',
      'folder data PGlite (bawaan: TALENTA_DATA_DIR atau ./data); DATABASE_URL menang bila diisi',
    )
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerInstansi(program);
  registerDemo(program);
  registerMap(program);
  registerSuksesi(program);
  registerImport(program);
  registerDataQuality(program);
  registerExport(program);
  registerInsight(program);
  registerRuleSets(program);
  registerUser(program);
  registerAudit(program);
  registerBench(program);
  return program;
}

/** Exit codes: 0 success, 1 the work failed (message says why), 2 usage or file error. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed the usage message (or the help/version text, which is exit 0).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ZodError) {
    console.error(`Pilihan tidak valid: ${error.issues.map((i) => i.message).join(' ')}`);
    return 2;
  }
  if (error instanceof AppError && error.code === 'FILE_INVALID') {
    // A file that cannot be read is a usage error (import-format.md §3: exit 2), not a failed run.
    console.error(error.message);
    return 2;
  }
  if (error instanceof AppError || error instanceof DataDirLockedError) {
    console.error(error.message);
    return 1;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}
