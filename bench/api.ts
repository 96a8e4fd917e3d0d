/**
 * `npm run bench:api [-- --size national] [--seconds 15]`: the API against two
 * hand-written baselines on the same data and SQL (issue 20). On a fresh
 * embedded PostgreSQL (with pg_stat_statements) holding the generated
 * `seed:scale` data, it starts the built API (no worker) and the Fastify and
 * plain Apollo baselines as child processes, checks all three answer the
 * positions list with the same JSON, counts SQL statements per request, times
 * the list's SQL through TypeORM against `pg`, drives every server at a
 * steady 100 requests/s (bench/api/load.ts) and at saturation (autocannon), and writes
 * bench/results/api.md with each target, its measured figure and PASS/FAIL.
 */
import 'reflect-metadata';
import { danishDayOf } from '@igu/calendar';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { CandidateCrypto } from '@igu/candidates';
import { BlindIndex, FieldCipher } from '@igu/personal-data';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import { installPgTypeParsers } from '@igu/database';
import {
  type GeneratorSize,
  generateMatchData,
  generateStatisticsActivity,
  insertMatchData,
  insertStatisticsActivity,
} from '@igu/matching-fixtures';
import { PositionQueryService } from '@igu/positions';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../tools/embedded-postgres.mjs';
import { startBaseline } from './api/children.js';
import { cpuShares, EXPRESS_PACKAGES } from './api/cpu-profile.js';
import { type LoadResult, poolRuns, runLoad } from './api/load.js';
import { LIST_QUERY, positionsPage } from './api/positions-sql.js';
import { summarize } from './lib/stats.js';
import { createBenchUsers, startSystem } from './system/index.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'national' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});
const size = args.size as GeneratorSize;
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
const RATE = 100;
const log = (line: string) => console.error(`[bench:api] ${line}`);

/** The employer's position page (apps/web/src/pages/employer/documents.ts EmployerPosition, fragment inlined as in the API's screen-query fixture). */
const EMPLOYER_POSITION_QUERY = `query EmployerPosition($id: ID!) { position(id: $id) { ...EmployerPositionFields proposals(first: 50) {
  totalCount edges { node { id version status note createdAt interviewAt interviewMode interviewLocation decisionReason crossMunicipality
  proposedBy { id name } candidate { id reference age danishLevel municipality { code name } } candidateContact
  { fullName email phone } programme { id status } } } } } } fragment EmployerPositionFields on Position { id
  version kind status title description openings weeklyHours hourlyWageDkk startDate applicationDeadline
  publishedAt closedAt closeReason collectiveAgreement drivingLicenceRequired requiredDanishLevel location {
  latitude longitude } occupation { code title } municipality { code name } union { id name } skills { required
  skill { code label } } }`;

async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const hasErrors = (body: unknown) => typeof body !== 'object' || body === null || 'errors' in body || !('data' in body);

/** The company `createBenchUsers` makes the EMPLOYER of. */
const BENCH_COMPANY_CVR = '29403473';
const [encryptionKey, blindIndexKey] = [randomBytes(32), randomBytes(32)];
const piiKeys = {
  PII_ENCRYPTION_KEYS: `bench1:${encryptionKey.toString('base64')}`,
  PII_ACTIVE_KEY_ID: 'bench1',
  PII_BLIND_INDEX_KEY: blindIndexKey.toString('base64'),
};
const crypto = new CandidateCrypto(new FieldCipher({ bench1: encryptionKey }, 'bench1'), new BlindIndex(blindIndexKey));

installPgTypeParsers();
const loadAtStart = loadavg();
const dir = mkdtempSync(join(tmpdir(), 'igu-bench-api-'));
chmodSync(dir, 0o755);
const pgPort = await freePort();
const pgOptions = { dataDir: join(dir, 'pg'), port: pgPort, persistent: true, fast: true };
let server = await startEmbeddedPostgres(pgOptions);
const stops: (() => Promise<void>)[] = [];
const lines: string[] = [];
try {
  await ensureDatabase(server.adminUrl, 'igu');
  const databaseUrl = server.urlFor('igu');
  {
    const dataSource = createAppDataSource({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 2 }, 'igu-bench-api-seed');
    await dataSource.initialize();
    await setupDatabase(dataSource);
    const today = danishDayOf(new Date());
    const data = generateMatchData(size, { today });
    const activity = generateStatisticsActivity(data, today);
    await dataSource.transaction(async (manager) => {
      // Names and CPR encrypted with the API's keys, as `seed:scale` does, so candidateContact reads them.
      await insertMatchData(manager, data, BENCH_COMPANY_CVR, {
        fullName: (n) => crypto.encryptFullName(`Generated Candidate ${n}`),
        cpr: () => crypto.encryptCpr('0000000000'),
      });
      await insertStatisticsActivity(manager, activity);
    });
    await dataSource.query('ANALYZE');
    // Statement counting needs pg_stat_statements loaded at server start: set it, restart the cluster.
    await dataSource.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await dataSource.destroy();
    await server.stop();
    server = await startEmbeddedPostgres(pgOptions);
  }
  const stats = new pg.Client({ connectionString: databaseUrl });
  await stats.connect();
  stops.push(() => stats.end());
  await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const [sizes] = (
    await stats.query<{ candidates: number; positions: number; open: number; proposals: number }>(
      `SELECT (SELECT count(*)::int FROM candidate) AS candidates, (SELECT count(*)::int FROM position) AS positions,
         (SELECT count(*)::int FROM position WHERE status = 'OPEN') AS open, (SELECT count(*)::int FROM proposal) AS proposals`,
    )
  ).rows;
  log(`data: ${JSON.stringify(sizes)}`);

  // Every server gets the same pool size and checks the same tokens.
  const poolSize = '10';
  const jwt = { JWT_SECRET: randomBytes(48).toString('base64'), JWT_ISSUER: 'igu-bench', JWT_AUDIENCE: 'igu-bench-api' };
  const logFile = join(dir, 'servers.log');
  const system = await startSystem({
    databaseUrl,
    worker: false,
    logFile,
    env: { ...jwt, ...piiKeys, DATABASE_POOL_SIZE: poolSize, LOG_LEVEL: 'warn' },
  });
  stops.unshift(system.stop);
  const bench = await createBenchUsers(system);
  const baselineEnv = { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: poolSize, ...jwt };
  const fastify = await startBaseline('./fastify-baseline.js', baselineEnv, logFile);
  stops.unshift(fastify.stop);
  const apollo = await startBaseline('./apollo-baseline.js', baselineEnv, logFile);
  stops.unshift(apollo.stop);
  const servers = [
    { name: 'Nest API (Express, Apollo 5, TypeORM)', key: 'nest', url: system.graphqlUrl },
    { name: 'Fastify route + pg', key: 'fastify', url: fastify.url },
    { name: 'plain @apollo/server + DataLoader + pg', key: 'apollo', url: apollo.url },
  ];
  const listToken = bench.users.jobcentre.accessToken;

  // 1. Same JSON from all three, for two page sizes.
  for (const first of [10, 50]) {
    const [nest, ...others] = await Promise.all(servers.map((s) => post(s.url, listToken, LIST_QUERY, { first })));
    if (hasErrors(nest)) throw new Error(`Nest answered errors: ${JSON.stringify(nest).slice(0, 500)}`);
    others.forEach((body, i) => {
      if (!isDeepStrictEqual(body, nest)) {
        throw new Error(
          `${servers[i + 1].name} differs from the API for first ${first}:\n${JSON.stringify(body).slice(0, 800)}\nvs\n${JSON.stringify(nest).slice(0, 800)}`,
        );
      }
    });
  }
  log('all three answer the same JSON (first 10 and 50)');

  // The employer's position with the most proposals, for the screen query (API only).
  const { rows: busiest } = await stats.query<{ id: string; n: number }>(
    `SELECT p.id, count(r.id)::int AS n FROM position p JOIN proposal r ON r.position_id = p.id
      WHERE p.company_id = $1 GROUP BY p.id ORDER BY n DESC, p.id LIMIT 1`,
    [bench.users.companyId],
  );
  if (!busiest[0]) throw new Error('No position of the generated company has proposals');
  const screenVariables = { id: busiest[0].id };
  const employerToken = bench.users.employer.accessToken;
  const screenBody = await post(system.graphqlUrl, employerToken, EMPLOYER_POSITION_QUERY, screenVariables);
  if (hasErrors(screenBody)) throw new Error(`The employer screen query answered errors: ${JSON.stringify(screenBody).slice(0, 800)}`);

  // 2. SQL statements per request (pg_stat_statements, API only, requests one at a time).
  const countStatements = async (token: string, query: string, variables: Record<string, unknown>, n = 20) => {
    await stats.query('SELECT pg_stat_statements_reset()');
    for (let i = 0; i < n; i++) await post(system.graphqlUrl, token, query, variables);
    const { rows } = await stats.query<{ query: string; calls: string }>(
      `SELECT query, calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'igu')
         AND query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC, query`,
    );
    const total = rows.reduce((sum, row) => sum + Number(row.calls), 0);
    return {
      perRequest: total / n,
      statements: rows.map((row) => ({ perRequest: Number(row.calls) / n, query: row.query.replace(/\s+/g, ' ') })),
    };
  };
  const list10 = await countStatements(listToken, LIST_QUERY, { first: 10 });
  const list50 = await countStatements(listToken, LIST_QUERY, { first: 50 });
  const screenStatements = await countStatements(employerToken, EMPLOYER_POSITION_QUERY, screenVariables);
  log(
    `statements per list request: first 10 → ${list10.perRequest}, first 50 → ${list50.perRequest}; screen → ${screenStatements.perRequest}`,
  );

  // 3. TypeORM's path (PositionQueryService.list: one raw query, entities hydrated from metadata) against pg with the same statement.
  const dataSource = createAppDataSource({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 1 }, 'igu-bench-api-typeorm');
  await dataSource.initialize();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const service = new PositionQueryService(dataSource);
  const scope = { kind: 'jobcentre', jobcentreId: bench.users.jobcentreId } as const;
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  const [viaTypeorm, viaPg]: number[][] = [[], []];
  for (let i = 0; i < 330; i++) {
    const typeorm = await time(() => service.list(scope, null, 50, null));
    const raw = await time(() => positionsPage(pool, 50));
    if (i < 30) continue; // warm-up
    viaTypeorm.push(typeorm);
    viaPg.push(raw);
  }
  await dataSource.destroy();
  await pool.end();
  const typeormStats = summarize(viaTypeorm);
  const pgStats = summarize(viaPg);
  const typeormRatio = typeormStats.p50 / pgStats.p50;
  log(`TypeORM p50 ${typeormStats.p50.toFixed(2)} ms vs pg ${pgStats.p50.toFixed(2)} ms`);

  // 4. Load. The machine is shared, so the servers take turns: every round runs each setting once
  // (100 requests/s, then saturation); latencies are pooled over the rounds, throughput is the median round's.
  const targets = [
    {
      server: servers[0].name,
      query: 'positions first 50',
      url: servers[0].url,
      token: listToken,
      text: LIST_QUERY,
      variables: { first: 50 },
    },
    {
      server: servers[1].name,
      query: 'positions first 50',
      url: servers[1].url,
      token: listToken,
      text: LIST_QUERY,
      variables: { first: 50 },
    },
    {
      server: servers[2].name,
      query: 'positions first 50',
      url: servers[2].url,
      token: listToken,
      text: LIST_QUERY,
      variables: { first: 50 },
    },
    {
      server: servers[0].name,
      query: "employer's position page (EmployerPosition)",
      url: system.graphqlUrl,
      token: employerToken,
      text: EMPLOYER_POSITION_QUERY,
      variables: screenVariables,
    },
  ];
  const settings = (target: (typeof targets)[number]) => ({
    url: target.url,
    token: target.token,
    query: target.text,
    variables: target.variables,
    connections,
  });
  for (const target of targets) await runLoad({ ...settings(target), seconds: 3 }); // warm-up (JIT, pools, caches)
  // One request at a time: the service time without queueing, what a request costs when the server is idle.
  const sequential: LoadResult[] = [];
  for (const target of targets) sequential.push(await runLoad({ ...settings(target), connections: 1, seconds: 5 }));
  const fixedRuns = targets.map((): LoadResult[] => []);
  const saturatedRuns = targets.map((): LoadResult[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) fixedRuns[i].push(await runLoad({ ...settings(target), seconds, rate: RATE }));
    for (const [i, target] of targets.entries()) saturatedRuns[i].push(await runLoad({ ...settings(target), seconds }));
    log(
      `round ${round + 1}/${rounds}: ${saturatedRuns.map((runs) => runs[round].requestsPerSecond.toFixed(0)).join(' / ')} req/s saturated`,
    );
  }
  const runs = targets.map((target, i) => ({
    server: target.server,
    query: target.query,
    sequential: sequential[i],
    fixed: poolRuns(fixedRuns[i]),
    saturated: poolRuns(saturatedRuns[i]),
  }));
  const [nestList, fastifyList, apolloList, nestScreen] = runs;

  // 5. Where the API's CPU goes: a second API process (same database and secrets) under --cpu-prof, saturated with the list only.
  const profileDir = join(dir, 'cpu-prof');
  const profileStarted = performance.now();
  const profiled = await startSystem({
    databaseUrl,
    worker: false,
    logFile,
    apiNodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    env: { ...jwt, ...piiKeys, DATABASE_POOL_SIZE: poolSize, LOG_LEVEL: 'warn' },
  });
  await runLoad({ url: profiled.graphqlUrl, token: listToken, query: LIST_QUERY, variables: { first: 50 }, connections, seconds: 3 });
  const skipMs = performance.now() - profileStarted; // start-up and warm-up
  const profiledLoad = await runLoad({
    url: profiled.graphqlUrl,
    token: listToken,
    query: LIST_QUERY,
    variables: { first: 50 },
    connections,
    seconds,
  });
  await profiled.stop(); // the profile is written on exit
  const [profileFile] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  const shares = profileFile ? cpuShares(join(profileDir, profileFile), skipMs) : [];
  const expressShare = shares.filter((share) => EXPRESS_PACKAGES.includes(share.category)).reduce((sum, share) => sum + share.percent, 0);
  const loadAtEnd = loadavg();

  // 6. Results.
  const fmt = (value: number, digits = 1) => (Number.isNaN(value) ? '–' : value.toFixed(digits));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const vsFastify = nestList.saturated.requestsPerSecond / fastifyList.saturated.requestsPerSecond;
  const vsApollo = nestList.saturated.requestsPerSecond / apolloList.saturated.requestsPerSecond;
  const latencyRows = [
    ['positions first 50', nestList.fixed],
    ["employer's position page (EmployerPosition)", nestScreen.fixed],
  ] as const;
  const maxStatements = Math.max(list10.perRequest, list50.perRequest);
  lines.push(
    '# API performance benchmark',
    '',
    `Date: ${new Date().toISOString()}  `,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}  `,
    `Load average (1/5/15 min) at the start: ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}, at the end: ${loadAtEnd.map((l) => l.toFixed(2)).join(' / ')} — ` +
      `the 2 cores were shared with other engineers' builds and tests, and the load generator, the server under test and PostgreSQL share them too, so absolute figures are pessimistic and noisy (the servers take turns, see Load, so the ratios are fairer than the absolute figures).  `,
    `Data: ${size} (\`seed:scale\` generator) — ${sizes.candidates.toLocaleString('en')} candidates, ${sizes.positions.toLocaleString('en')} positions (${sizes.open.toLocaleString('en')} OPEN), ${sizes.proposals.toLocaleString('en')} proposals; embedded PostgreSQL (fsync off), pool ${poolSize} connections in every server.  `,
    `API: the built API (\`dist/apps/api/src/main.js\`, NODE_ENV=production, LOG_LEVEL=warn) as a child process, no worker. Rate limits: the whole-API limits are off for the run ` +
      `(\`API_RATE_LIMIT_PER_IP\` and \`API_RATE_LIMIT_PER_USER\` 0, bench/system/start-system.ts); the login and registration throttles are not reached (the run signs in 3 times). The list is asked as a JOBCENTRE user (OPEN positions nationwide); ` +
      `the screen query as an EMPLOYER of the generated company, on its position with the most proposals (${busiest[0].n}).  `,
    `Load: POST /graphql with the bearer token over ${connections} keep-alive connections: at ${RATE} req/s one request every ${1000 / RATE} ms whatever the answers (an open loop, bench/api/load.ts; ` +
      `latency from each request's scheduled send time; autocannon's own rate sends each second's requests in a burst at its start, mcollina/autocannon#174), at saturation autocannon. ` +
      `After a 3 s warm-up of each, the four settings take turns for ${rounds} rounds ` +
      `(each round: every setting at ${RATE} req/s for ${seconds} s, then every setting at saturation for ${seconds} s), so a burst of other load hits all servers alike; ` +
      `latency percentiles pool every response of the rounds (nearest rank), throughput is the median round's (every round's in brackets).`,
    '',
    '## Targets',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    `| throughput ≥ 0.25× the Fastify route (positions first 50, saturation) | ${fmt(vsFastify, 2)}× (${fmt(nestList.saturated.requestsPerSecond, 0)} vs ${fmt(fastifyList.saturated.requestsPerSecond, 0)} req/s) | ${verdict(vsFastify >= 0.25)} |`,
    `| throughput ≥ 0.70× plain Apollo (positions first 50, saturation) | ${fmt(vsApollo, 2)}× (${fmt(nestList.saturated.requestsPerSecond, 0)} vs ${fmt(apolloList.saturated.requestsPerSecond, 0)} req/s) | ${verdict(vsApollo >= 0.7)} |`,
    ...latencyRows.flatMap(([name, result]) => [
      `| ${name} at ${RATE} req/s: p95 ≤ 25 ms | ${fmt(result.latency.p95)} ms | ${verdict(result.latency.p95 <= 25)} |`,
      `| ${name} at ${RATE} req/s: p99 ≤ 50 ms | ${fmt(result.latency.p99)} ms | ${verdict(result.latency.p99 <= 50)} |`,
    ]),
    `| ≤ 3 SQL statements per list request, any page size | first 10: ${fmt(list10.perRequest, 2)}, first 50: ${fmt(list50.perRequest, 2)} | ${verdict(maxStatements <= 3 && list10.perRequest === list50.perRequest)} |`,
    `| TypeORM overhead ≤ 2× raw pg (the list's SQL, first 50, p50) | ${fmt(typeormRatio, 2)}× (${fmt(typeormStats.p50, 2)} vs ${fmt(pgStats.p50, 2)} ms) | ${verdict(typeormRatio <= 2)} |`,
    '',
    '## Load runs',
    '',
    `| server | query | ${RATE} req/s: achieved | p50 ms | p95 ms | p99 ms | max ms | saturation req/s (each round) | sat. p50 ms | sat. p99 ms | non-2xx / errors / timeouts |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      ({ server: name, query, fixed, saturated }) =>
        `| ${name} | ${query} | ${fmt(fixed.requestsPerSecond, 0)} | ${fmt(fixed.latency.p50)} | ${fmt(fixed.latency.p95)} | ${fmt(fixed.latency.p99)} | ${fmt(fixed.latency.max)} | ${fmt(saturated.requestsPerSecond, 0)} (${saturated.perRun.map((rps) => fmt(rps, 0)).join(', ')}) | ${fmt(saturated.latency.p50)} | ${fmt(saturated.latency.p99)} | ${fixed.non2xx + saturated.non2xx} / ${fixed.errors + saturated.errors} / ${fixed.timeouts + saturated.timeouts} |`,
    ),
    '',
    '## One request at a time (1 connection, 5 s each, after the warm-up)',
    '',
    'The service time without queueing: the latency targets at 100 req/s add the queueing of a server near its ceiling on a loaded machine.',
    '',
    '| server | query | req/s | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|',
    ...runs.map(
      ({ server: name, query, sequential: one }) =>
        `| ${name} | ${query} | ${fmt(one.requestsPerSecond, 0)} | ${fmt(one.latency.p50)} | ${fmt(one.latency.p95)} | ${fmt(one.latency.p99)} |`,
    ),
    '',
    '## TypeORM against pg (in the benchmark process, one connection each, 300 runs after 30 warm-up, alternating)',
    '',
    '| path | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|',
    `| PositionQueryService.list (TypeORM: one dataSource.query, rows hydrated from the entity's metadata) | ${fmt(typeormStats.p50, 2)} | ${fmt(typeormStats.p95, 2)} | ${fmt(typeormStats.p99, 2)} |`,
    `| pg Pool, the same statement (bench/api/positions-sql.ts) | ${fmt(pgStats.p50, 2)} | ${fmt(pgStats.p95, 2)} | ${fmt(pgStats.p99, 2)} |`,
    '',
    '## SQL statements per request (pg_stat_statements, 20 requests one at a time)',
    '',
    ...[
      ['positions first 10', list10],
      ['positions first 50', list50],
      ["employer's position page (EmployerPosition)", screenStatements],
    ].flatMap(([name, counted]) => {
      const c = counted as typeof list10;
      return [
        `### ${name as string}: ${fmt(c.perRequest, 2)} per request`,
        '',
        '| per request | statement |',
        '|---|---|',
        ...c.statements.map(
          (s) => `| ${fmt(s.perRequest, 2)} | \`${s.query.slice(0, 220).replace(/\|/g, '\\|')}${s.query.length > 220 ? '…' : ''}\` |`,
        ),
        '',
      ];
    }),
    `## Where the API's CPU goes (positions first 50 at saturation, --cpu-prof, ${fmt(profiledLoad.requestsPerSecond, 0)} req/s while profiled)`,
    '',
    'Self time by package, share of the busy samples of the measured run (start-up and warm-up left out). ' +
      '`graphql` is graphql-js execution (Apollo runs it), `@nestjs/*` and `express`/`router`/`body-parser` the framework and adapter, `typeorm`/`pg` the data layer.',
    '',
    '| category | CPU ms | share |',
    '|---|---|---|',
    ...shares.slice(0, 14).map((share) => `| ${share.category} | ${fmt(share.ms, 0)} | ${fmt(share.percent)} % |`),
    '',
    `Express and its middleware (${EXPRESS_PACKAGES.filter((name) => shares.some((share) => share.category === name)).join(', ') || 'none sampled'}): ` +
      `${fmt(expressShare)} % of the busy CPU — the most \`@nestjs/platform-fastify\` could save on this query.`,
    '',
    'Same JSON: before measuring, the three servers answered the list for first 10 and first 50 and the parsed bodies were deep-equal.',
    '',
    "The baselines run the API's statements written by hand (`bench/api/positions-sql.ts`): the same page statement (the page's rows with their exact total), the same columns, then the page's companies in one batch (`= ANY($1)` where TypeORM writes `IN ($1, …, $n)`); occupations and municipalities from memory, read once at start, as the API's reference-data cache serves them.",
    '',
  );
} finally {
  for (const stop of stops) await stop().catch((error: unknown) => log(`stop failed: ${String(error)}`));
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (lines.length) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api.md', lines.join('\n'));
  console.log(lines.join('\n'));
}
