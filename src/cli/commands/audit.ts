import type { Command } from 'commander';
import { verifyAuditChain } from '../../features/audit/audit.service.js';
import { withDatabase } from '../context.js';

export function registerAudit(program: Command): void {
  const group = program.command('audit').description('Log audit (audit log)');
  group
    .command('verify')
    .description('Memeriksa rantai hash log audit dari awal sampai akhir')
    .action(async (_options, command: Command) => {
      await withDatabase(command, async (database) => {
        const result = await verifyAuditChain(database.db);
        if (result.ok) {
          console.log(`Log audit utuh: ${result.entries} entri diperiksa.`);
          return;
        }
        const why =
          result.reason === 'HASH_MISMATCH'
            ? 'isinya tidak cocok dengan hash-nya (entri diubah)'
            : 'hash entri sebelumnya tidak cocok (ada entri yang diubah, disisipkan atau dihapus)';
        console.error(
          `Log audit RUSAK pada entri #${result.brokenSeq}: ${why}. ${result.entries} entri sebelumnya utuh.`,
        );
        process.exitCode = 1;
      });
    });
}
