import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
/** A metrics listener's port; 0 picks a free one (tests). Unset: no metrics endpoint. */
const metricsPort = z.coerce.number().int().min(0).max(65535).optional();

/** `https://a.example,https://b.example:8443` → exact origins a browser may call the API from. */
const origins = z.string().transform((value, ctx) => {
  const list = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      ctx.addIssue({
        code: 'custom',
        message: `"${origin}" is not an origin like https://app.example (scheme, host, optional port, no path)`,
      });
      return z.NEVER;
    }
  }
  return list;
});
const flag = z.stringbool();
const base64Key = (name: string) =>
  z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, `${name} must be 32 random bytes, base64-encoded`)
    .transform((value) => Buffer.from(value, 'base64'));

/** `id:base64key,id2:base64key2` → { id: key, … }; every key 32 bytes (AES-256). */
const keyRing = z.string().transform((value, ctx) => {
  const ring: Record<string, Buffer> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, key = ''] = part.split(':');
    const bytes = Buffer.from(key, 'base64');
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || bytes.length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'entries must be <id>:<32 random bytes, base64>, comma-separated' });
      return z.NEVER;
    }
    ring[id] = bytes;
  }
  if (Object.keys(ring).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'at least one key is required' });
    return z.NEVER;
  }
  return ring;
});

/**
 * Express's `trust proxy`: `false`, `true` (every hop: the client picks its own
 * address), a hop count, or the proxies' addresses/subnets (comma-separated).
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | number | string => {
    if (/^(false|0|no|n|off|disabled)$/i.test(value)) return false;
    if (/^(true|yes|y|on|enabled)$/i.test(value)) return true;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    if (/^[0-9A-Za-z.:/_-]+(\s*,\s*[0-9A-Za-z.:/_-]+)*$/.test(value)) return value;
    ctx.addIssue({ code: 'custom', message: 'must be false, true, a hop count or comma-separated proxy addresses' });
    return z.NEVER;
  });

const count = z.coerce.number().int().min(1);
const seconds = z.coerce
  .number()
  .int()
  .min(1)
  .max(7 * 24 * 3600);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Every environment variable the processes read; `.env.example` documents each one. */
const variables = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: port.default(3000),
  /** The platform's port (Heroku, Render, Cloud Run…): when set, the API listens here instead of API_PORT. */
  PORT: port.optional(),
  WORKER_HEALTH_PORT: port.default(3001),
  METRICS_PORT: metricsPort,
  WORKER_METRICS_PORT: metricsPort,
  /** Browser origins allowed to call the API cross-origin (CORS); none by default (the web app is same-origin). */
  CORS_ORIGINS: origins.default([]),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  /** Redis key prefix for the queues and the rate-limit counters. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _ only')
    .default('igu'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: flag.default(false),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  QUEUE_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).max(3_600_000).default(30_000),
  /** How often a standby worker tries to take over a leader-only queue (matching), and how often the leader checks its lock. */
  LEADER_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** SIGTERM/SIGINT: in-flight requests and jobs get this long to finish; then the process exits with 1. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(25_000),
  MATCHING_TOP_K: z.coerce.number().int().min(1).max(500).default(50),
  /** Largest handover file `POST /imports/handover` accepts (bytes; 20 MB holds well over 50,000 rows); larger is 413. */
  HANDOVER_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(200 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** Rows a handover import writes per transaction (its checkpoint and one matching job each). */
  HANDOVER_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  /** Pins "today" (YYYY-MM-DD, Danish calendar day) for tests and demos; refused in production. */
  CLOCK_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'must be a real calendar date')
    .optional(),

  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters'),
  JWT_ISSUER: z.string().min(1).default('igu-match'),
  JWT_AUDIENCE: z.string().min(1).default('igu-match-api'),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 3600)
    .default(900),
  TRUST_PROXY: trustProxy.default(false),
  /** Failed logins for one account from one IP (locks that pair only), per LOGIN_FAILURE_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: count.default(10),
  /** Failed logins from one IP across accounts, per LOGIN_FAILURE_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_IP: count.default(100),
  LOGIN_FAILURE_WINDOW_SECONDS: seconds.default(900),
  /** Failed logins for one account across all IPs (bounds distributed guessing), per LOGIN_ACCOUNT_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: count.default(100),
  LOGIN_ACCOUNT_WINDOW_SECONDS: seconds.default(3600),
  /** registerEmployer attempts per IP (each runs argon2id), per REGISTER_WINDOW_SECONDS. */
  REGISTER_MAX_PER_IP: count.default(5),
  REGISTER_WINDOW_SECONDS: seconds.default(3600),
  /** Requests per client IP (every request) and per signed-in user, per API_RATE_LIMIT_WINDOW_SECONDS, over the whole API; 0 turns a limit off. */
  API_RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).default(3000),
  API_RATE_LIMIT_PER_USER: z.coerce.number().int().min(0).default(600),
  API_RATE_LIMIT_WINDOW_SECONDS: seconds.default(60),
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters').optional(),

  /** Outgoing mail (notifications); without SMTP_HOST no e-mail is sent (in-app notices still are). */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(587),
  SMTP_SECURE: flag.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('IGU Match <no-reply@igu-match.example>'),
  /** Where the web app is reached; links in e-mails point here. */
  PUBLIC_WEB_URL: z.url().default('http://localhost:3000'),

  PII_ENCRYPTION_KEYS: keyRing,
  PII_ACTIVE_KEY_ID: z.string().min(1),
  PII_BLIND_INDEX_KEY: base64Key('PII_BLIND_INDEX_KEY'),
  /**
   * Storage limitation (GDPR art. 5(1)(e)): a candidate's personal data is pseudonymised this many years
   * after the latest of their last proposal, programme end and record update; access-log rows older than
   * this are deleted. See README "Data protection".
   */
  DATA_RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(5),
  /** Candidates the retention job pseudonymises per transaction. */
  DATA_RETENTION_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
});

export const CONFIG_VARIABLES: readonly string[] = Object.keys(variables.shape);

export const configSchema = variables
  .refine((config) => !(config.NODE_ENV === 'production' && config.CLOCK_TODAY), {
    path: ['CLOCK_TODAY'],
    error: 'must not be set in production',
  })
  .refine((config) => config.PII_ACTIVE_KEY_ID in config.PII_ENCRYPTION_KEYS, {
    path: ['PII_ACTIVE_KEY_ID'],
    error: 'must name one of the keys in PII_ENCRYPTION_KEYS',
  })
  // Otherwise failures from a single IP would lock the account for everyone.
  .refine((config) => config.LOGIN_MAX_FAILURES_PER_ACCOUNT > config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP, {
    path: ['LOGIN_MAX_FAILURES_PER_ACCOUNT'],
    error: 'must be greater than LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP',
  })
  .transform((config) => ({ ...config, API_PORT: config.PORT ?? config.API_PORT }));

export type AppConfig = Readonly<z.infer<typeof configSchema>>;
