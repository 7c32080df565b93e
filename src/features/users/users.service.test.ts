import { beforeAll, expect, it } from 'vitest';
import { testConfig } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createEmployee, createInstansi, createUnit } from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { signIn } from '../auth/auth.service.js';
import { authenticate } from '../auth/session.service.js';
import { addUser, listUsers, resetPassword, setUserStatus } from './users.service.js';

const PASSWORD = 'Sandi-Awal-2025';

describeDb('user accounts (talenta user …)', (database) => {
  const db = () => database().db;
  const auth = testConfig().auth;
  let nip: string;
  let unorId: string;

  beforeAll(async () => {
    const prov = await createInstansi(db(), 'prov', 'PROVINSI');
    const kab = await createInstansi(db(), 'kab', 'KABUPATEN', prov.id);
    const u = await createUnit(db(), kab.id);
    unorId = u.unorId;
    nip = (await createEmployee(db(), kab.id, { unitId: u.id })).nip;
  });

  it.each([
    [{ username: 'x', role: 'PPK', instansiKode: 'kab' }, 'VALIDATION', 'Nama pengguna'],
    [{ username: 'rudi', role: 'RAJA', instansiKode: 'kab' }, 'VALIDATION', 'Peran'],
    [{ username: 'rudi', role: 'PPK', instansiKode: 'tidakada' }, 'NOT_FOUND', 'tidakada'],
    [{ username: 'rudi', role: 'ADMIN_PROVINSI', instansiKode: 'kab' }, 'VALIDATION', 'provinsi'],
    [{ username: 'rudi', role: 'PIMPINAN_UNIT', instansiKode: 'kab' }, 'VALIDATION', '--unit'],
    [
      { username: 'rudi', role: 'PIMPINAN_UNIT', instansiKode: 'kab', unorId: 'U-none' },
      'NOT_FOUND',
      'U-none',
    ],
    [{ username: 'rudi', role: 'PEGAWAI', instansiKode: 'kab' }, 'VALIDATION', '--nip'],
    [
      { username: 'rudi', role: 'PEGAWAI', instansiKode: 'kab', nip: '199001012015031999' },
      'NOT_FOUND',
      'NIP',
    ],
    [
      { username: 'rudi', role: 'PPK', instansiKode: 'kab', password: 'rudi-12345678' },
      'VALIDATION',
      'nama pengguna',
    ],
    [{ username: 'rudi', role: 'PPK', instansiKode: 'kab', password: 'pendek' }, 'VALIDATION', 'minimal 10'],
  ])('refuses %j (%s)', async (input, code, message) => {
    const attempt = addUser(db(), { password: PASSWORD, ...input } as Parameters<typeof addUser>[1], 'uji');
    await expect(attempt).rejects.toMatchObject({
      code,
      message: expect.stringContaining(message) as unknown,
    });
  });

  it('adds accounts of each shape, refuses a taken name, and lists them', async () => {
    await addUser(
      db(),
      { username: 'Pimpinan.Kab', role: 'PIMPINAN_UNIT', instansiKode: 'kab', unorId, password: PASSWORD },
      'uji',
    );
    await addUser(
      db(),
      {
        username: 'pegawai.kab',
        role: 'PEGAWAI',
        instansiKode: 'kab',
        nip,
        nama: 'Pegawai Uji',
        password: PASSWORD,
      },
      'uji',
    );
    await expect(
      addUser(db(), { username: 'pegawai.kab', role: 'PPK', instansiKode: 'kab', password: PASSWORD }, 'uji'),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const list = await listUsers(db(), 'kab');
    expect(list.map((u) => [u.username, u.role, u.unorId, u.nip])).toEqual([
      ['pegawai.kab', 'PEGAWAI', null, nip],
      ['pimpinan.kab', 'PIMPINAN_UNIT', unorId, null],
    ]);
    const [entry] = await queryRows<{ actor: string; after: Record<string, unknown> }>(
      db(),
      "select actor, after from audit_log where action = 'user.create' order by seq limit 1",
    );
    expect(entry).toEqual({
      actor: 'uji',
      after: { username: 'pimpinan.kab', role: 'PIMPINAN_UNIT', instansi: 'kab', unorId, nip: null },
    });
  });

  it('resets a password: the old one stops working, the lock lifts, sessions end', async () => {
    const session = await signIn(db(), auth, { username: 'pegawai.kab', password: PASSWORD });
    await queryRows(
      db(),
      "update user_account set failed_attempts = 4, locked_until = now() + interval '5 minutes' where username = 'pegawai.kab'",
    );
    expect(await resetPassword(db(), 'pegawai.kab', 'Sandi-Baru-2025', 'uji')).toEqual({ sessionsEnded: 1 });
    expect(await authenticate(db(), auth, session.token)).toBeNull();
    await expect(signIn(db(), auth, { username: 'pegawai.kab', password: PASSWORD })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(
      signIn(db(), auth, { username: 'pegawai.kab', password: 'Sandi-Baru-2025' }),
    ).resolves.toBeDefined();
  });

  it('disables an account (ending its sessions) and enables it again', async () => {
    const session = await signIn(db(), auth, { username: 'pimpinan.kab', password: PASSWORD });
    expect(await setUserStatus(db(), 'pimpinan.kab', 'NONAKTIF', 'uji')).toEqual({
      changed: true,
      sessionsEnded: 1,
    });
    expect(await authenticate(db(), auth, session.token)).toBeNull();
    await expect(signIn(db(), auth, { username: 'pimpinan.kab', password: PASSWORD })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await setUserStatus(db(), 'pimpinan.kab', 'NONAKTIF', 'uji')).toEqual({
      changed: false,
      sessionsEnded: 0,
    });
    await setUserStatus(db(), 'pimpinan.kab', 'AKTIF', 'uji');
    await expect(signIn(db(), auth, { username: 'pimpinan.kab', password: PASSWORD })).resolves.toBeDefined();
    const text = JSON.stringify(await queryRows(db(), 'select before, after from audit_log'));
    expect(text).not.toMatch(/Sandi-|argon2/);
    const actions = await queryRows<{ action: string }>(
      db(),
      "select action from audit_log where action like 'user.%' order by seq",
    );
    expect(actions.map((a) => a.action)).toEqual([
      'user.create',
      'user.create',
      'user.password.reset',
      'user.disable',
      'user.enable',
    ]);
  });
});
