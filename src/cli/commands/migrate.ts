import type { Command } from 'commander';
import { withDatabase } from '../context.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Menerapkan migrasi skema basis data (apply the database migrations)')
    .action(async (_options, command: Command) => {
      await withDatabase(command, (database) => {
        console.log(`Skema basis data mutakhir (${database.engine}: ${database.location}).`);
        return Promise.resolve();
      });
    });
}
