import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { buildSuccessionCardWorld, type SuccessionCardWorld } from '../../../test/succession-card-world.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';
import type { CardSuccession } from './card-succession.service.js';

describeDb('talent card: the succession plans a person is on (rules.md §4, §6)', (database) => {
  let app: App;
  let world: SuccessionCardWorld;
  const browsers: Record<string, Browser> = {};

  beforeAll(async () => {
    world = await buildSuccessionCardWorld(database().db);
    app = await buildApp({ database: database(), config: testConfig() });
    for (const name of ['admin', 'komite', 'ppk', 'kepala', 'diri', 'auditor', 'admin-lain'])
      browsers[name] = await signIn(app, name);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (who: string, kode: string, nip: string) =>
    app.inject({
      method: 'GET',
      url: `/api/instansi/${kode}/pegawai/${nip}/suksesi`,
      headers: as(browsers[who]),
    });
  const plans = async (who: string, nip: string, kode = 'kartu') => {
    const res = await get(who, kode, nip);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CardSuccession>();
  };

  it('lists both slates of a person, best rank first, with readiness and the emergency successor', async () => {
    const out = await plans('admin', world.nips.candidate);
    expect(out).toMatchObject({ sudahDihitung: true, periode: 2025 });
    const [run] = await queryRows<{ created_at: Date | string }>(
      database().db,
      'select created_at from succession_run order by created_at desc limit 1',
    );
    expect(out.dihitungPada).toBe(new Date(run!.created_at).toISOString());
    expect(out.items).toEqual([
      {
        jabatan: {
          kode: 'KP-1',
          nama: 'Kepala Badan Kepegawaian',
          jenjang: 'JPT_PRATAMA',
          unorNama: 'Sekretariat Daerah',
        },
        instansi: null,
        periode: 2025,
        peringkat: 1,
        kesiapan: 'SIAP_SEKARANG',
        suksesorDarurat: true,
      },
      {
        jabatan: {
          kode: 'KP-2',
          nama: 'Kepala Dinas Pendidikan',
          jenjang: 'JPT_PRATAMA',
          unorNama: 'Sekretariat Daerah',
        },
        instansi: null,
        periode: 2025,
        peringkat: 2,
        kesiapan: 'SIAP_SEKARANG',
        suksesorDarurat: false,
      },
    ]);
    expect(out.kelompokTalenta).toEqual({
      periode: 2025,
      items: [{ kelompok: 'JPT', diusulkan: true, status: 'USULAN', anggota: true }],
      dikecualikan: null,
    });
  });

  it('agrees with the slate pages it links to', async () => {
    for (const kode of ['KP-1', 'KP-2']) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/instansi/kartu/suksesi/jabatan-kunci/${kode}`,
        headers: as(browsers.komite),
      });
      const slate = res.json<{
        kandidat: { nipBaru: string; peringkat: number; suksesorDarurat: boolean }[];
      }>();
      const mine = slate.kandidat.find((c) => c.nipBaru === world.nips.candidate);
      const card = (await plans('komite', world.nips.candidate)).items.find((i) => i.jabatan.kode === kode);
      expect([card?.peringkat, card?.suksesorDarurat]).toEqual([mine?.peringkat, mine?.suksesorDarurat]);
    }
    const holder = await plans('ppk', world.nips.holder);
    expect(holder.items.map((i) => [i.jabatan.kode, i.peringkat, i.suksesorDarurat])).toEqual([
      ['KP-2', 1, true],
    ]);
  });

  it('gives an empty list for a person on no slate, and says why the rule left them out of the pool', async () => {
    const none = await plans('admin', world.nips.pengawas);
    expect(none).toMatchObject({ sudahDihitung: true, periode: 2025, items: [] });
    const sanctioned = await plans('komite', world.nips.sanctioned);
    expect(sanctioned.items).toEqual([]);
    expect(sanctioned.kelompokTalenta).toMatchObject({
      items: [],
      dikecualikan: { kelompok: 'JPT', alasan: [{ kode: 'HUKDIS_SEDANG_BERAT' }] },
    });
  });

  it('says no run is computed yet, with an empty list, when the instansi has none', async () => {
    const out = await plans('admin-lain', world.nips.otherPerson, 'lain');
    expect(out).toEqual({
      sudahDihitung: false,
      periode: null,
      dihitungPada: null,
      items: [],
      kelompokTalenta: null,
    });
  });

  it('is the committee’s: 404 for another instansi or an unknown person, 403 for Pegawai, Pimpinan Unit, Auditor', async () => {
    expect((await get('admin', 'lain', world.nips.otherPerson)).statusCode).toBe(404);
    expect((await get('admin-lain', 'kartu', world.nips.candidate)).statusCode).toBe(404);
    expect((await get('admin', 'kartu', world.nips.otherPerson)).statusCode).toBe(404);
    // The Pegawai's own card does not show it either: not even their own slates.
    expect((await get('diri', 'kartu', world.nips.candidate)).statusCode).toBe(403);
    expect((await get('kepala', 'kartu', world.nips.candidate)).statusCode).toBe(403);
    expect((await get('auditor', 'kartu', world.nips.candidate)).statusCode).toBe(403);
    expect((await get('admin', 'kartu', '12345')).statusCode).toBe(400);
  });
});
