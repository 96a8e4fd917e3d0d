import { FixedDayClock } from '@igu/clock';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type Actor, Role } from '@igu/access';
import { isIguEligible, type ResidenceBasis } from '@igu/eligibility';
import { TEST_TODAY, useTestDataSource } from '@igu/testing';
import { LANGUAGE_LEVELS, type LanguageLevel, languageLevelRank } from '@igu/reference-data';
import { type CandidateProfileFilter, CandidateProfileService, profileSearchQuery } from './services/candidate-profile.service.js';

const CANDIDATES = 50_000;

interface Row {
  id: string;
  created_at: Date;
  status: string;
  share: boolean;
  jobcentre_id: string;
  municipality_code: number;
  region_code: number;
  prefixes: string[];
  skills: string[];
  danish: LanguageLevel;
  dob: string;
  basis: ResidenceBasis;
  arrived: string;
  prior: boolean;
}

/**
 * The nationwide profile search at the benchmark size (docs/domain.md §9):
 * 50,000 synthetic candidates. Results are checked against a brute-force
 * evaluation of the same rules in memory (IGU eligibility through the pure
 * checkIguEligibility), and each search must stay fast and use the indexes.
 */
describe(`candidate profile search over ${CANDIDATES.toLocaleString('en')} candidates`, () => {
  const db = useTestDataSource('profile-search-test', { poolSize: 4 });
  let rows: Row[];
  let service: CandidateProfileService;
  let jobcentre101: string;
  const today = TEST_TODAY;
  const employer: Actor = { userId: randomUUID(), role: Role.EMPLOYER, companyId: randomUUID() };

  beforeAll(async () => {
    service = new CandidateProfileService(db.dataSource, new FixedDayClock(TEST_TODAY));
    [{ id: jobcentre101 }] = await db.dataSource.query('SELECT jobcentre_id AS id FROM municipality WHERE code = 101');
    await db.dataSource.transaction(async (manager) => {
      await manager.query('SELECT setseed(0.42)');
      await manager.query(
        `WITH m AS (SELECT array_agg(code ORDER BY code) AS codes FROM municipality),
              o AS (SELECT array_agg(code ORDER BY code) AS codes FROM occupation WHERE level = 4),
              s AS (SELECT array_agg(code ORDER BY code) AS codes FROM skill),
              g AS (
                SELECT i,
                  m.codes[1 + floor(random() * array_length(m.codes, 1))::int] AS municipality_code,
                  o.codes[1 + floor(random() * array_length(o.codes, 1))::int] AS desired,
                  o.codes[1 + floor(random() * array_length(o.codes, 1))::int] AS experience,
                  CASE WHEN i % 4 = 0 THEN '{}'::text[] ELSE ARRAY(
                    SELECT DISTINCT x FROM unnest(ARRAY[($2::text[])[1 + i % 3], ($2::text[])[1 + (i / 3) % 3],
                      s.codes[1 + floor(random() * array_length(s.codes, 1) + i * 0)::int]]) AS x ORDER BY 1) END AS skills,
                  date '1958-01-01' + floor(random() * 50 * 365)::int AS dob,
                  date '2000-01-01' + floor(random() * ($3::date - 90 - date '2000-01-01'))::int AS arrived
                FROM generate_series(1, $1) AS i, m, o, s
              )
         INSERT INTO candidate (jobcentre_id, municipality_code, status, reference, full_name_encrypted, cpr_encrypted, cpr_index,
           date_of_birth, residence_basis, arrived_in_denmark_on, arrived_in_municipality_on, prior_igu, igu_started_on,
           desired_occupation_codes, experience_occupation_codes, occupation_prefixes, skill_codes, danish_level,
           share_profile_with_employers, first_offer_target_date, first_offer_deadline, created_at)
         SELECT mu.jobcentre_id, g.municipality_code,
           (ARRAY['AVAILABLE','AVAILABLE','AVAILABLE','AVAILABLE','AVAILABLE','AVAILABLE','IN_PROGRAMME','EMPLOYED','INACTIVE'])[1 + i % 9]::candidate_status,
           'C-' || upper(lpad(to_hex(i), 6, '0')), 'v1:k1:synthetic', 'v1:k1:synthetic', 'synthetic-' || i,
           g.dob, (enum_range(NULL::residence_basis))[1 + i % 6], g.arrived, g.arrived + 30, i % 17 = 0,
           CASE WHEN i % 13 = 0 THEN g.arrived + 60 END, -- an IGU of ours that became ACTIVE: one per person, whatever prior_igu says
           ARRAY[g.desired], ARRAY[g.experience],
           ARRAY(SELECT DISTINCT left(c, n) FROM unnest(ARRAY[g.desired, g.experience]) c, generate_series(1, 4) n ORDER BY 1),
           g.skills, (enum_range(NULL::candidate_language_level))[1 + floor(random() * 7)::int],
           random() < 0.7, g.arrived + 44, (g.arrived + 30 + interval '1 month')::date,
           now() - (i * interval '1 second') - (floor(random() * 3) * interval '1 millisecond')
         FROM g JOIN municipality mu ON mu.code = g.municipality_code`,
        [CANDIDATES, ['forklift-certificate', 'hygiene-certificate', 'adr-certificate'], today],
      );
    });
    await db.dataSource.query('ANALYZE candidate');
    rows = await db.dataSource.query(
      `SELECT c.id, c.created_at, c.status, c.share_profile_with_employers AS share, c.jobcentre_id, c.municipality_code,
              m.region_code, c.occupation_prefixes AS prefixes, c.skill_codes AS skills, c.danish_level AS danish,
              c.date_of_birth AS dob, c.residence_basis AS basis, c.arrived_in_denmark_on AS arrived,
              c.prior_igu OR c.igu_started_on IS NOT NULL AS prior
       FROM candidate c JOIN municipality m ON m.code = c.municipality_code`,
    );
  }, 120_000);

  /** The same rules, row by row, in memory. */
  const expected = (filter: CandidateProfileFilter, viewer: { jobcentreId?: string }) =>
    rows
      .filter(
        (r) =>
          r.status === 'AVAILABLE' &&
          (r.share || r.jobcentre_id === viewer.jobcentreId) &&
          (!filter.occupationCodes?.length || filter.occupationCodes.some((code) => r.prefixes.includes(code))) &&
          (filter.skillCodes ?? []).every((code) => r.skills.includes(code)) &&
          (!filter.minDanishLevel || languageLevelRank(r.danish) >= languageLevelRank(filter.minDanishLevel)) &&
          (!filter.municipalityCodes?.length || filter.municipalityCodes.includes(r.municipality_code)) &&
          (!filter.regionCodes?.length || filter.regionCodes.includes(r.region_code)) &&
          (filter.iguEligible == null ||
            isIguEligible({ dateOfBirth: r.dob, residenceBasis: r.basis, arrivedInDenmarkOn: r.arrived, priorIgu: r.prior }, today) ===
              filter.iguEligible),
      )
      .sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);

  const FILTERS: [string, CandidateProfileFilter][] = [
    ['no filter', {}],
    ['occupation major group 9', { occupationCodes: ['9'] }],
    ['occupations 7411 or 51', { occupationCodes: ['7411', '51'] }],
    ['two skills (all of)', { skillCodes: ['forklift-certificate', 'hygiene-certificate'] }],
    ['Danish B2 or better', { minDanishLevel: LANGUAGE_LEVELS[4] }],
    ['København and Aarhus', { municipalityCodes: [101, 751] }],
    ['region Nordjylland', { regionCodes: [1081] }],
    ['IGU-eligible today', { iguEligible: true }],
    ['not IGU-eligible today', { iguEligible: false }],
    ['everything at once', { occupationCodes: ['9'], minDanishLevel: LANGUAGE_LEVELS[2], regionCodes: [1084, 1085], iguEligible: true }],
  ];

  // Speed belongs in the benchmarks; here the index plans are checked instead (see the query-plan test).
  it.each(FILTERS)('%s: exact count and first page as the rules say', async (_, filter) => {
    const page = await service.search(employer, filter, 100);
    const ids = expected(filter, {});
    expect(ids.length).toBeGreaterThan(0); // every filter finds something, so a wrong one would show
    expect(page.totalCount).toBe(ids.length);
    expect(page.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 100));
  });

  it('pages through a whole result with keyset cursors: every row once, in order', async () => {
    const filter: CandidateProfileFilter = { occupationCodes: ['91'], minDanishLevel: LANGUAGE_LEVELS[1] };
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await service.search(employer, filter, 100, after);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected(filter, {}));
    expect(seen.length).toBeGreaterThan(100);
  });

  it('shows a jobcentre its own unshared profiles too', async () => {
    const jobcentre: Actor = { userId: randomUUID(), role: Role.JOBCENTRE, jobcentreId: jobcentre101 };
    const filter = { municipalityCodes: [101] };
    const page = await service.search(jobcentre, filter, 100);
    expect(page.totalCount).toBe(expected(filter, { jobcentreId: jobcentre101 }).length);
    expect(page.totalCount).toBeGreaterThan((await service.search(employer, filter, 1)).totalCount);
  });

  const SEQ_SCAN = /"Node Type":"Seq Scan"[^}]*"Relation Name":"candidate"/;
  const plan = async (sql: string, parameters: unknown[]) =>
    JSON.stringify((await db.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters))[0]['QUERY PLAN']);

  // The exact count of an unfiltered search reads half the table; a sequential scan is the right plan there.
  it.each<[string, CandidateProfileFilter, string, boolean]>([
    ['rare skill', { skillCodes: ['act-reliably'] }, 'candidate_skill_codes', true],
    ['occupation prefix', { occupationCodes: ['7411'] }, 'candidate_occupation_prefixes', true],
    ['municipality', { municipalityCodes: [101] }, 'candidate_municipality', true],
    ['unfiltered', {}, 'candidate_shared_available', false],
  ])('answers a %s search from indexes, not by scanning the table', async (_, filter, index, selective) => {
    const query = profileSearchQuery(db.dataSource.manager, { kind: 'company', companyId: randomUUID() }, filter, today);
    const [sql, parameters] = query.getQueryAndParameters();
    const countPlan = await plan(`SELECT count(*) FROM (${sql}) AS matching`, parameters);
    const [pageSql, pageParameters] = query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(101).getQueryAndParameters();
    const pagePlan = await plan(pageSql, pageParameters);
    expect(countPlan + pagePlan).toContain(index);
    if (selective) expect(countPlan).not.toMatch(SEQ_SCAN);
    expect(pagePlan).not.toMatch(SEQ_SCAN);
  });
});
