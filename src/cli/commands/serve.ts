import type { Command } from 'commander';
import { formatDemoLogins, listDemoLogins, seedDemoAccounts } from '../../features/auth/demo-accounts.js';
import { countInstansi } from '../../features/instansi/instansi.repository.js';
import { buildApp } from '../../platform/http/app.js';
import { loadConfig } from '../../platform/config.js';
import { openConfiguredDatabase, type GlobalOptions } from '../context.js';
import { publishDemoMappings, runDemoSeed } from './demo.js';

type ServeOptions = GlobalOptions & { port?: string; host?: string; demo: boolean };

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Menjalankan Talenta di web (migrate, isi demo bila kosong, lalu layani)')
    .option('--port <port>', 'port HTTP (bawaan: PORT atau 3000)')
    .option('--host <host>', 'alamat yang didengar (bawaan: HOST atau 127.0.0.1)')
    .option('--no-demo', 'jangan isi data demo walau basis data kosong')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<ServeOptions>();
      const config = loadConfig({
        dataDir: options.dataDir,
        port: options.port === undefined ? undefined : Number(options.port),
        host: options.host,
      });
      const started = performance.now();
      const database = await openConfiguredDatabase(config);
      const running: { app?: Awaited<ReturnType<typeof buildApp>> } = {};
      let closing = false;
      // Close the server and the database (which releases the data-folder lock) before exiting.
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        console.log(`\n${signal}: Talenta berhenti…`);
        await running.app?.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));

      await database.migrate();
      const production = config.nodeEnv === 'production';
      if (options.demo && (await countInstansi(database.db)) === 0) {
        if (production) {
          console.log('Basis data kosong; NODE_ENV=production: data dan akun demo tidak diisi.');
        } else {
          console.log('Basis data kosong: mengisi data demo Kalimantan Tengah (skala kecil)…');
          await runDemoSeed(database.db, 'kecil', 1, 2025);
          await seedDemoAccounts(database.db, { nodeEnv: config.nodeEnv });
          await publishDemoMappings(database, [2024, 2025]);
        }
      }
      const app = await buildApp({ database, config });
      running.app = app;
      const address = await app.listen({ port: config.port, host: config.host });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Talenta siap di ${address} (${database.engine}: ${database.location}) dalam ${seconds} detik.`,
      );
      if (!production)
        for (const line of formatDemoLogins(await listDemoLogins(database.db))) console.log(line);
    });
}
