import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { describeDb } from '../../../test/db-engines.js';
import { queryRows } from '../../db/query.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { defineJob } from './job-kind.js';
import { startJobs, type Jobs } from './jobs.js';

const seen: string[] = [];
const echo = defineJob<{ word: string }>({
  name: 'uji.gema',
  data: z.object({ word: z.string() }),
  retryLimit: 0,
  expireInSeconds: 60,
  run: (_context, data) => {
    seen.push(data.word);
    return Promise.resolve();
  },
});

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
};

describeDb('job platform: pg-boss on the app database', (database) => {
  let jobs: Jobs;
  const config = { ...loadConfig({}, {}).jobs, pollSeconds: 0.5 };
  beforeAll(async () => {
    seen.length = 0; // one array for both engines' suites
    jobs = await startJobs(database(), config, [echo], createLogger('silent'));
  });
  afterAll(async () => {
    await jobs.stop();
  });

  it('creates its schema in the same database and runs a queued job', async () => {
    const tables = await queryRows<{ n: number }>(
      database().db,
      "select count(*)::int as n from information_schema.tables where table_schema = 'pgboss'",
    );
    expect(tables[0]!.n).toBeGreaterThan(2);
    await jobs.send(echo, { word: 'satu' });
    await until(() => seen.includes('satu'));
    expect(seen).toContain('satu');
  });

  it('keeps answering the app while workers poll', async () => {
    for (let i = 0; i < 20; i++) await database().db.execute('select 1');
    expect(true).toBe(true);
  });

  it('keeps a queued job across a restart and runs it after', async () => {
    await jobs.stop();
    const sender = await startJobs(database(), { ...config, workers: false }, [echo], createLogger('silent'));
    await sender.send(echo, { word: 'dua' });
    await sender.stop();
    expect(seen).not.toContain('dua');
    jobs = await startJobs(database(), config, [echo], createLogger('silent'));
    await until(() => seen.includes('dua'));
    expect(seen).toContain('dua');
  });
});
