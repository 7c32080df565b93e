import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The only reader of process.env (architecture.md §2). Everything else receives a Config. */
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  TALENTA_DATA_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** auto: Secure when the request came over HTTPS (with TALENTA_TRUST_PROXY, as the proxy says). */
  TALENTA_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Trust X-Forwarded-* from a TLS-terminating reverse proxy in front of Talenta. */
  TALENTA_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  TALENTA_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  TALENTA_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  TALENTA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TALENTA_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Sign-in attempts per minute from one address, before any account lockout. */
  TALENTA_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /** This process runs background jobs (pg-boss workers); false: it only queues them (API-only process). */
  TALENTA_JOB_WORKERS: z.enum(['true', 'false']).default('true'),
  /** How often an idle worker asks the database for work. */
  TALENTA_JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  /** Largest import file accepted from the web, in megabytes. */
  TALENTA_UPLOAD_MAX_MB: z.coerce.number().min(1).max(1024).default(50),
});

export type AuthConfig = {
  session: { idleMinutes: number; absoluteHours: number };
  lockout: { maxFailures: number; lockMinutes: number };
  loginRatePerMinute: number;
  /** Demo accounts (shared password) may sign in: everywhere but production. */
  allowDemoAccounts: boolean;
};

export type HttpConfig = {
  /** auto: Secure cookies when the request came over HTTPS; always; never. */
  secureCookies: 'auto' | 'always' | 'never';
  trustProxy: boolean;
};

export type JobsConfig = {
  /** Run workers in this process (every process may queue jobs). */
  workers: boolean;
  pollSeconds: number;
};

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  auth: AuthConfig;
  http: HttpConfig;
  jobs: JobsConfig;
  imports: { maxUploadBytes: number };
};

export type ConfigOverrides = {
  dataDir?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
};

const SECURE_COOKIES = { auto: 'auto', true: 'always', false: 'never' } as const;

/** Reads the environment once; command-line flags (overrides) win over it. */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Konfigurasi lingkungan tidak valid: ${issues}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(overrides.dataDir ?? e.TALENTA_DATA_DIR ?? 'data'),
    port: overrides.port ?? e.PORT,
    host: overrides.host ?? e.HOST,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    auth: {
      session: { idleMinutes: e.TALENTA_SESSION_IDLE_MINUTES, absoluteHours: e.TALENTA_SESSION_MAX_HOURS },
      lockout: { maxFailures: e.TALENTA_LOGIN_MAX_FAILURES, lockMinutes: e.TALENTA_LOGIN_LOCK_MINUTES },
      loginRatePerMinute: e.TALENTA_LOGIN_RATE_PER_MINUTE,
      allowDemoAccounts: e.NODE_ENV !== 'production',
    },
    http: {
      secureCookies: SECURE_COOKIES[e.TALENTA_SECURE_COOKIES],
      trustProxy: e.TALENTA_TRUST_PROXY === 'true',
    },
    jobs: { workers: e.TALENTA_JOB_WORKERS === 'true', pollSeconds: e.TALENTA_JOB_POLL_SECONDS },
    imports: { maxUploadBytes: Math.round(e.TALENTA_UPLOAD_MAX_MB * 1024 * 1024) },
  };
}

/** The package's root folder (holds package.json), whether running from src/ or dist/. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + start);
    dir = parent;
  }
  return dir;
}
