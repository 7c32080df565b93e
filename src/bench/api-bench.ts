import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { seedDemo } from '../demo/seed.js';
import { DEMO_PASSWORD, seedDemoAccounts, type DemoLogin } from '../features/auth/demo-accounts.js';
import { SESSION_COOKIE } from '../features/auth/session-token.js';
import { findInstansiSummaries } from '../features/instansi/instansi.repository.js';
import { runMapping } from '../features/mapping/mapping.service.js';
import { loadConfig } from '../platform/config.js';
import { buildApp } from '../platform/http/app.js';
import { scratchPglite, scratchPostgres } from './mapping-bench.js';

export type ApiBenchOptions = {
  /** Length of the timed window per engine. */
  seconds: number;
  users: number;
  /** Pause between one user's requests, drawn uniformly from 0 to this (0: back to back). */
  thinkMs: number;
  year: number;
  postgresUrl: string | undefined;
  log: (line: string) => void;
};

export type ApiLatency = {
  requests: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p95 per kind of request, to see which one is slow. */
  p95ByKindMs: Record<string, number>;
};

export type ApiBenchReport = {
  users: number;
  seconds: number;
  thinkMs: number;
  apiP95Ms: number;
  pglite: ApiLatency;
  postgres: ApiLatency | null;
};

const ROLES_THAT_LIST = new Set(['ADMIN_INSTANSI', 'KOMITE_TALENTA', 'PPK', 'PIMPINAN_UNIT']);

/** A small deterministic PRNG (mulberry32): the same mix of requests on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round1 = (n: number) => Math.round(n * 10) / 10;

type Sample = { kind: string; ms: number; ok: boolean };

type User = {
  cookie: string;
  kode: string;
  units: string[];
  names: string[];
  nips: string[];
  random: () => number;
};

async function signIn(base: string, login: DemoLogin): Promise<string> {
  const res = await fetch(`${base}/api/auth/masuk`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ namaPengguna: login.username, kataSandi: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (res.status !== 200 || !cookie) throw new Error(`bench sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

async function getJson<T>(base: string, user: User, url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(base + url, { headers: { cookie: user.cookie } });
  return { status: res.status, body: (await res.json()) as T };
}

type Page = { items: { nip: string; nama: string }[] };

/** One request of a simulated user: the list with search and filters, the 9-box and a box's people. */
function nextRequest(user: User, year: number): { kind: string; url: string } {
  const r = user.random;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const base = `/api/instansi/${user.kode}`;
  const kind = pick([
    'daftar',
    'daftar-cari-nama',
    'daftar-cari-nip',
    'daftar-jenjang',
    'daftar-unit',
    'daftar-kotak',
    'kotak',
    'kotak-jenjang',
    'kotak-pegawai',
  ] as const);
  const page = 1 + Math.floor(r() * 5);
  const jenjang = pick(['PELAKSANA', 'FUNGSIONAL_AHLI_PERTAMA', 'PENGAWAS', 'ADMINISTRATOR']);
  const urls: Record<typeof kind, string> = {
    daftar: `${base}/pegawai?halaman=${page}&urut=${pick(['nama', '-nama', 'nip', 'kotak'])}`,
    'daftar-cari-nama': `${base}/pegawai?cari=${encodeURIComponent(pick(user.names))}`,
    'daftar-cari-nip': `${base}/pegawai?cari=${pick(user.nips).slice(0, 4 + Math.floor(r() * 6))}`,
    'daftar-jenjang': `${base}/pegawai?jenjang=${jenjang}&urut=-nip&halaman=${page}`,
    'daftar-unit': `${base}/pegawai?unit=${user.units.length ? pick(user.units) : ''}`,
    'daftar-kotak': `${base}/pegawai?periode=${year}&kotak=${1 + Math.floor(r() * 9)}`,
    kotak: `${base}/pemetaan/kotak?periode=${year}`,
    'kotak-jenjang': `${base}/pemetaan/kotak?periode=${year}&jenjang=${jenjang}`,
    'kotak-pegawai': `${base}/pemetaan/kotak/${1 + Math.floor(r() * 9)}/pegawai?periode=${year}&halaman=${page}`,
  };
  // A unit head's account may have no unit below it to pick: fall back to the plain list.
  if (kind === 'daftar-unit' && user.units.length === 0) return { kind: 'daftar', url: urls.daftar };
  return { kind, url: urls[kind] };
}

async function prepareUser(base: string, login: DemoLogin, serial: number): Promise<User> {
  const user: User = {
    cookie: await signIn(base, login),
    kode: login.instansiKode,
    units: [],
    names: [],
    nips: [],
    random: prng(serial + 1),
  };
  const units = await getJson<{ items: { id: string }[] }>(base, user, `/api/instansi/${user.kode}/unit`);
  user.units = units.body.items.slice(1, 40).map((u) => u.id);
  const page = await getJson<Page>(base, user, `/api/instansi/${user.kode}/pegawai?ukuran=50`);
  // Search terms as people type them: the start of a given name, lower case.
  user.names = page.body.items.map((i) => i.nama.split(' ')[0]!.slice(0, 4).toLowerCase());
  user.nips = page.body.items.map((i) => i.nip);
  if (user.nips.length === 0) throw new Error(`bench user of ${user.kode} sees nobody`);
  return user;
}

async function runUsers(base: string, users: User[], options: ApiBenchOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = performance.now() + options.seconds * 1000;
  await Promise.all(
    users.map(async (user) => {
      while (performance.now() < until) {
        const { kind, url } = nextRequest(user, options.year);
        const start = performance.now();
        const res = await fetch(base + url, { headers: { cookie: user.cookie } });
        await res.arrayBuffer();
        samples.push({ kind, ms: performance.now() - start, ok: res.status === 200 });
        if (options.thinkMs > 0) await new Promise((r) => setTimeout(r, user.random() * options.thinkMs));
      }
    }),
  );
  return samples;
}

function summarize(samples: Sample[], seconds: number): ApiLatency {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const byKind = new Map<string, number[]>();
  for (const s of samples) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.ms]);
  return {
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    perSecond: round1(samples.length / seconds),
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    maxMs: round1(sorted[sorted.length - 1] ?? 0),
    p95ByKindMs: Object.fromEntries(
      [...byKind].map(([k, xs]) => [
        k,
        round1(
          percentile(
            [...xs].sort((a, b) => a - b),
            95,
          ),
        ),
      ]),
    ),
  };
}

/** Seeds the Kalteng demo, publishes its mapping, starts the server in-process and measures. */
async function benchEngine(database: Database, options: ApiBenchOptions): Promise<ApiLatency> {
  await database.migrate();
  const seeded = await seedDemo(database.db, { scale: 'kalteng', seed: 1, year: options.year });
  options.log(`  data demo: ${seeded.employees} ASN dalam ${seeded.seconds.toFixed(1)} s`);
  for (const { kode } of await findInstansiSummaries(database.db))
    await runMapping(database.db, {
      instansiKode: kode,
      periode: options.year,
      actor: 'bench',
      publish: true,
    });
  // The mapping wrote 85,000 results: fresh statistics and visibility map, as a server's autovacuum gives.
  await database.db.execute(sql`vacuum analyze`);
  const { logins } = await seedDemoAccounts(database.db, { nodeEnv: 'development' });
  const config = loadConfig(
    { port: 0, host: '127.0.0.1' },
    { NODE_ENV: 'development', LOG_LEVEL: 'silent', TALENTA_LOGIN_RATE_PER_MINUTE: '10000' },
  );
  const app = await buildApp({ database, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const eligible = logins.filter((l) => ROLES_THAT_LIST.has(l.role));
    const users: User[] = [];
    for (let i = 0; i < options.users; i++)
      users.push(await prepareUser(base, eligible[i % eligible.length]!, i));
    options.log(`  ${users.length} pengguna masuk; mengukur ${options.seconds} s…`);
    const latency = summarize(await runUsers(base, users, options), options.seconds);
    options.log(
      `  p50 ${latency.p50Ms} ms · p95 ${latency.p95Ms} ms · p99 ${latency.p99Ms} ms · ${latency.errors} galat`,
    );
    return latency;
  } finally {
    await app.close();
  }
}

/**
 * `talenta bench --api`: latency of the employee list (with search and filters), the 9-box and a box's
 * people under `users` concurrent signed-in users, at Kalimantan Tengah scale, per engine. Figures, not
 * pass/fail (target p95 ≤ 100 ms, docs/PERFORMANCE.md).
 */
export async function benchApi(options: ApiBenchOptions): Promise<ApiBenchReport> {
  options.log('API (PGlite):');
  const pgliteDb = await scratchPglite();
  let pglite: ApiLatency;
  try {
    pglite = await benchEngine(pgliteDb, options);
  } finally {
    await pgliteDb.close();
  }
  let postgres: ApiLatency | null = null;
  if (options.postgresUrl) {
    options.log('API (PostgreSQL):');
    const pg = await scratchPostgres(options.postgresUrl);
    try {
      postgres = await benchEngine(pg, options);
    } finally {
      await pg.close();
    }
  }
  return {
    users: options.users,
    seconds: options.seconds,
    thinkMs: options.thinkMs,
    // The worse of the engines measured.
    apiP95Ms: Math.max(pglite.p95Ms, postgres?.p95Ms ?? 0),
    pglite,
    postgres,
  };
}
