import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { ROLES } from '../../features/auth/policies/roles.js';
import type { NewUser } from '../../features/users/users.schemas.js';
import { addUser, listUsers, resetPassword, setUserStatus } from '../../features/users/users.service.js';
import { AppError } from '../../platform/errors.js';
import { cliActor, withDatabase } from '../context.js';

type PasswordOptions = { passwordStdin?: boolean };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break is the shell's, not the password's.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * The new password: from standard input with --password-stdin (scripts), else asked twice on the
 * terminal. Never from an argument, which would land in the shell history and the process list.
 */
async function readNewPassword(options: PasswordOptions): Promise<string> {
  if (options.passwordStdin) return readStdin();
  if (!process.stdin.isTTY) {
    throw new AppError(
      'VALIDATION',
      'Tidak ada terminal untuk menanyakan kata sandi: kirim lewat standar input dengan --password-stdin.',
    );
  }
  const first = await askHidden('Kata sandi baru: ');
  const second = await askHidden('Ulangi kata sandi: ');
  if (first !== second) throw new AppError('VALIDATION', 'Kedua kata sandi tidak sama.');
  return first;
}

export function registerUser(program: Command): void {
  const group = program.command('user').description('Mengelola akun pengguna (manage user accounts)');

  group
    .command('add <username>')
    .description('Menambah akun; kata sandi ditanyakan, atau dibaca dari standar input')
    .requiredOption('--role <role>', `peran: ${ROLES.join(' | ')}`)
    .requiredOption('--instansi <kode>', 'instansi akun')
    .option('--unit <unorId>', 'batasi ke subpohon unit ini (wajib untuk PIMPINAN_UNIT)')
    .option('--nip <nip>', 'pegawai yang ditautkan (wajib untuk PEGAWAI)')
    .option('--nama <nama>', 'nama tampilan')
    .option('--password-stdin', 'baca kata sandi dari standar input')
    .action(
      async (
        username: string,
        options: PasswordOptions & {
          role: string;
          instansi: string;
          unit?: string;
          nip?: string;
          nama?: string;
        },
        command: Command,
      ) => {
        const password = await readNewPassword(options);
        await withDatabase(command, async (database) => {
          const input = {
            username,
            role: options.role.toUpperCase() as NewUser['role'],
            instansiKode: options.instansi,
            unorId: options.unit,
            nip: options.nip,
            nama: options.nama,
            password,
          };
          await addUser(database.db, input, cliActor());
          console.log(`Akun ${username.toLowerCase()} (${input.role}, ${options.instansi}) ditambahkan.`);
        });
      },
    );

  group
    .command('reset-password <username>')
    .description('Mengganti kata sandi akun, membuka kuncinya, dan mengakhiri semua sesinya')
    .option('--password-stdin', 'baca kata sandi dari standar input')
    .action(async (username: string, options: PasswordOptions, command: Command) => {
      const password = await readNewPassword(options);
      await withDatabase(command, async (database) => {
        const { sessionsEnded } = await resetPassword(database.db, username, password, cliActor());
        console.log(`Kata sandi ${username} diganti; ${sessionsEnded} sesi diakhiri.`);
      });
    });

  for (const [name, status, done] of [
    ['disable', 'NONAKTIF', 'dinonaktifkan'],
    ['enable', 'AKTIF', 'diaktifkan kembali'],
  ] as const) {
    group
      .command(`${name} <username>`)
      .description(
        status === 'NONAKTIF' ? 'Menonaktifkan akun dan mengakhiri sesinya' : 'Mengaktifkan kembali akun',
      )
      .action(async (username: string, _options, command: Command) => {
        await withDatabase(command, async (database) => {
          const result = await setUserStatus(database.db, username, status, cliActor());
          console.log(
            result.changed
              ? `Akun ${username} ${done}${result.sessionsEnded ? `; ${result.sessionsEnded} sesi diakhiri` : ''}.`
              : `Akun ${username} sudah ${status}.`,
          );
        });
      });
  }

  group
    .command('list')
    .description('Daftar akun sebuah instansi')
    .requiredOption('--instansi <kode>', 'instansi')
    .option('--json', 'keluaran JSON')
    .action(async (options: { instansi: string; json?: boolean }, command: Command) => {
      await withDatabase(command, async (database) => {
        const rows = (await listUsers(database.db, options.instansi)).map((r) => ({
          username: r.username,
          nama: r.nama,
          peran: r.role,
          status: r.status,
          unit: r.unitNama,
          nip: r.nip,
          terkunciSampai: r.lockedUntil && r.lockedUntil > new Date() ? r.lockedUntil.toISOString() : null,
        }));
        if (options.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log(`Belum ada akun di ${options.instansi}.`);
        else console.table(rows);
      });
    });
}
