import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  KEY_POSITION,
  KEY_POSITION_REASON,
  buildAccessWorld,
  type Person,
  type Place,
  type World,
} from '../../../test/access-world.js';
import { as, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { multipart } from '../../../test/import-web.js';
import { queryRows } from '../../db/query.js';
import { BAWAAN_V1 } from '../../domain/rule-set.js';
import { decide, type Decision, type Resource } from '../../features/auth/policies/access.js';
import type { Actor } from '../../features/auth/policies/actor.js';
import { authenticate } from '../../features/auth/session.service.js';
import { buildApp, type App } from './app.js';
import { UNSAFE_METHODS, type ApiRoute } from './guard.js';

/** What a sweep call aims at: an instansi, and for person routes one of its people. */
type Target = { place: Place; person?: Person };
type Call = { url: string; payload?: object | Buffer; headers?: Record<string, string> };
/**
 * A valid request per /api route. `tenant` says where the instansi goes (path `:kode`, the `instansi`
 * query, or nowhere); `allowed` is the status expected when the policy allows (default 200).
 */
type Sample = {
  tenant: 'path' | 'query' | 'none';
  person?: true;
  allowed?: number;
  /** Ends or changes the session it is sent with: sent with a fresh one, after the others. */
  ownSession?: true;
  call: (t: Target) => Call;
};

let copies = 0;
const base = (t: Target) => `/api/instansi/${t.place.kode}`;
const SAMPLES: Record<string, Sample | 'public'> = {
  'POST /api/auth/masuk': 'public',
  'GET /api/auth/sesi': 'public',
  'GET /api/instansi': { tenant: 'none', call: () => ({ url: '/api/instansi' }) },
  'GET /api/instansi/:kode/pemetaan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/pemetaan` }),
  },
  'GET /api/instansi/:kode/pemetaan/penjelasan/:nip': {
    tenant: 'path',
    person: true,
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/pemetaan/penjelasan/${t.person!.nip}?periode=2025` }),
  },
  'GET /api/instansi/:kode/pemetaan/pergerakan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/pemetaan/pergerakan?dari=2024&ke=2025` }),
  },
  'GET /api/instansi/:kode/kualitas-data': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/kualitas-data?periode=2025` }),
  },
  'POST /api/instansi/:kode/aturan/simulasi': {
    tenant: 'path',
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/aturan/simulasi`,
      payload: { periode: 2025, aturan: 'bawaan' },
    }),
  },
  'GET /api/saya': { tenant: 'none', call: () => ({ url: '/api/saya' }) },
  'GET /api/provinsi/ringkasan': { tenant: 'none', call: () => ({ url: '/api/provinsi/ringkasan' }) },
  'GET /api/instansi/:kode/ringkasan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/ringkasan` }),
  },
  'GET /api/instansi/:kode/pegawai': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pegawai?cari=pegawai&urut=-nip&ukuran=5` }),
  },
  'GET /api/instansi/:kode/pegawai/:nip': {
    tenant: 'path',
    person: true,
    call: (t) => ({ url: `${base(t)}/pegawai/${t.person!.nip}` }),
  },
  // The slates a person is on: succession readers only, never the Pegawai (not even for themself).
  'GET /api/instansi/:kode/pegawai/:nip/suksesi': {
    tenant: 'path',
    person: true,
    call: (t) => ({ url: `${base(t)}/pegawai/${t.person!.nip}/suksesi` }),
  },
  'GET /api/instansi/:kode/pegawai/ekspor': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pegawai/ekspor?format=json` }),
  },
  'GET /api/instansi/:kode/unit': { tenant: 'path', call: (t) => ({ url: `${base(t)}/unit` }) },
  'GET /api/instansi/:kode/pemetaan/kotak': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pemetaan/kotak?periode=2025` }),
  },
  'GET /api/instansi/:kode/pemetaan/kotak/:kotak/pegawai': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pemetaan/kotak/5/pegawai?periode=2025` }),
  },
  'GET /api/instansi/:kode/pemetaan/ekspor': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pemetaan/ekspor?periode=2025&format=simata` }),
  },
  'GET /api/instansi/:kode/aturan': { tenant: 'path', call: (t) => ({ url: `${base(t)}/aturan` }) },
  'GET /api/instansi/:kode/aturan/:aturan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/aturan/bawaan@1` }),
  },
  'POST /api/instansi/:kode/aturan': {
    tenant: 'path',
    allowed: 201,
    call: (t) => ({
      url: `${base(t)}/aturan`,
      payload: { dari: 'bawaan', kode: `salinan-${++copies}`, nama: 'Salinan uji' },
    }),
  },
  'PUT /api/instansi/:kode/aturan/:aturan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/aturan/uji-draf@1`, payload: { isi: BAWAAN_V1 } }),
  },
  'POST /api/instansi/:kode/aturan/:aturan/versi-baru': {
    tenant: 'path',
    allowed: 201,
    call: (t) => ({ url: `${base(t)}/aturan/uji-draf/versi-baru` }),
  },
  'POST /api/instansi/:kode/aturan/:aturan/terbitkan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/aturan/uji-terbit@1/terbitkan` }),
  },
  'POST /api/instansi/:kode/impor/:jenis': {
    tenant: 'path',
    allowed: 202,
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/impor/skp`,
      ...multipart('skp.csv', 'nipBaru,tahun\n'),
    }),
  },
  'GET /api/instansi/:kode/impor': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/impor` }),
  },
  'GET /api/instansi/:kode/impor/:id': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/impor/${t.place.importId}` }),
  },
  'GET /api/instansi/:kode/impor/:id/baris': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/impor/${t.place.importId}/baris?halaman=1` }),
  },
  'GET /api/instansi/:kode/impor/:id/berkas-kesalahan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/impor/${t.place.importId}/berkas-kesalahan` }),
  },
  // The world's import failed its validation: an allowed commit is refused and changes nothing.
  'POST /api/instansi/:kode/impor/:id/terapkan': {
    tenant: 'path',
    allowed: 409,
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/impor/${t.place.importId}/terapkan`,
      payload: { lewatiTidakValid: true },
    }),
  },
  'GET /api/instansi/:kode/suksesi/jabatan-kunci': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/suksesi/jabatan-kunci` }),
  },
  'GET /api/instansi/:kode/suksesi/jabatan-kunci/:jabatan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/suksesi/jabatan-kunci/${KEY_POSITION}` }),
  },
  'GET /api/instansi/:kode/suksesi/jabatan-kunci/:jabatan/syarat/:nip': {
    tenant: 'path',
    person: true,
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/suksesi/jabatan-kunci/${KEY_POSITION}/syarat/${t.person!.nip}`,
    }),
  },
  'GET /api/instansi/:kode/suksesi/jabatan-kunci/:jabatan/bandingkan': {
    tenant: 'path',
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/suksesi/jabatan-kunci/${KEY_POSITION}/bandingkan?nip=${t.place.self.nip},${t.place.elsewhere.nip}`,
    }),
  },
  'GET /api/instansi/:kode/suksesi/kekuatan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/suksesi/kekuatan` }),
  },
  'GET /api/instansi/:kode/suksesi/pengaturan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/suksesi/pengaturan` }),
  },
  // Allowed: saved, audited and the slates recomputed (the answer reports the new run).
  'PUT /api/instansi/:kode/suksesi/pengaturan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/suksesi/pengaturan`, payload: { slateSize: 6 } }),
  },
  'GET /api/instansi/:kode/kelompok-talenta': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/kelompok-talenta?kelompok=JPT` }),
  },
  'GET /api/instansi/:kode/kelompok-talenta/keputusan': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/kelompok-talenta/keputusan` }),
  },
  // Only the Komite Talenta of A may decide: one call adds A's colleague to the Pengawas pool.
  'POST /api/instansi/:kode/kelompok-talenta/keputusan': {
    tenant: 'path',
    allowed: 201,
    call: (t) => ({
      url: `/api/instansi/${t.place.kode}/kelompok-talenta/keputusan`,
      payload: { nip: t.place.colleague.nip, kelompok: 'PENGAWAS', keputusan: 'TAMBAH', alasan: 'Uji akses' },
    }),
  },
  'GET /api/instansi/:kode/kelompok-talenta/provinsi': {
    tenant: 'path',
    call: (t) => ({ url: `/api/instansi/${t.place.kode}/kelompok-talenta/provinsi` }),
  },
  'POST /api/instansi/:kode/pemetaan/jalankan': {
    tenant: 'path',
    allowed: 202,
    call: (t) => ({ url: `${base(t)}/pemetaan/jalankan`, payload: { periode: 2025, terbitkan: false } }),
  },
  'GET /api/instansi/:kode/pemetaan/proses': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pemetaan/proses` }),
  },
  'GET /api/instansi/:kode/pemetaan/proses/:id': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/pemetaan/proses/${t.place.mappingJobId}` }),
  },
  'GET /api/instansi/:kode/jabatan': {
    tenant: 'path',
    call: (t) => ({ url: `${base(t)}/jabatan?cari=kunci&kunci=true&ukuran=5` }),
  },
  // Marking the key position again with its own reason changes nothing: an allowed call answers 409.
  'PUT /api/instansi/:kode/jabatan/:jabatan/kunci': {
    tenant: 'path',
    allowed: 409,
    call: (t) => ({
      url: `${base(t)}/jabatan/${KEY_POSITION}/kunci`,
      payload: { kunci: true, alasan: KEY_POSITION_REASON },
    }),
  },
  'GET /api/audit': { tenant: 'query', call: (t) => ({ url: `/api/audit?instansi=${t.place.kode}` }) },
  'GET /api/audit/ekspor': {
    tenant: 'query',
    call: (t) => ({ url: `/api/audit/ekspor?format=json&instansi=${t.place.kode}` }),
  },
  // Allowed for everyone signed in; a wrong current password answers 400 and changes nothing.
  'PUT /api/auth/kata-sandi': {
    tenant: 'none',
    allowed: 400,
    call: () => ({
      url: '/api/auth/kata-sandi',
      payload: { kataSandiLama: 'bukan-sandinya-1', kataSandiBaru: 'x' },
    }),
  },
  'POST /api/auth/keluar': {
    tenant: 'none',
    allowed: 204,
    ownSession: true,
    call: () => ({ url: '/api/auth/keluar' }),
  },
  'POST /api/auth/keluar-semua': {
    tenant: 'none',
    ownSession: true,
    call: () => ({ url: '/api/auth/keluar-semua' }),
  },
};

const STATUS: Record<Decision, number> = { ALLOW: 200, FORBIDDEN: 403, NOT_FOUND: 404 };

describeDb('access sweep: every API route × every role × own, other instansi and other unit', (database) => {
  let app: App;
  let world: World;
  const actors = new Map<string, { browser: Browser; actor: Actor }>();

  beforeAll(async () => {
    world = await buildAccessWorld(database().db);
    app = await buildApp({ database: database(), config: testConfig() });
    for (const { username } of world.accounts) {
      const browser = await signIn(app, username);
      const auth = await authenticate(database().db, testConfig().auth, browser.cookie);
      actors.set(username, { browser, actor: auth!.actor });
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const key = (r: ApiRoute) => `${r.method} ${r.url}`;

  it('has a sample request for every route the server registered, and none for a route it did not', () => {
    const served = app.apiRoutes.map(key).sort();
    expect(served.length).toBeGreaterThan(5);
    expect(Object.keys(SAMPLES).sort()).toEqual(served);
    const publicRoutes = app.apiRoutes.filter((r) => r.policy === 'public').map(key);
    expect(publicRoutes.sort()).toEqual(['GET /api/auth/sesi', 'POST /api/auth/masuk']);
  });

  function targetsFor(sample: Sample): Target[] {
    const { a, b, prov, other } = world.places;
    if (sample.tenant === 'none') return [{ place: a }];
    if (!sample.person) return [a, b, prov, other].map((place) => ({ place }));
    return [
      ...[a.self, a.colleague, a.elsewhere].map((person) => ({ place: a, person })),
      ...[b, prov, other].map((place) => ({ place, person: place.colleague })),
    ];
  }

  function expected(actor: Actor, route: ApiRoute, sample: Sample, t: Target): number {
    if (route.policy === 'public') throw new Error('public route in sweep');
    const resource: Resource = {
      ...(sample.tenant === 'none' ? {} : { instansi: { id: t.place.id, indukId: t.place.indukId } }),
      ...(t.person ? { person: { employeeId: t.person.employeeId, unitPath: t.person.unitPath } } : {}),
    };
    // A tenant named in the query is checked by the service, after the guard has checked the role.
    const coarse = decide(actor, route.policy);
    const decision =
      sample.tenant === 'query' && coarse === 'FORBIDDEN' ? coarse : decide(actor, route.policy, resource);
    return decision === 'ALLOW' ? (sample.allowed ?? 200) : STATUS[decision];
  }

  it('answers as the policies say for every role and target, 401 without a session, 403 without CSRF', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    // Sign-outs last: sign-out everywhere ends the sessions the other calls use.
    const endsSession = (r: ApiRoute) => {
      const sample = SAMPLES[key(r)];
      return typeof sample === 'object' && sample.ownSession === true;
    };
    const routes = [...app.apiRoutes.filter((r) => !endsSession(r)), ...app.apiRoutes.filter(endsSession)];
    for (const route of routes) {
      const sample = SAMPLES[key(route)];
      if (!sample || sample === 'public') continue;
      const first = sample.call(targetsFor(sample)[0]!);
      const inject = (headers: Record<string, string>, call: Call) =>
        app.inject({
          method: route.method as 'GET',
          url: call.url,
          headers: { ...headers, ...call.headers },
          ...(call.payload ? { payload: call.payload } : {}),
        });
      const anonymous = await inject({}, first);
      if (anonymous.statusCode !== 401)
        mismatches.push(`${key(route)} anonim → ${anonymous.statusCode}, harus 401`);
      for (const { username } of world.accounts) {
        const { actor } = actors.get(username)!;
        for (const t of targetsFor(sample)) {
          const browser = sample.ownSession ? await signIn(app, username) : actors.get(username)!.browser;
          if (UNSAFE_METHODS.has(route.method)) {
            const noCsrf = await inject(as(browser, false), sample.call(t));
            if (noCsrf.statusCode !== 403)
              mismatches.push(`${key(route)} ${username} tanpa CSRF → ${noCsrf.statusCode}`);
          }
          const res = await inject(as(browser), sample.call(t));
          calls++;
          const want = expected(actor, route, sample, t);
          if (res.statusCode !== want) {
            const who = t.person ? `${t.place.kode}/${t.person.nip}` : t.place.kode;
            mismatches.push(
              `${key(route)} ${username} → ${who}: ${res.statusCode}, harus ${want} (${res.body.slice(0, 120)})`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(200);
    // About 1,000 calls: a minute or more on a loaded machine (a bound on time, not an assertion of speed).
  }, 300_000);

  it('shows a Pimpinan Unit the movement of their own subtree only', async () => {
    const browser = await signIn(app, 'pimpinan-unit.kaba');
    const res = await app.inject({
      method: 'GET',
      url: '/api/instansi/kaba/pemetaan/pergerakan?dari=2024&ke=2025',
      headers: as(browser),
    });
    const counted = Object.values(res.json<{ matrix: Record<string, Record<string, number>> }>().matrix)
      .flatMap((row) => Object.values(row))
      .reduce((s, n) => s + n, 0);
    expect(counted).toBe(2); // self and colleague in unit 1; not the one in unit 2
  });

  it('records each what-if simulation in the audit log (a POST whose service writes nothing)', async () => {
    const rows = await queryRows<{ actor: string; entity_id: string; after: unknown }>(
      database().db,
      "select actor, entity_id, after from audit_log where action = 'rules.simulate' order by seq",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({
      entity_id: 'POST /api/instansi/:kode/aturan/simulasi',
      after: {
        params: { kode: expect.any(String) as unknown },
        body: { periode: 2025, aturan: 'bawaan' },
        status: 200,
      },
    });
    expect(new Set(rows.map((r) => r.actor))).toEqual(
      new Set(['user:admin-instansi.kaba', 'user:admin-provinsi.prov', 'user:admin-instansi.prov']),
    );
  });

  it('lists only the instansi an actor sees', async () => {
    const list = async (username: string) =>
      (await app.inject({ method: 'GET', url: '/api/instansi', headers: as(await signIn(app, username)) }))
        .json<{ items: { kode: string }[] }>()
        .items.map((i) => i.kode);
    expect(await list('admin-provinsi.prov')).toEqual(['prov', 'kaba', 'kabb']);
    expect(await list('auditor.prov')).toEqual(['prov', 'kaba', 'kabb']);
    expect(await list('admin-instansi.prov')).toEqual(['prov']);
    expect(await list('pegawai.kaba')).toEqual(['kaba']);
  });
});
