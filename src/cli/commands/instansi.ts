import type { Command } from 'commander';
import { addInstansi, listInstansi } from '../../features/instansi/instansi.service.js';
import { INSTANSI_JENIS, type NewInstansi } from '../../features/instansi/instansi.schemas.js';
import { cliActor, withDatabase } from '../context.js';

export function registerInstansi(program: Command): void {
  const group = program.command('instansi').description('Mengelola instansi (manage instansi)');

  group
    .command('list')
    .description('Daftar instansi dan jumlah pegawainya')
    .option('--json', 'keluaran JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withDatabase(command, async (database) => {
        const rows = await listInstansi(database.db);
        if (options.json) {
          console.log(
            JSON.stringify(
              rows.map(({ id: _id, ...r }) => r),
              null,
              2,
            ),
          );
          return;
        }
        if (rows.length === 0) {
          console.log(
            'Belum ada instansi. Tambahkan dengan `talenta instansi add` atau isi demo dengan `talenta demo`.',
          );
          return;
        }
        console.table(
          rows.map((r) => ({
            kode: r.kode,
            nama: r.nama,
            jenis: r.jenis,
            induk: r.indukKode ?? '',
            pegawai: r.jumlahPegawai,
          })),
        );
      });
    });

  group
    .command('add <kode> <nama>')
    .description('Menambah instansi')
    .option(
      '--jenis <jenis>',
      `jenis instansi: ${INSTANSI_JENIS.map((j) => j.toLowerCase()).join('|')}`,
      'kabupaten',
    )
    .option('--induk <kode>', 'kode instansi induk (provinsi)')
    .action(
      async (kode: string, nama: string, options: { jenis: string; induk?: string }, command: Command) => {
        await withDatabase(command, async (database) => {
          const input: NewInstansi = {
            kode,
            nama,
            jenis: options.jenis.toUpperCase() as NewInstansi['jenis'],
            indukKode: options.induk,
          };
          const row = await addInstansi(database.db, input, cliActor());
          console.log(`Instansi ${row.kode} (${row.nama}) ditambahkan.`);
        });
      },
    );
}
