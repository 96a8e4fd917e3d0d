import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildStatisticsScenario, StatisticsFixture } from '@igu/matching-fixtures';
import { signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const FIGURES = `municipality { code name region { code } } from to suppressed candidatesArrived offeredWithin14Days offeredWithin1Month
  medianDaysToFirstOffer overdueWithoutOffer proposalsSent crossMunicipalityPlacements iguStarted iguActive`;
const STATS = `query($from: Date!, $to: Date!, $regionCode: Int, $sort: MunicipalityStatsSort) {
  municipalityStats(from: $from, to: $to, regionCode: $regionCode, sort: $sort) { ${FIGURES} } }`;
const TREND = `query($code: Int!, $months: Int) { municipalityTrend(municipalityCode: $code, months: $months) { ${FIGURES} } }`;

interface Row {
  municipality: { code: number; name: string; region: { code: number } };
  suppressed: boolean;
  candidatesArrived: number | null;
  proposalsSent: number | null;
  from: string;
  to: string;
}

describe('municipality statistics over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    await buildStatisticsScenario(await StatisticsFixture.create(api.dataSource, '29403481'));
  });

  afterAll(async () => {
    await api.close();
  });

  const csv = (query: string, token?: string) =>
    fetch(`${api.baseUrl}/reports/municipalities.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers every signed-in role, and nobody without a token', async () => {
    for (const role of ['admin', 'employer', 'jobcentre', 'union'] as const) {
      const { municipalityStats } = await roles[role].client.data<{ municipalityStats: Row[] }>(STATS, {
        from: '2026-03-01',
        to: '2026-03-31',
      });
      expect(municipalityStats).toHaveLength(98);
      expect(municipalityStats.find((r) => r.municipality.code === 101)).toMatchObject({
        suppressed: false,
        candidatesArrived: 15,
        proposalsSent: 11,
        municipality: { name: 'København', region: { code: 1084 } },
      });
    }
    const anonymous = await api.client.request(STATS, { from: '2026-03-01', to: '2026-03-31' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by region, sorts on request, and codes bad input', async () => {
    const client = roles.jobcentre.client;
    const { municipalityStats } = await client.data<{ municipalityStats: Row[] }>(STATS, {
      from: '2026-03-01',
      to: '2026-03-31',
      regionCode: 1084,
      sort: 'CANDIDATES_ARRIVED',
    });
    expect(municipalityStats[0].municipality.code).toBe(101);
    expect(municipalityStats.every((r) => r.municipality.region.code === 1084)).toBe(true);
    const inverted = await client.request(STATS, { from: '2026-04-01', to: '2026-03-31' });
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_INVERTED' });
    const badDate = await client.request(STATS, { from: '2026-02-30', to: '2026-03-31' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the monthly trend of a municipality', async () => {
    const { municipalityTrend } = await roles.union.client.data<{ municipalityTrend: Row[] }>(TREND, { code: 101 });
    expect(municipalityTrend).toHaveLength(12);
    expect(municipalityTrend.find((r) => r.from === '2026-02-01')).toMatchObject({ suppressed: true, candidatesArrived: null });
    expect(municipalityTrend.find((r) => r.from === '2026-04-01')).toMatchObject({ suppressed: false, proposalsSent: 5 });
    const tooMany = await roles.union.client.request(TREND, { code: 101, months: 40 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MONTHS_OUT_OF_RANGE' });
  });

  it('serves the table as a Danish spreadsheet CSV with the Bearer token', async () => {
    const response = await csv('from=2026-03-01&to=2026-03-31&regionCode=1084', roles.employer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toContain('kommunestatistik-2026-03-01-2026-03-31.csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Kommunekode;Kommune;Fra;Til;Diskretioneret;Ankomne borgere;Andel med tilbud inden for 14 dage;' +
        'Andel med tilbud inden for 1 måned;Median dage til første tilbud;Over fristen uden tilbud;Forslag sendt;' +
        'Forløb på tværs af kommunegrænser;IGU-forløb startet;IGU-forløb aktive',
    );
    expect(lines).toContain('101;København;2026-03-01;2026-03-31;Nej;15;0,3333;0,6667;14,5;5;11;5;5;10');
    expect(lines.filter((l) => /^\d+;/.test(l))).toHaveLength(29);
    const all = await (await csv('from=2026-03-01&to=2026-03-31', roles.admin.token)).text();
    expect(all).toContain('\r\n751;Aarhus;2026-03-01;2026-03-31;Ja;;;;;;;;;\r\n');
  });

  it('refuses the CSV without a token (401) and bad periods with a coded 400', async () => {
    expect((await csv('from=2026-03-01&to=2026-03-31')).status).toBe(401);
    expect((await csv('from=2026-03-01&to=2026-03-31', 'not-a-token')).status).toBe(401);
    for (const [query, reason] of [
      ['from=2026-13-01&to=2026-03-31', 'DATE_INVALID'],
      ['to=2026-03-31', 'DATE_INVALID'],
      ['from=2026-04-01&to=2026-03-31', 'PERIOD_INVERTED'],
      ['from=2020-01-01&to=2026-03-31', 'PERIOD_TOO_LONG'],
      ['from=2026-03-01&to=2026-03-31&regionCode=x', 'UNKNOWN_REGION'],
      ['from=2026-03-01&to=2026-03-31&regionCode=1099', 'UNKNOWN_REGION'],
    ]) {
      const response = await csv(query, roles.jobcentre.token);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason } });
    }
  });
});
