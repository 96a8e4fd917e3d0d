/**
 * `npm run bench:matching:system [-- --size quick|national] [--samples 200] [--requests 1000] [--concurrency 1] [--env NAME=value …]`:
 * embedded PostgreSQL with generated match data, the built API and worker on
 * the Redis queue backend, one full run so matches exist, then save-to-visible
 * and API latency with and without a full run; prints a markdown table.
 */
import 'reflect-metadata';
import { danishDayOf } from '@igu/calendar';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import { type GeneratorSize, GENERATOR_SIZES, generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../../tools/embedded-postgres.mjs';
import {
  createBenchUsers,
  ensureRedis,
  measureApiDuringFullRun,
  measureApiLatency,
  measureSaveToVisible,
  runFullRecompute,
  startSystem,
} from './index.js';
import type { LatencySummary } from '../lib/stats.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'national' },
    samples: { type: 'string', default: '200' },
    requests: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '1' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const size = args.size as GeneratorSize;
if (!(size in GENERATOR_SIZES)) throw new Error(`--size must be one of ${Object.keys(GENERATOR_SIZES).join(', ')}`);
const samples = Number(args.samples);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const extraEnv = Object.fromEntries(
  args.env.map((value): [string, string] => {
    const [name, setting] = value.split(/=(.*)/s, 2);
    return [name, setting];
  }),
);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = (line: string) => console.error(`[bench:system] ${line}`);

await ensureRedis(redisUrl);
const dir = mkdtempSync(join(tmpdir(), 'igu-bench-system-'));
chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false, fast: true });
let stopSystem: (() => Promise<void>) | undefined;
try {
  await ensureDatabase(server.adminUrl, 'igu');
  const databaseUrl = server.urlFor('igu');
  const dataSource = createAppDataSource({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 4 }, 'igu-bench-system');
  await dataSource.initialize();
  await setupDatabase(dataSource);
  const data = generateMatchData(size, { today: danishDayOf(new Date()) });
  await dataSource.transaction((manager) => insertMatchData(manager, data));
  await dataSource.query('ANALYZE');
  await dataSource.destroy();
  log(`${size}: ${data.candidates.length} candidates, ${data.positions.length} positions inserted`);

  const system = await startSystem({ databaseUrl, redisUrl, env: extraEnv });
  stopSystem = system.stop;
  log(`API pid ${system.apiPid}, worker pid ${system.workerPid}, logs ${system.logFile}`);
  const bench = await createBenchUsers(system);

  const initial = await runFullRecompute(bench);
  if (initial.state !== 'COMPLETED') throw new Error(`Initial full run ended ${initial.state}`);
  log(`initial full run: ${initial.wallSeconds.toFixed(1)} s`);
  const baseline = await measureApiLatency(bench, { requests, concurrency });
  log(`baseline list query p99 ${baseline.p99.toFixed(1)} ms`);
  const during = await measureApiDuringFullRun(bench, { concurrency });
  log(`full run under load: ${during.run.wallSeconds.toFixed(1)} s, ${during.latency.n} list queries during it`);
  const visible = await measureSaveToVisible(bench, { samples });
  log(`save-to-visible p95 ${visible.latency.p95.toFixed(0)} ms, ${visible.timeouts} timeouts`);

  const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 1 : 0));
  const row = (what: string, s: LatencySummary, note = '') =>
    `| ${what} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${note} |`;
  const ratio = during.latency.p99 / baseline.p99;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(
    [
      '## System (API and worker processes, measured over HTTP GraphQL)',
      '',
      `Date: ${new Date().toISOString()}  `,
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}  `,
      `Size: ${size} — ${data.candidates.length.toLocaleString()} candidates × ${data.positions.length.toLocaleString()} positions; queue: Redis (prefix ${system.queuePrefix}); ` +
        `OUTBOX_POLL_MS ${system.config.OUTBOX_POLL_MS ?? '250 (default)'}; LOG_LEVEL ${system.config.LOG_LEVEL ?? '(default)'}; list queries at concurrency ${concurrency}`,
      '',
      '| measure | n | p50 ms | p95 ms | p99 ms | max ms | note |',
      '|---|---|---|---|---|---|---|',
      row(
        'save-to-visible: updateCandidate sent → newer computedAt seen (5 ms polls)',
        visible.latency,
        `${visible.timeouts} timeouts; ${visible.distinctCandidates} candidates`,
      ),
      row('updateCandidate round trip', visible.mutation),
      row('list query (positions first 20), no full run', baseline, `${baseline.errors} errors`),
      row('list query during a full run (WAITING/ACTIVE)', during.latency, `${during.latency.errors} errors`),
      '',
      '| target | measured | result |',
      '|---|---|---|',
      `| save-to-visible p95 ≤ 200 ms (Redis backend) | ${ms(visible.latency.p95)} ms, ${visible.timeouts} timeouts | ${verdict(visible.latency.p95 <= 200 && visible.timeouts === 0)} |`,
      `| API p99 during a full run ≤ 2× without | ${ratio.toFixed(2)}× (${ms(during.latency.p99)} vs ${ms(baseline.p99)} ms) | ${verdict(ratio <= 2)} |`,
      `| full run ≤ 10 s end to end, through the queue | ${during.run.wallSeconds.toFixed(1)} s (job ${during.run.jobSeconds.toFixed(1)} s) | ${verdict(during.run.wallSeconds <= 10)} |`,
      `| worker peak RSS ≤ 512 MB | ${during.workerPeakRssMb} MiB (VmHWM${during.workerPeakRssReset ? ', reset before the run' : ', since start'}) | ${verdict(during.workerPeakRssMb <= 512)} |`,
      '',
      `Initial full run (empty match table): ${initial.wallSeconds.toFixed(1)} s wall, job ${initial.jobSeconds.toFixed(1)} s.`,
      '',
    ].join('\n'),
  );
} finally {
  await stopSystem?.();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
