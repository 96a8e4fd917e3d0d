import { addDays, addMonths } from '@igu/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_TODAY } from '@igu/testing';
import { type GraphqlClient, login, referenceIds, type SignedIn, signInAllRoles, TEST_PASSWORD } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const TODAY = TEST_TODAY;

const PROFILE_FIELDS = `fragment ProfileFields on CandidateProfile {
  id reference age danishLevel englishLevel drivingLicence maxCommuteKm willingToRelocate availableFrom
  municipality { code name region { code } }
  desiredOccupations { code title } experienceOccupations { code } skills { code label }
  iguEligibility { eligible ruleSet asOf reasons { code message } }
}`;
const CANDIDATE_FIELDS = `fragment CandidateFields on Candidate {
  id version fullName cprMasked dateOfBirth email phone residenceBasis arrivedInDenmarkOn arrivedInMunicipalityOn
  priorIgu status shareProfileWithEmployers firstOfferTargetDate firstOfferDeadline firstOfferAt createdAt updatedAt
  jobcentre { id name }
  profile { ...ProfileFields }
}
${PROFILE_FIELDS}`;
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ...CandidateFields } } ${CANDIDATE_FIELDS}`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateCandidateInput!) {
  updateCandidate(id: $id, expectedVersion: $v, input: $input) { ...CandidateFields }
} ${CANDIDATE_FIELDS}`;
const GET = `query($id: ID!) { candidate(id: $id) { ...CandidateFields } } ${CANDIDATE_FIELDS}`;
const LIST = `query($filter: CandidateFilter, $first: Int, $after: String) {
  candidates(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id firstOfferDeadline firstOfferAt jobcentre { id } profile { reference } } }
  }
}`;
const PROFILES = `query($filter: CandidateProfileFilter, $first: Int, $after: String) {
  candidateProfiles(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ProfileFields } }
  }
} ${PROFILE_FIELDS}`;
const ELIGIBILITY = `query($input: EligibilityCheckInput!) { iguEligibility(input: $input) { eligible ruleSet asOf reasons { code message } } }`;

interface Candidate {
  id: string;
  version: number;
  fullName: string;
  cprMasked: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  status: string;
  arrivedInMunicipalityOn: string;
  firstOfferTargetDate: string;
  firstOfferDeadline: string;
  firstOfferAt: string | null;
  jobcentre: { id: string; name: string };
  profile: { id: string; reference: string; age: number; municipality: { code: number } };
}
interface Profile {
  id: string;
  reference: string;
  age: number;
  iguEligibility: { eligible: boolean; ruleSet: string; asOf: string; reasons: { code: string }[] };
}
type Connection<T> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
};

/** Valid CPR numbers, unique within this file: a birth date in the 1900s (7th digit 0–3) or 2000–2036 (7th digit 4). */
let sequence = 0;
function cprFor(dateOfBirth: string): string {
  sequence += 1;
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  const seventh = Number(year) >= 2000 ? '4' : String(sequence % 4);
  return `${day}${month}${year.slice(2)}-${seventh}${String(sequence).padStart(3, '0')}`;
}

const newCandidate = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Test Person',
  cpr: cprFor('1995-03-15'),
  municipalityCode: 101,
  residenceBasis: 'REFUGEE',
  arrivedInDenmarkOn: addDays(TODAY, -40),
  arrivedInMunicipalityOn: addDays(TODAY, -30),
  ...overrides,
});

describe('candidates over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let aarhus: SignedIn; // a caseworker of Jobcenter Aarhus (751)
  let ids: Awaited<ReturnType<typeof referenceIds>>;

  const create = async (client: GraphqlClient, input: Record<string, unknown>) =>
    (await client.data<{ createCandidate: Candidate }>(CREATE, { input })).createCandidate;
  const own = (input: Record<string, unknown> = {}) => create(roles.jobcentre.client, newCandidate(input));
  const count = async (sql: string, params: unknown[] = []) => (await api.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '25' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    ids = await referenceIds(api.dataSource);
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus@test.example',
        password: TEST_PASSWORD,
        displayName: 'Aase Aarhus',
        role: 'JOBCENTRE',
        jobcentreId: ids.jobcentre751,
      },
    });
    aarhus = await login(api.client, 'aarhus@test.example');
  });

  afterAll(async () => {
    await api.close();
  });

  describe('registration', () => {
    it('registers a candidate for a municipality of the caller’s jobcentre, with deadlines, a masked CPR and an outbox event', async () => {
      const cpr = cprFor('1995-03-15');
      const result = await roles.jobcentre.client.request<{ createCandidate: Candidate }>(CREATE, {
        input: newCandidate({
          fullName: '  Amina   Haidari ',
          cpr,
          email: 'amina@example.org',
          phone: '+45 20 30 40 50',
          arrivedInDenmarkOn: '2025-01-10',
          arrivedInMunicipalityOn: '2025-01-31',
          desiredOccupationCodes: ['9112', '9112', '5120'],
          skillCodes: ['forklift-certificate'],
          danishLevel: 'A2',
        }),
      });
      const candidate = result.data!.createCandidate;
      expect(candidate).toMatchObject({
        version: 1,
        fullName: 'Amina Haidari',
        cprMasked: `${cpr.slice(0, 6)}-XXXX`,
        dateOfBirth: '1995-03-15',
        email: 'amina@example.org',
        phone: '+4520304050',
        status: 'AVAILABLE',
        firstOfferTargetDate: '2025-02-14',
        firstOfferDeadline: '2025-02-28', // one calendar month, clamped at the end of February
        firstOfferAt: null,
        jobcentre: { id: ids.jobcentre101, name: 'Jobcenter København' },
        profile: {
          id: candidate.id,
          municipality: { code: 101 },
          desiredOccupations: [{ code: '9112' }, { code: '5120' }],
          skills: [{ code: 'forklift-certificate' }],
          danishLevel: 'A2',
          englishLevel: 'NONE',
          maxCommuteKm: 30,
          willingToRelocate: false,
        },
      });
      expect(candidate.profile.reference).toMatch(/^C-[A-Z0-9]{6}$/);
      expect(JSON.stringify(result)).not.toContain(cpr);
      expect(JSON.stringify(result)).not.toContain(cpr.replace('-', ''));

      const [row] = await api.dataSource.query('SELECT * FROM candidate WHERE id = $1', [candidate.id]);
      expect(row.cpr_encrypted).toMatch(/^v1:k2:/);
      expect(row.full_name_encrypted).toMatch(/^v1:k2:/);
      expect(JSON.stringify(row)).not.toMatch(/Amina|amina@|4520304050/);
      expect(row.occupation_prefixes).toEqual(['5', '51', '512', '5120', '9', '91', '911', '9112']);
      const events = await api.dataSource.query('SELECT topic, aggregate_type, payload FROM outbox_event WHERE aggregate_id = $1', [
        candidate.id,
      ]);
      expect(events).toEqual([
        { topic: 'candidate.created', aggregate_type: 'candidate', payload: { candidateId: candidate.id, jobcentreId: ids.jobcentre101 } },
      ]);
    });

    it.each([
      [{ cpr: '310295-1234' }, 'CPR_INVALID', 'input.cpr'],
      [{ cpr: '15039-51234' }, 'CPR_INVALID', 'input.cpr'],
      [{ municipalityCode: 751 }, 'MUNICIPALITY_NOT_SERVED', 'input.municipalityCode'],
      [{ municipalityCode: 999 }, 'UNKNOWN_MUNICIPALITY', 'input.municipalityCode'],
      [{ arrivedInMunicipalityOn: addDays(TODAY, -41) }, 'MUNICIPALITY_ARRIVAL_BEFORE_DENMARK', 'input.arrivedInMunicipalityOn'],
      [{ arrivedInDenmarkOn: addDays(TODAY, 1), arrivedInMunicipalityOn: addDays(TODAY, 1) }, 'DATE_IN_FUTURE', 'input.arrivedInDenmarkOn'],
      [{ desiredOccupationCodes: ['9112', '91'] }, 'UNKNOWN_OCCUPATION', 'input.desiredOccupationCodes'],
      [{ skillCodes: ['juggling'] }, 'UNKNOWN_SKILL', 'input.skillCodes'],
      [{ maxCommuteKm: 501 }, 'COMMUTE_OUT_OF_RANGE', 'input.maxCommuteKm'],
      [{ email: 'nobody' }, 'EMAIL_INVALID', 'input.email'],
      [{ fullName: ' ' }, 'NAME_INVALID', 'input.fullName'],
    ])('refuses %j with %s and stores nothing', async (overrides, reason, field) => {
      const before = await count('SELECT count(*)::int AS n FROM candidate');
      const result = await roles.jobcentre.client.request(CREATE, { input: newCandidate(overrides) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(await count('SELECT count(*)::int AS n FROM candidate')).toBe(before);
    });

    it('honours an idempotency key: a retry returns the same candidate, another input with it is refused', async () => {
      const input = newCandidate({ idempotencyKey: 'handover-17' });
      const first = await own(input);
      const retry = await own(input);
      expect(retry.id).toBe(first.id);
      expect(await count('SELECT count(*)::int AS n FROM candidate WHERE id = $1', [first.id])).toBe(1);
      const reused = await roles.jobcentre.client.request(CREATE, { input: { ...input, fullName: 'Someone Else' } });
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      const [key] = await api.dataSource.query(`SELECT request_hash FROM idempotency_key WHERE key = 'handover-17'`);
      expect(key.request_hash).toMatch(/^[0-9a-f]{64}$/);
      const before = await count('SELECT count(*)::int AS n FROM candidate');
      const tooLong = await roles.jobcentre.client.request(CREATE, { input: newCandidate({ idempotencyKey: 'k'.repeat(201) }) });
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'IDEMPOTENCY_KEY_INVALID',
        field: 'input.idempotencyKey',
      });
      expect(await count('SELECT count(*)::int AS n FROM candidate')).toBe(before);
    });
  });

  describe('duplicate CPR', () => {
    it('is CONFLICT in both written forms, from the same and from another jobcentre, and the answer names no one', async () => {
      const cpr = cprFor('1988-07-23');
      const original = await own({ cpr });
      const sameJobcentre = await roles.jobcentre.client.request(CREATE, { input: newCandidate({ cpr: cpr.replace('-', '') }) });
      const otherJobcentre = await aarhus.client.request(CREATE, { input: newCandidate({ cpr, municipalityCode: 751 }) });
      for (const result of [sameJobcentre, otherJobcentre]) {
        expect(result.data ?? null).toBeNull();
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions).toEqual({ code: 'CONFLICT', reason: 'CPR_ALREADY_REGISTERED' });
        const text = JSON.stringify(result);
        for (const secret of ['København', '101', ids.jobcentre101, original.id, original.profile.reference, cpr, cpr.replace('-', '')]) {
          expect(text).not.toContain(secret);
        }
      }
      // Identical answers: nothing distinguishes "held by you" from "held by someone else".
      expect(sameJobcentre.errors![0].message).toBe(otherJobcentre.errors![0].message);
      expect(await count('SELECT count(*)::int AS n FROM candidate WHERE municipality_code = 751')).toBe(0);
    });
  });

  describe('updateCandidate', () => {
    it('applies an edit at the expected version and refuses a stale one without changing anything', async () => {
      const candidate = await own({ fullName: 'Yusuf Rahimi' });
      const { updateCandidate: updated } = await roles.jobcentre.client.data<{ updateCandidate: Candidate }>(UPDATE, {
        id: candidate.id,
        v: 1,
        input: { fullName: 'Yusuf A. Rahimi', arrivedInMunicipalityOn: addDays(TODAY, -20), email: 'y@example.org' },
      });
      expect(updated).toMatchObject({
        version: 2,
        fullName: 'Yusuf A. Rahimi',
        email: 'y@example.org',
        firstOfferTargetDate: addDays(addDays(TODAY, -20), 14),
        firstOfferDeadline: addMonths(addDays(TODAY, -20), 1),
      });
      const stale = await roles.jobcentre.client.request(UPDATE, { id: candidate.id, v: 1, input: { fullName: 'Lost Update' } });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
      const { candidate: after } = await roles.jobcentre.client.data<{ candidate: Candidate }>(GET, { id: candidate.id });
      expect(after).toMatchObject({ version: 2, fullName: 'Yusuf A. Rahimi' });
      expect(
        await count(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND topic = 'candidate.changed'`, [candidate.id]),
      ).toBe(1);
      // Contact data may be cleared; absent fields stay as they are.
      const cleared = await roles.jobcentre.client.data<{ updateCandidate: Candidate }>(UPDATE, {
        id: candidate.id,
        v: 2,
        input: { email: null },
      });
      expect(cleared.updateCandidate).toMatchObject({ version: 3, email: null, fullName: 'Yusuf A. Rahimi' });
    });

    it('lets exactly one of 10 parallel edits at the same version win', async () => {
      const candidate = await own();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          roles.jobcentre.client.request<{ updateCandidate: Candidate }>(UPDATE, {
            id: candidate.id,
            v: 1,
            input: { fullName: `Racer ${i}` },
          }),
        ),
      );
      const winners = results.filter((result) => !result.errors);
      expect(winners).toHaveLength(1);
      for (const loser of results.filter((result) => result.errors)) {
        expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
      }
      const { candidate: after } = await roles.jobcentre.client.data<{ candidate: Candidate }>(GET, { id: candidate.id });
      expect(after).toMatchObject({ version: 2, fullName: winners[0].data!.updateCandidate.fullName });
      expect(
        await count(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND topic = 'candidate.changed'`, [candidate.id]),
      ).toBe(1);
    });

    it('moves a candidate between municipalities of the same jobcentre, never to another jobcentre', async () => {
      // A jobcentre may serve several municipalities: let København's also serve Frederiksberg (147) here.
      await api.dataSource.query('UPDATE municipality SET jobcentre_id = $1 WHERE code = 147', [ids.jobcentre101]);
      const candidate = await own();
      const moved = await roles.jobcentre.client.data<{ updateCandidate: Candidate }>(UPDATE, {
        id: candidate.id,
        v: 1,
        input: { municipalityCode: 147 },
      });
      expect(moved.updateCandidate).toMatchObject({
        version: 2,
        profile: { municipality: { code: 147 } },
        jobcentre: { id: ids.jobcentre101 },
      });
      const transfer = await roles.jobcentre.client.request(UPDATE, { id: candidate.id, v: 2, input: { municipalityCode: 751 } });
      expect(transfer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MUNICIPALITY_NOT_SERVED',
        field: 'input.municipalityCode',
      });
    });

    it.each([
      [{ status: 'IN_PROGRAMME' }, 'STATUS_MANAGED_BY_PROGRAMME', 'input.status'],
      [{ fullName: null }, 'VALUE_REQUIRED', 'input.fullName'],
      [{ arrivedInMunicipalityOn: '2000-01-01' }, 'MUNICIPALITY_ARRIVAL_BEFORE_DENMARK', 'input.arrivedInMunicipalityOn'],
      [{ skillCodes: ['juggling'] }, 'UNKNOWN_SKILL', 'input.skillCodes'],
      [{ maxCommuteKm: -5 }, 'COMMUTE_OUT_OF_RANGE', 'input.maxCommuteKm'],
    ])('refuses %j with %s, version unchanged', async (input, reason, field) => {
      const candidate = await own();
      const result = await roles.jobcentre.client.request(UPDATE, { id: candidate.id, v: 1, input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(await count('SELECT version AS n FROM candidate WHERE id = $1', [candidate.id])).toBe(1);
    });

    it('is NOT_FOUND for another jobcentre’s candidate', async () => {
      const candidate = await own();
      const result = await aarhus.client.request(UPDATE, { id: candidate.id, v: 1, input: { fullName: 'Hijack' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('overdue first offers', () => {
    it('lists the caller’s own candidates past the deadline without an offer, oldest first, page by page', async () => {
      const arrived = (daysAgo: number) => ({
        arrivedInDenmarkOn: addDays(TODAY, -daysAgo - 5),
        arrivedInMunicipalityOn: addDays(TODAY, -daysAgo),
      });
      const oldest = await own(arrived(90));
      const older = await own(arrived(60));
      const recent = await own(arrived(10));
      const dueToday = await own({ arrivedInDenmarkOn: addMonths(TODAY, -2), arrivedInMunicipalityOn: addMonths(TODAY, -1) });
      const offered = await own(arrived(75));
      await api.dataSource.query('UPDATE candidate SET first_offer_at = $2 WHERE id = $1', [offered.id, addDays(TODAY, -50)]); // as proposals will
      const elsewhere = await create(aarhus.client, newCandidate({ municipalityCode: 751, ...arrived(120) }));

      const seen: { id: string; firstOfferDeadline: string; firstOfferAt: string | null; jobcentre: { id: string } }[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page: { candidates: Connection<(typeof seen)[number]> } = await roles.jobcentre.client.data(LIST, {
          filter: { overdueFirstOffer: true },
          first: 2,
          after,
        });
        total = page.candidates.totalCount;
        seen.push(...page.candidates.edges.map((edge) => edge.node));
        after = page.candidates.pageInfo.hasNextPage ? page.candidates.pageInfo.endCursor : null;
      } while (after);

      expect(seen).toHaveLength(total);
      const positions = [oldest, older].map((c) => seen.findIndex((s) => s.id === c.id));
      expect(positions[0]).toBeGreaterThanOrEqual(0);
      expect(positions[1]).toBeGreaterThan(positions[0]);
      for (const excluded of [recent, dueToday, offered, elsewhere]) expect(seen.map((s) => s.id)).not.toContain(excluded.id);
      expect(dueToday.firstOfferDeadline).toBe(TODAY); // the deadline day itself is not overdue yet
      for (const row of seen) {
        expect(row.firstOfferDeadline < TODAY && row.firstOfferAt === null && row.jobcentre.id === ids.jobcentre101).toBe(true);
      }
      expect(seen.map((s) => s.firstOfferDeadline)).toEqual([...seen.map((s) => s.firstOfferDeadline)].sort());

      const { candidates: aarhusOverdue } = await aarhus.client.data<{ candidates: Connection<{ id: string }> }>(LIST, {
        filter: { overdueFirstOffer: true },
      });
      expect(aarhusOverdue.edges.map((e) => e.node.id)).toEqual([elsewhere.id]);
    });

    it('filters by status and finds candidates by reference or whole name words', async () => {
      const candidate = await own({ fullName: 'Olena Kovalenko-Shevchenko' });
      await roles.jobcentre.client.data(UPDATE, { id: candidate.id, v: 1, input: { status: 'INACTIVE' } });
      const search = async (filter: Record<string, unknown>) =>
        (await roles.jobcentre.client.data<{ candidates: Connection<{ id: string }> }>(LIST, { filter, first: 100 })).candidates.edges.map(
          (e) => e.node.id,
        );
      expect(await search({ text: candidate.profile.reference.toLowerCase() })).toEqual([candidate.id]);
      expect(await search({ text: candidate.profile.reference.slice(2, 6) })).toContain(candidate.id);
      expect(await search({ text: 'shevchenko OLENA' })).toEqual([candidate.id]);
      expect(await search({ text: 'Olen' })).not.toContain(candidate.id); // whole words only: names are never decrypted to search
      expect(await search({ statuses: ['INACTIVE'] })).toEqual([candidate.id]);
      expect(await search({ statuses: ['AVAILABLE'], text: 'Kovalenko' })).toEqual([]);
      expect(
        (await aarhus.client.data<{ candidates: Connection<{ id: string }> }>(LIST, { filter: { text: 'Kovalenko' } })).candidates.edges,
      ).toEqual([]);
    });
  });

  describe('who sees what', () => {
    let shared: Candidate;
    let unshared: Candidate;
    let ineligible: Candidate;
    let sharedCpr: string;
    let ineligibleCpr: string;
    const PERSONAL = { fullName: 'Zainab Qaderi', email: 'zainab.q@example.org', phone: '+4588776655' };
    // Not IGU-eligible for every reason a person's values can give, so every reason message would show a leak.
    const INELIGIBLE = { residenceBasis: 'OTHER', arrivedInDenmarkOn: '1993-08-23', arrivedInMunicipalityOn: '1993-09-14' };

    beforeAll(async () => {
      sharedCpr = cprFor('1990-11-05');
      shared = await own({
        ...PERSONAL,
        cpr: sharedCpr,
        shareProfileWithEmployers: true,
        desiredOccupationCodes: ['7411'],
        skillCodes: ['forklift-certificate', 'hygiene-certificate'],
        danishLevel: 'B1',
      });
      unshared = await own({
        shareProfileWithEmployers: false,
        desiredOccupationCodes: ['7411'],
        skillCodes: ['forklift-certificate', 'hygiene-certificate'],
      });
      ineligibleCpr = cprFor('1961-05-17');
      ineligible = await own({ ...INELIGIBLE, cpr: ineligibleCpr, shareProfileWithEmployers: true, desiredOccupationCodes: ['7412'] });
    });

    it('gives the full record only to the candidate’s own jobcentre; everyone else gets NOT_FOUND', async () => {
      expect((await roles.jobcentre.client.data<{ candidate: Candidate }>(GET, { id: shared.id })).candidate.fullName).toBe(
        PERSONAL.fullName,
      );
      for (const who of [roles.employer, aarhus, roles.union, roles.admin]) {
        const result = await who.client.request(GET, { id: shared.id });
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(result.data?.candidate ?? null).toBeNull();
      }
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect((await roles.jobcentre.client.request(GET, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('lets employers and other jobcentres find a shared profile, not an unshared one, and never a personal field', async () => {
      for (const who of [roles.employer, aarhus]) {
        const result = await who.client.request<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
          filter: { occupationCodes: ['74'] },
          first: 100,
        });
        const found = result.data!.candidateProfiles.edges.map((edge) => edge.node);
        expect(found.map((p) => p.id)).toContain(shared.id);
        expect(found.map((p) => p.id)).not.toContain(unshared.id);
        expect(found.find((p) => p.id === shared.id)).toMatchObject({ reference: shared.profile.reference, age: shared.profile.age });
        const leaky = found.find((p) => p.id === ineligible.id)!;
        expect(leaky.iguEligibility.reasons.map((r) => r.code)).toEqual(['AGE_OUT_OF_RANGE', 'TOO_LONG_IN_DENMARK', 'RESIDENCE_BASIS']);
        const json = JSON.stringify(result);
        const personal = [
          PERSONAL.fullName,
          'Zainab',
          'Qaderi',
          PERSONAL.email,
          PERSONAL.phone,
          '88776655',
          shared.dateOfBirth,
          shared.cprMasked,
        ];
        const residence = ['REFUGEE', 'OTHER'];
        const arrivals = [
          INELIGIBLE.arrivedInDenmarkOn,
          INELIGIBLE.arrivedInMunicipalityOn,
          '1993',
          '08-23',
          '09-14',
          shared.arrivedInMunicipalityOn,
        ];
        const birth = [ineligible.dateOfBirth, ineligible.cprMasked, '1961', '05-17', '1990-11-05'];
        const cprs = [sharedCpr, ineligibleCpr].flatMap((cpr) => [cpr, cpr.replace('-', ''), cpr.slice(0, 6)]);
        for (const secret of [...personal, ...residence, ...arrivals, ...birth, ...cprs]) {
          expect(json).not.toContain(secret);
        }
        // The reasons name the rules only: not even the age shows there.
        const reasons = JSON.stringify(leaky.iguEligibility.reasons);
        for (const age of [leaky.age, leaky.age - 1]) expect(reasons).not.toContain(String(age));
      }
      const ownView = await roles.jobcentre.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
        filter: { occupationCodes: ['7411'] },
        first: 100,
      });
      expect(ownView.candidateProfiles.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([shared.id, unshared.id]));
    });

    it('filters profiles by skills (all of), Danish level, municipality, region and IGU eligibility, with exact counts and cursors', async () => {
      const search = async (filter: Record<string, unknown>, who = roles.employer) =>
        (await who.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, { filter, first: 100 })).candidateProfiles;
      const ids = async (filter: Record<string, unknown>) => (await search(filter)).edges.map((e) => e.node.id);
      expect(await ids({ skillCodes: ['forklift-certificate', 'hygiene-certificate'] })).toContain(shared.id);
      expect(await ids({ skillCodes: ['forklift-certificate', 'welding'] })).not.toContain(shared.id);
      expect(await ids({ minDanishLevel: 'B1' })).toContain(shared.id);
      expect(await ids({ minDanishLevel: 'B2' })).not.toContain(shared.id);
      expect(await ids({ municipalityCodes: [101] })).toContain(shared.id);
      expect(await ids({ municipalityCodes: [751] })).not.toContain(shared.id);
      expect(await ids({ regionCodes: [1084] })).toContain(shared.id);
      expect(await ids({ regionCodes: [1082] })).not.toContain(shared.id);

      // A shared candidate with residence basis OTHER is never eligible; `shared` (refugee, 34, just arrived) is.
      const other = await own({ shareProfileWithEmployers: true, residenceBasis: 'OTHER', desiredOccupationCodes: ['7411'] });
      const eligible = await search({ occupationCodes: ['7411'], iguEligible: true });
      const ineligible = await search({ occupationCodes: ['7411'], iguEligible: false });
      expect(eligible.edges.map((e) => e.node.id)).toContain(shared.id);
      expect(ineligible.edges.map((e) => e.node.id)).toEqual([other.id]);
      expect(eligible.edges.every((e) => e.node.iguEligibility.eligible)).toBe(true);
      expect(ineligible.edges[0].node.iguEligibility).toMatchObject({
        eligible: false,
        asOf: TODAY,
        reasons: [{ code: 'RESIDENCE_BASIS' }],
      });
      const all = await search({ occupationCodes: ['7411'] });
      expect(all.totalCount).toBe(eligible.totalCount + ineligible.totalCount);

      const firstPage = await roles.employer.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
        filter: { occupationCodes: ['7411'] },
        first: 1,
      });
      const secondPage = await roles.employer.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
        filter: { occupationCodes: ['7411'] },
        first: 1,
        after: firstPage.candidateProfiles.pageInfo.endCursor,
      });
      expect(firstPage.candidateProfiles.totalCount).toBe(all.totalCount);
      expect([...firstPage.candidateProfiles.edges, ...secondPage.candidateProfiles.edges].map((e) => e.node.id)).toEqual(
        all.edges.slice(0, 2).map((e) => e.node.id),
      );
      const tooMany = await roles.employer.client.request(PROFILES, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
      const badCursor = await roles.employer.client.request(PROFILES, { after: 'bm9wZQ' });
      expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    });

    it('shows only AVAILABLE candidates in the profile search', async () => {
      const inactive = await own({ shareProfileWithEmployers: true, desiredOccupationCodes: ['7411'] });
      await roles.jobcentre.client.data(UPDATE, { id: inactive.id, v: 1, input: { status: 'INACTIVE' } });
      const result = await roles.employer.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
        filter: { occupationCodes: ['7411'] },
        first: 100,
      });
      expect(result.candidateProfiles.edges.map((e) => e.node.id)).not.toContain(inactive.id);
    });
  });

  describe('personal-data access log', () => {
    const logRows = (subjectId: string) =>
      api.dataSource.query(`SELECT actor_user_id, fields FROM personal_data_access WHERE subject_type = 'candidate' AND subject_id = $1`, [
        subjectId,
      ]);

    it('writes exactly one row per candidate for a single read, a list read and each mutation result', async () => {
      const created = await own();
      expect(await logRows(created.id)).toEqual([
        { actor_user_id: roles.jobcentre.userId, fields: ['fullName', 'cprMasked', 'dateOfBirth', 'email', 'phone'] },
      ]);
      await roles.jobcentre.client.data(GET, { id: created.id });
      expect(await logRows(created.id)).toHaveLength(2);
      await roles.jobcentre.client.data(UPDATE, { id: created.id, v: 1, input: { phone: '12345678' } });
      expect(await logRows(created.id)).toHaveLength(3);
      await roles.jobcentre.client.request(UPDATE, { id: created.id, v: 1, input: { phone: '87654321' } }); // stale: nothing read
      expect(await logRows(created.id)).toHaveLength(3);

      const before = await count(`SELECT count(*)::int AS n FROM personal_data_access`);
      const { candidates } = await roles.jobcentre.client.data<{ candidates: Connection<{ id: string }> }>(LIST, { first: 3 });
      expect(candidates.edges).toHaveLength(3);
      expect(await count(`SELECT count(*)::int AS n FROM personal_data_access`)).toBe(before + 3);
      const afterList = await count(`SELECT count(*)::int AS n FROM personal_data_access`);
      const rows: { subject_id: string }[] = await api.dataSource.query(
        `SELECT subject_id FROM personal_data_access ORDER BY id DESC LIMIT 3`,
      );
      expect(rows.map((r) => r.subject_id).sort()).toEqual(candidates.edges.map((e) => e.node.id).sort());

      // Profiles are pseudonymised: no log rows. A NOT_FOUND read logs nothing either.
      await roles.employer.client.data(PROFILES, { first: 50 });
      await roles.employer.client.request(GET, { id: created.id });
      expect(await count(`SELECT count(*)::int AS n FROM personal_data_access`)).toBe(afterList);
    });
  });

  describe('iguEligibility', () => {
    it.each([
      // [dateOfBirth, residenceBasis, arrivedInDenmarkOn, priorIgu, startDate, eligible, ruleSet, reasons]
      ['2007-03-20', 'REFUGEE', '2024-01-01', false, '2025-03-19', false, 'IGU-2024', ['AGE_OUT_OF_RANGE']],
      ['2007-03-20', 'REFUGEE', '2024-01-01', false, '2025-03-20', true, 'IGU-2024', []],
      ['1975-11-30', 'REFUGEE', '2024-01-01', false, '2025-11-29', true, 'IGU-2024', []],
      ['1975-11-30', 'REFUGEE', '2024-01-01', false, '2025-11-30', false, 'IGU-2024', ['AGE_OUT_OF_RANGE']],
      ['1983-02-01', 'REFUGEE', '2020-01-01', false, '2023-02-01', false, 'IGU-2021', ['AGE_OUT_OF_RANGE']],
      ['1990-01-01', 'REFUGEE', '2016-03-10', false, '2021-03-09', true, 'IGU-2016', []],
      ['1990-01-01', 'REFUGEE', '2016-03-10', false, '2021-03-10', false, 'IGU-2016', ['TOO_LONG_IN_DENMARK']],
      ['1990-01-01', 'REFUGEE', '2015-05-15', false, '2021-05-01', true, 'IGU-2021', []],
      ['1990-01-01', 'REFUGEE', '2005-03-15', false, '2025-03-15', true, 'IGU-2024', []],
      ['1990-01-01', 'REFUGEE', '2005-03-15', false, '2025-03-16', false, 'IGU-2024', ['TOO_LONG_IN_DENMARK']],
      ['1990-01-01', 'UKRAINE_SPECIAL_ACT', '2022-02-01', false, '2022-02-28', false, 'IGU-2021', ['RESIDENCE_BASIS']],
      ['1990-01-01', 'UKRAINE_SPECIAL_ACT', '2022-02-01', false, '2022-03-01', true, 'IGU-2021', []],
      ['1990-01-01', 'FAMILY_REUNIFIED_OTHER', '2020-01-01', false, '2023-12-31', false, 'IGU-2021', ['RESIDENCE_BASIS']],
      ['1990-01-01', 'FAMILY_REUNIFIED_OTHER', '2020-01-01', false, '2024-01-01', true, 'IGU-2024', []],
      ['1990-01-01', 'REFUGEE', '2020-01-01', true, '2027-12-31', false, 'IGU-2024', ['PRIOR_IGU']],
      ['1990-01-01', 'REFUGEE', '2020-01-01', false, '2028-01-01', false, 'IGU-2024', ['SCHEME_ENDED']],
      [
        '1960-01-01',
        'OTHER',
        '1990-01-01',
        true,
        '2028-01-01',
        false,
        'IGU-2024',
        ['AGE_OUT_OF_RANGE', 'TOO_LONG_IN_DENMARK', 'RESIDENCE_BASIS', 'PRIOR_IGU', 'SCHEME_ENDED'],
      ],
    ])(
      'born %s, %s, arrived %s, prior IGU %s, start %s → eligible %s under %s %j',
      async (dateOfBirth, residenceBasis, arrivedInDenmarkOn, priorIgu, startDate, eligible, ruleSet, reasons) => {
        const { iguEligibility } = await roles.employer.client.data<{ iguEligibility: Profile['iguEligibility'] }>(ELIGIBILITY, {
          input: { dateOfBirth, residenceBasis, arrivedInDenmarkOn, priorIgu, startDate },
        });
        expect(iguEligibility).toMatchObject({ eligible, ruleSet, asOf: startDate });
        expect(iguEligibility.reasons.map((r) => r.code)).toEqual(reasons);
      },
    );

    it('stores nothing and refuses a date that is not a calendar date', async () => {
      const before = await count('SELECT count(*)::int AS n FROM candidate');
      const input = { dateOfBirth: '1990-01-01', residenceBasis: 'REFUGEE', arrivedInDenmarkOn: '2020-01-01', startDate: '2025-02-30' };
      expect((await roles.union.client.request(ELIGIBILITY, { input })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await roles.union.client.data(ELIGIBILITY, { input: { ...input, startDate: '2025-02-28' } }); // priorIgu defaults to false
      expect(await count('SELECT count(*)::int AS n FROM candidate')).toBe(before);
    });

    it('ignores asOf for anyone but the own jobcentre: probes with any date get the same answer for today, naming no value of the person', async () => {
      const candidate = await own({
        cpr: cprFor('1958-07-29'),
        residenceBasis: 'OTHER',
        arrivedInDenmarkOn: '1996-04-11',
        arrivedInMunicipalityOn: '1996-06-03',
        shareProfileWithEmployers: true,
        desiredOccupationCodes: ['7413'],
      });
      const dates = ['1990-01-01', '2016-07-29', '2021-05-01', '2024-01-01', '2027-12-31', '2045-04-11'];
      const probes = dates
        .map((date, i) => `p${i}: iguEligibility(asOf: "${date}") { eligible ruleSet asOf reasons { code message } }`)
        .join(' ');
      const query = `query { candidateProfiles(filter: { occupationCodes: ["7413"] }, first: 5) { edges { node { id age ${probes}
        plain: iguEligibility { eligible ruleSet asOf reasons { code message } } } } } }`;
      for (const who of [roles.employer, aarhus]) {
        const { candidateProfiles } = await who.client.data<{
          candidateProfiles: Connection<Record<string, unknown> & { id: string; age: number }>;
        }>(query);
        const node = candidateProfiles.edges.find((edge) => edge.node.id === candidate.id)!.node;
        const { age, plain } = node;
        expect(plain).toMatchObject({ eligible: false, ruleSet: 'IGU-2024', asOf: TODAY });
        for (const i of dates.keys()) expect(node[`p${i}`]).toEqual(plain);
        const text = JSON.stringify(plain);
        for (const value of ['1958', '07-29', '1996', '04-11', '06-03', 'OTHER', String(age), String(age - 1)])
          expect(text).not.toContain(value);
      }
      // The candidate's own jobcentre chooses the date.
      const { candidateProfiles: mine } = await roles.jobcentre.client.data<{
        candidateProfiles: Connection<Record<string, { asOf: string; ruleSet: string }> & { id: string }>;
      }>(
        `query { candidateProfiles(filter: { occupationCodes: ["7413"] }, first: 5) { edges { node { id iguEligibility(asOf: "2016-07-29") { asOf ruleSet } } } } }`,
      );
      expect(mine.edges.find((edge) => edge.node.id === candidate.id)!.node.iguEligibility).toEqual({
        asOf: '2016-07-29',
        ruleSet: 'IGU-2016',
      });
    });

    it('shows the age reached this calendar year: it changes on 1 January, not on the birthday', async () => {
      const year = Number(TODAY.slice(0, 4));
      const birthdayToday = await own({ cpr: cprFor(`${year - 30}-${TODAY.slice(5)}`) });
      const birthdayTomorrow = await own({ cpr: cprFor(`${year - 30}-${addDays(TODAY, 1).slice(5)}`) });
      const newYearsEve = await own({ cpr: cprFor(`${year - 30}-12-31`) });
      const firstOfJanuary = await own({ cpr: cprFor(`${year - 30}-01-01`) });
      for (const candidate of [birthdayToday, birthdayTomorrow, newYearsEve, firstOfJanuary]) expect(candidate.profile.age).toBe(30);
    });

    it('one IGU per person: an IGU started here (igu_started_on) makes the person ineligible in profiles and the filter, though priorIgu is false', async () => {
      const candidate = await own({ shareProfileWithEmployers: true, desiredOccupationCodes: ['7421'] });
      const eligibleIds = async (iguEligible: boolean) =>
        (
          await roles.employer.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
            filter: { occupationCodes: ['7421'], iguEligible },
            first: 100,
          })
        ).candidateProfiles.edges.map((edge) => edge.node.id);
      expect(await eligibleIds(true)).toContain(candidate.id);
      await api.dataSource.query('UPDATE candidate SET igu_started_on = $2 WHERE id = $1', [candidate.id, addDays(TODAY, -400)]);
      expect(await eligibleIds(true)).not.toContain(candidate.id);
      expect(await eligibleIds(false)).toContain(candidate.id);
      const { candidateProfiles } = await roles.employer.client.data<{ candidateProfiles: Connection<Profile> }>(PROFILES, {
        filter: { occupationCodes: ['7421'] },
        first: 100,
      });
      expect(candidateProfiles.edges.find((edge) => edge.node.id === candidate.id)!.node.iguEligibility).toMatchObject({
        eligible: false,
        reasons: [{ code: 'PRIOR_IGU' }],
      });
      // The full record too: its own jobcentre sees the same, and the recorded flag stays what the caseworker said.
      const { candidate: full } = await roles.jobcentre.client.data<{ candidate: Candidate & { priorIgu: boolean; profile: Profile } }>(
        GET,
        { id: candidate.id },
      );
      expect(full.priorIgu).toBe(false);
      expect(full.profile.iguEligibility).toMatchObject({ eligible: false, reasons: [{ code: 'PRIOR_IGU' }] });
    });

    it('evaluates a candidate’s record for any start date on the profile (default today)', async () => {
      const candidate = await own({ residenceBasis: 'FAMILY_REUNIFIED_OTHER', cpr: cprFor('1980-06-01') });
      const query = `query($id: ID!) { candidate(id: $id) { profile {
        today: iguEligibility { eligible asOf ruleSet }
        before2024: iguEligibility(asOf: "2023-12-31") { eligible ruleSet reasons { code } }
        after2027: iguEligibility(asOf: "2028-01-01") { eligible reasons { code } }
      } } }`;
      const { candidate: result } = await roles.jobcentre.client.data<{ candidate: { profile: Record<string, unknown> } }>(query, {
        id: candidate.id,
      });
      expect(result.profile).toEqual({
        today: { eligible: true, asOf: TODAY, ruleSet: 'IGU-2024' },
        before2024: { eligible: false, ruleSet: 'IGU-2021', reasons: [{ code: 'AGE_OUT_OF_RANGE' }, { code: 'RESIDENCE_BASIS' }] },
        after2027: { eligible: false, reasons: [{ code: 'SCHEME_ENDED' }] },
      });
    });
  });

  describe('role × operation matrix', () => {
    type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
    let ownCandidate: Candidate;
    beforeAll(async () => {
      ownCandidate = await own();
    });
    const operations: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
      candidate: { query: 'query($id: ID!) { candidate(id: $id) { id } }', variables: () => ({ id: ownCandidate.id }) },
      candidates: { query: '{ candidates { totalCount } }', variables: () => ({}) },
      candidateProfiles: { query: '{ candidateProfiles { totalCount } }', variables: () => ({}) },
      iguEligibility: {
        query: ELIGIBILITY,
        variables: () => ({
          input: { dateOfBirth: '1990-01-01', residenceBasis: 'REFUGEE', arrivedInDenmarkOn: '2024-01-01', startDate: '2025-01-01' },
        }),
      },
      createCandidate: {
        query: 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
        variables: () => ({ input: newCandidate() }),
      },
      updateCandidate: {
        query: 'mutation($id: ID!, $v: Int!) { updateCandidate(id: $id, expectedVersion: $v, input: {}) { version } }',
        variables: () => ({ id: ownCandidate.id, v: ownCandidate.version }),
      },
    };
    const expected: Record<string, Record<string, Outcome>> = {
      anonymous: {
        candidate: 'UNAUTHENTICATED',
        candidates: 'UNAUTHENTICATED',
        candidateProfiles: 'UNAUTHENTICATED',
        iguEligibility: 'UNAUTHENTICATED',
        createCandidate: 'UNAUTHENTICATED',
        updateCandidate: 'UNAUTHENTICATED',
      },
      employer: {
        candidate: 'NOT_FOUND',
        candidates: 'FORBIDDEN',
        candidateProfiles: 'OK',
        iguEligibility: 'OK',
        createCandidate: 'FORBIDDEN',
        updateCandidate: 'FORBIDDEN',
      },
      jobcentre: {
        candidate: 'OK',
        candidates: 'OK',
        candidateProfiles: 'OK',
        iguEligibility: 'OK',
        createCandidate: 'OK',
        updateCandidate: 'OK',
      },
      otherJobcentre: {
        candidate: 'NOT_FOUND',
        candidates: 'OK',
        candidateProfiles: 'OK',
        iguEligibility: 'OK',
        createCandidate: 'BAD_USER_INPUT' as Outcome,
        updateCandidate: 'NOT_FOUND',
      },
      union: {
        candidate: 'NOT_FOUND',
        candidates: 'FORBIDDEN',
        candidateProfiles: 'FORBIDDEN',
        iguEligibility: 'OK',
        createCandidate: 'FORBIDDEN',
        updateCandidate: 'FORBIDDEN',
      },
      admin: {
        candidate: 'NOT_FOUND',
        candidates: 'FORBIDDEN',
        candidateProfiles: 'FORBIDDEN',
        iguEligibility: 'OK',
        createCandidate: 'FORBIDDEN',
        updateCandidate: 'FORBIDDEN',
      },
    };

    it.each(Object.keys(expected))('%s', async (who) => {
      const client = {
        anonymous: api.client,
        employer: roles.employer.client,
        jobcentre: roles.jobcentre.client,
        otherJobcentre: aarhus.client, // may register candidates, but not for København's municipality 101
        union: roles.union.client,
        admin: roles.admin.client,
      }[who]!;
      const actual: Record<string, Outcome> = {};
      for (const [name, operation] of Object.entries(operations)) {
        const result = await client.request(operation.query, operation.variables());
        actual[name] = result.errors ? (result.errors[0].extensions!.code as Outcome) : 'OK';
        if (name === 'updateCandidate' && !result.errors) ownCandidate.version += 1;
      }
      expect(actual).toEqual(expected[who]);
    });
  });
});
