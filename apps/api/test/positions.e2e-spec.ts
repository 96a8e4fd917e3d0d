import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, referenceIds, signInAllRoles, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import {
  CLOSE,
  CREATE,
  createOpenPosition,
  createPosition,
  errorOf,
  GET,
  iguInput,
  inDays,
  jobInput,
  LIST,
  list,
  PUBLISH,
  type PositionView,
  registerOtherEmployer,
  UPDATE,
} from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const AARHUS_CENTRE = { latitude: 56.16317, longitude: 10.16897 };
const ODENSE_CENTRE = { latitude: 55.3957, longitude: 10.37761 };

describe('positions over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let employer: GraphqlClient;
  let other: { client: GraphqlClient; companyId: string };
  let union3f: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    employer = roles.employer.client;
    other = await registerOtherEmployer(api.client);
    union3f = (await referenceIds(api.dataSource)).union3f;
  });

  afterAll(async () => {
    await api.close();
  });

  const get = (client: GraphqlClient, id: string) => client.request<{ position: PositionView | null }>(GET, { id });
  const row = async (id: string) =>
    (await api.dataSource.query('SELECT status, version, title FROM position WHERE id = $1', [id]))[0] as {
      status: string;
      version: number;
      title: string;
    };
  const outbox = async (id: string) =>
    api.dataSource.query('SELECT topic, aggregate_type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [id]);
  const positionCount = async () => (await api.dataSource.query('SELECT count(*)::int AS n FROM position'))[0].n as number;

  describe('create', () => {
    it('creates a DRAFT of the employer’s company with every field, the location defaulting to the municipality’s centre', async () => {
      const created = await createPosition(employer, iguInput(union3f));
      expect(created).toMatchObject({
        version: 1,
        kind: 'IGU',
        status: 'DRAFT',
        title: 'IGU-elev i rengøring',
        weeklyHours: 30,
        openings: 2,
        startDate: inDays(40),
        applicationDeadline: inDays(20),
        requiredDanishLevel: 'A2',
        drivingLicenceRequired: false,
        collectiveAgreement: 'Serviceoverenskomsten',
        hourlyWageDkk: 152.5,
        publishedAt: null,
        closedAt: null,
        location: AARHUS_CENTRE,
        company: { id: roles.companyId, name: 'Aarhus Byg ApS', municipality: { code: 751 } },
        occupation: { code: '9112' },
        municipality: { code: 751, name: 'Aarhus', region: { code: 1082 } },
        union: { id: union3f, code: '3f' },
        skills: [
          { required: true, skill: { code: 'perform-cleaning-duties', label: expect.any(String), category: expect.any(String) } },
          { required: false, skill: { code: 'clean-building-floors', label: expect.any(String), category: expect.any(String) } },
        ],
      });
      // Stamped by PostgreSQL's clock (the test process's date may be shifted: npm run test:dates).
      const [{ age }] = await api.dataSource.query(`SELECT extract(epoch FROM now() - $1::timestamptz) AS age`, [created.createdAt]);
      expect(Number(age)).toBeLessThan(60);
      expect(await outbox(created.id)).toEqual([]); // drafts are not announced
    });

    it('applies the contract’s defaults and takes an explicit location', async () => {
      const { createPosition: created } = await employer.data<{ createPosition: PositionView }>(CREATE, {
        input: {
          kind: 'INTERNSHIP',
          title: 'Praktik på lager',
          description: 'Virksomhedspraktik på vores lager',
          occupationCode: '9321',
          municipalityCode: 751,
          weeklyHours: 20,
          location: { latitude: 56.2, longitude: 10.1 },
        },
      });
      expect(created).toMatchObject({
        openings: 1,
        requiredDanishLevel: 'NONE',
        drivingLicenceRequired: false,
        skills: [],
        union: null,
        startDate: null,
        location: { latitude: 56.2, longitude: 10.1 },
      });
    });
  });

  describe('life cycle: create → publish → update → close', () => {
    let position: PositionView;

    beforeAll(async () => {
      position = await createPosition(employer, jobInput({ title: 'Malersvend søges', occupationCode: '7131', skills: [] }));
    });

    it('keeps a DRAFT from every other viewer', async () => {
      for (const client of [roles.jobcentre.client, roles.union.client, other.client]) {
        expect(errorOf(await get(client, position.id))).toMatchObject({ code: 'NOT_FOUND' });
      }
      expect((await get(roles.admin.client, position.id)).data?.position?.id).toBe(position.id);
      const listed = await list(roles.jobcentre.client, { filter: { occupationCodes: ['7131'] } });
      expect(listed.edges.map((edge) => edge.node.id)).not.toContain(position.id);
    });

    it('publishes a DRAFT: OPEN, version +1, publishedAt, and a position.published event', async () => {
      const { publishPosition } = await employer.data<{ publishPosition: PositionView }>(PUBLISH, { id: position.id });
      expect(publishPosition).toMatchObject({ status: 'OPEN', version: 2, publishedAt: expect.any(String) });
      expect(await outbox(position.id)).toEqual([
        { topic: 'position.published', aggregate_type: 'position', payload: { positionId: position.id, version: 2 } },
      ]);
      for (const client of [roles.jobcentre.client, roles.union.client, other.client, roles.admin.client]) {
        expect((await get(client, position.id)).data?.position).toMatchObject({ id: position.id, status: 'OPEN' });
      }
    });

    it('updates an OPEN position at the expected version, replacing skills, and announces position.changed', async () => {
      const { updatePosition } = await employer.data<{ updatePosition: PositionView }>(UPDATE, {
        id: position.id,
        v: 2,
        input: {
          title: 'Malersvend søges til nybyg',
          weeklyHours: 37,
          skills: [{ skillCode: 'mewp-course' }, { skillCode: 'first-aid-certificate', required: false }],
          location: { latitude: 56.1, longitude: 10.2 },
        },
      });
      expect(updatePosition).toMatchObject({
        version: 3,
        status: 'OPEN',
        title: 'Malersvend søges til nybyg',
        weeklyHours: 37,
        description: position.description, // absent fields stay
        location: { latitude: 56.1, longitude: 10.2 },
        skills: [
          { required: true, skill: { code: 'mewp-course' } },
          { required: false, skill: { code: 'first-aid-certificate' } },
        ],
      });
      const events = await outbox(position.id);
      expect(events.at(-1)).toEqual({
        topic: 'position.changed',
        aggregate_type: 'position',
        payload: { positionId: position.id, version: 3 },
      });
    });

    it('refuses a stale version and changes nothing', async () => {
      const result = await employer.request(UPDATE, { id: position.id, v: 2, input: { title: 'Stale edit' } });
      expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
      expect(await row(position.id)).toMatchObject({ version: 3, title: 'Malersvend søges til nybyg' });
    });

    it('locks occupation and municipality while OPEN (CONFLICT), and refuses a second publish', async () => {
      for (const input of [{ occupationCode: '9112' }, { municipalityCode: 101 }]) {
        const result = await employer.request(UPDATE, { id: position.id, v: 3, input });
        expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', reason: 'FIELD_LOCKED_WHILE_OPEN' });
      }
      // Resending the unchanged value is not a change.
      const same = await employer.request(UPDATE, { id: position.id, v: 3, input: { occupationCode: '7131' } });
      expect(same.errors).toBeUndefined();
      expect(errorOf(await employer.request(PUBLISH, { id: position.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ILLEGAL_TRANSITION',
      });
      expect(await row(position.id)).toMatchObject({ version: 3, status: 'OPEN' });
    });

    it('closes with a reason, announces position.closed, and hides the position from others again', async () => {
      const { closePosition } = await employer.data<{ closePosition: PositionView }>(CLOSE, {
        id: position.id,
        reason: 'Stillingen er besat',
      });
      expect(closePosition).toMatchObject({
        status: 'CLOSED',
        version: 4,
        closeReason: 'Stillingen er besat',
        closedAt: expect.any(String),
      });
      expect((await outbox(position.id)).map((event: { topic: string }) => event.topic)).toEqual([
        'position.published',
        'position.changed',
        'position.closed',
      ]);
      expect(errorOf(await get(roles.jobcentre.client, position.id))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await get(employer, position.id)).data?.position?.status).toBe('CLOSED');
      expect((await get(roles.admin.client, position.id)).data?.position?.status).toBe('CLOSED');
    });

    it('refuses every change to a CLOSED position with CONFLICT', async () => {
      expect(errorOf(await employer.request(CLOSE, { id: position.id }))).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      expect(errorOf(await employer.request(PUBLISH, { id: position.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ILLEGAL_TRANSITION',
      });
      expect(errorOf(await employer.request(UPDATE, { id: position.id, v: 4, input: { title: 'Again' } }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'POSITION_NOT_EDITABLE',
      });
      expect(await row(position.id)).toMatchObject({ version: 4, status: 'CLOSED' });
      expect(await outbox(position.id)).toHaveLength(3);
    });
  });

  describe('more transitions', () => {
    it('edits a DRAFT freely without announcing it; a new municipality moves the default location', async () => {
      const draft = await createPosition(employer, jobInput());
      const { updatePosition } = await employer.data<{ updatePosition: PositionView }>(UPDATE, {
        id: draft.id,
        v: 1,
        input: { municipalityCode: 461, occupationCode: '5120', skills: [], startDate: null, applicationDeadline: null },
      });
      expect(updatePosition).toMatchObject({
        version: 2,
        municipality: { code: 461 },
        occupation: { code: '5120' },
        location: ODENSE_CENTRE,
        skills: [],
        startDate: null,
        applicationDeadline: null,
      });
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM position_skill WHERE position_id = $1', [draft.id])).toEqual([
        { n: 0 },
      ]);
      expect(await outbox(draft.id)).toEqual([]);
    });

    it('refuses edits and closing of a FILLED position', async () => {
      const open = await createOpenPosition(employer, jobInput());
      // FILLED is reached through programmes (a later feature); set it directly here.
      await api.dataSource.query(`UPDATE position SET status = 'FILLED', version = version + 1 WHERE id = $1`, [open.id]);
      expect(errorOf(await employer.request(UPDATE, { id: open.id, v: 3, input: { title: 'Filled edit' } }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'POSITION_NOT_EDITABLE',
      });
      expect(errorOf(await employer.request(CLOSE, { id: open.id }))).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      expect(errorOf(await employer.request(PUBLISH, { id: open.id }))).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      expect(await row(open.id)).toMatchObject({ status: 'FILLED', version: 3 });
    });

    it('honours expectedVersion on publish and close', async () => {
      const draft = await createPosition(employer, jobInput());
      expect(errorOf(await employer.request(PUBLISH, { id: draft.id, v: 7 }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'VERSION_MISMATCH',
      });
      expect((await employer.data<{ publishPosition: PositionView }>(PUBLISH, { id: draft.id, v: 1 })).publishPosition.version).toBe(2);
      expect(errorOf(await employer.request(CLOSE, { id: draft.id, v: 1 }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'VERSION_MISMATCH',
      });
      expect(await row(draft.id)).toMatchObject({ status: 'OPEN', version: 2 });
    });

    it('closes a DRAFT too', async () => {
      const draft = await createPosition(employer, jobInput());
      const { closePosition } = await employer.data<{ closePosition: PositionView }>(CLOSE, { id: draft.id });
      expect(closePosition).toMatchObject({ status: 'CLOSED', closeReason: null });
      expect((await outbox(draft.id)).map((event: { topic: string }) => event.topic)).toEqual(['position.closed']);
    });

    it('does not publish a DRAFT whose application deadline has passed', async () => {
      const draft = await createPosition(employer, jobInput());
      await api.dataSource.query(`UPDATE position SET application_deadline = $2::date - 1 WHERE id = $1`, [draft.id, TEST_TODAY]);
      expect(errorOf(await employer.request(PUBLISH, { id: draft.id }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'APPLICATION_DEADLINE_IN_PAST',
      });
      expect(await row(draft.id)).toMatchObject({ status: 'DRAFT', version: 1 });
      expect(await outbox(draft.id)).toEqual([]);
    });
  });

  describe('start-date changes of an OPEN position: audited, at most 3 a Danish day', () => {
    const changes = async (id: string) =>
      api.dataSource.query(
        `SELECT changed_by AS "by", to_char(changed_on, 'YYYY-MM-DD') AS "on", to_char(old_start_date, 'YYYY-MM-DD') AS "old",
                to_char(new_start_date, 'YYYY-MM-DD') AS "new", changed_at IS NOT NULL AS "at"
         FROM position_start_date_change WHERE position_id = $1 ORDER BY changed_at, id`,
        [id],
      );
    const moveStart = (id: string, v: number, startDate: string | null) =>
      employer.request<{ updatePosition: PositionView }>(UPDATE, { id, v, input: { startDate } });

    it('records who, when, old and new for each change; the 4th of the day is CONFLICT START_DATE_CHANGE_LIMIT and changes nothing', async () => {
      const draft = await createPosition(employer, jobInput({ startDate: inDays(40) }));
      // A DRAFT's start date is free: nobody sees matches or eligibility under it yet.
      expect((await moveStart(draft.id, 1, inDays(41))).errors).toBeUndefined();
      expect(await changes(draft.id)).toEqual([]);

      const open = await createOpenPosition(employer, jobInput({ startDate: inDays(40) }));
      let version = open.version;
      const dates = [inDays(50), null, inDays(60)];
      for (const date of dates) {
        const result = await moveStart(open.id, version, date);
        expect(result.errors).toBeUndefined();
        version = result.data!.updatePosition.version;
      }
      // Other edits are not start-date changes.
      const retitled = await employer.data<{ updatePosition: PositionView }>(UPDATE, {
        id: open.id,
        v: version,
        input: { title: 'Rengøring, ny titel' },
      });
      version = retitled.updatePosition.version;
      const by = roles.employer.userId;
      expect(await changes(open.id)).toEqual([
        { by, on: TEST_TODAY, old: inDays(40), new: inDays(50), at: true },
        { by, on: TEST_TODAY, old: inDays(50), new: null, at: true },
        { by, on: TEST_TODAY, old: null, new: inDays(60), at: true },
      ]);

      const fourth = await moveStart(open.id, version, inDays(70));
      expect(errorOf(fourth)).toMatchObject({ code: 'CONFLICT', reason: 'START_DATE_CHANGE_LIMIT' });
      const [stored] = await api.dataSource.query(
        `SELECT version, to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM position WHERE id = $1`,
        [open.id],
      );
      expect(stored).toEqual({ version, startDate: inDays(60) });
      expect(await changes(open.id)).toHaveLength(3);
      // Other fields can still be edited that day.
      expect((await employer.request(UPDATE, { id: open.id, v: version, input: { weeklyHours: 31 } })).errors).toBeUndefined();
    });

    it('counts only the current Danish day: changes of earlier days do not use up today', async () => {
      const open = await createOpenPosition(employer, jobInput({ startDate: inDays(40) }));
      await api.dataSource.query(
        `INSERT INTO position_start_date_change (position_id, changed_by, changed_on, old_start_date, new_start_date)
         SELECT $1, $2, $3::date - 1, $4, $4 FROM generate_series(1, 5)`,
        [open.id, roles.employer.userId, TEST_TODAY, inDays(40)],
      );
      expect((await moveStart(open.id, open.version, inDays(45))).errors).toBeUndefined();
    });

    it('racing changes of one position never pass the limit', async () => {
      const open = await createOpenPosition(employer, jobInput({ startDate: inDays(40) }));
      // Each racer reads the current version and retries on a version conflict, so only the limit stops them.
      const racer = async (offset: number) => {
        for (let attempt = 0; attempt < 20; attempt += 1) {
          const [{ version }] = await api.dataSource.query('SELECT version FROM position WHERE id = $1', [open.id]);
          const result = await moveStart(open.id, version, inDays(41 + offset * 20 + attempt));
          const reason = errorOf(result)?.reason;
          if (reason !== 'VERSION_MISMATCH') return reason ?? 'OK';
        }
        return 'GAVE_UP';
      };
      const outcomes = await Promise.all([0, 1, 2, 3, 4, 5].map(racer));
      expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(3);
      expect(outcomes.filter((outcome) => outcome === 'START_DATE_CHANGE_LIMIT')).toHaveLength(3);
      expect(await changes(open.id)).toHaveLength(3);
    });
  });

  describe('validation: BAD_USER_INPUT with a reason and the field, creating nothing', () => {
    const unknownUuid = '00000000-0000-4000-8000-000000000000';
    const cases: [string, () => Record<string, unknown>, string, string][] = [
      ['an unknown occupation', () => jobInput({ occupationCode: '9999' }), 'UNKNOWN_OCCUPATION', 'input.occupationCode'],
      [
        'a sub-major group instead of a unit group',
        () => jobInput({ occupationCode: '91' }),
        'OCCUPATION_NOT_UNIT_GROUP',
        'input.occupationCode',
      ],
      ['an unknown municipality', () => jobInput({ municipalityCode: 999 }), 'UNKNOWN_MUNICIPALITY', 'input.municipalityCode'],
      [
        'an unknown skill',
        () => jobInput({ skills: [{ skillCode: 'clean-rooms' }, { skillCode: 'juggling' }] }),
        'UNKNOWN_SKILL',
        'input.skills[1].skillCode',
      ],
      [
        'a skill twice',
        () => jobInput({ skills: [{ skillCode: 'clean-rooms' }, { skillCode: 'clean-rooms' }] }),
        'DUPLICATE_SKILL',
        'input.skills[1].skillCode',
      ],
      [
        'too many skills',
        () => jobInput({ skills: Array.from({ length: 51 }, (_, i) => ({ skillCode: `s-${i}` })) }),
        'TOO_MANY_SKILLS',
        'input.skills',
      ],
      ['an unknown union id', () => iguInput(unknownUuid), 'UNKNOWN_UNION', 'input.unionId'],
      ['a malformed union id', () => jobInput({ unionId: 'three-f' }), 'UNKNOWN_UNION', 'input.unionId'],
      ['IGU without a union', () => iguInput('', { unionId: null }), 'IGU_UNION_REQUIRED', 'input.unionId'],
      ['weekly hours below 1', () => jobInput({ weeklyHours: 0.5 }), 'WEEKLY_HOURS_OUT_OF_RANGE', 'input.weeklyHours'],
      ['weekly hours above 37', () => jobInput({ weeklyHours: 38 }), 'WEEKLY_HOURS_OUT_OF_RANGE', 'input.weeklyHours'],
      ['IGU work part below 25 hours', () => iguInput(union3f, { weeklyHours: 24 }), 'IGU_WEEKLY_HOURS_TOO_LOW', 'input.weeklyHours'],
      ['no openings', () => jobInput({ openings: 0 }), 'OPENINGS_OUT_OF_RANGE', 'input.openings'],
      [
        'a deadline before today',
        () => jobInput({ applicationDeadline: inDays(-1) }),
        'APPLICATION_DEADLINE_IN_PAST',
        'input.applicationDeadline',
      ],
      [
        'a start date before today',
        () => jobInput({ startDate: inDays(-1), applicationDeadline: null }),
        'START_DATE_IN_PAST',
        'input.startDate',
      ],
      [
        'a deadline after the start',
        () => jobInput({ startDate: inDays(10), applicationDeadline: inDays(11) }),
        'DEADLINE_AFTER_START_DATE',
        'input.applicationDeadline',
      ],
      [
        'an IGU starting after the scheme ends',
        () => iguInput(union3f, { startDate: '2028-01-03' }),
        'IGU_SCHEME_ENDED',
        'input.startDate',
      ],
      ['a title of 2 characters', () => jobInput({ title: ' ab ' }), 'TITLE_LENGTH', 'input.title'],
      ['a title of 151 characters', () => jobInput({ title: 'x'.repeat(151) }), 'TITLE_LENGTH', 'input.title'],
      ['a blank description', () => jobInput({ description: '   ' }), 'DESCRIPTION_LENGTH', 'input.description'],
      [
        'a description of 10,001 characters',
        () => jobInput({ description: 'x'.repeat(10_001) }),
        'DESCRIPTION_LENGTH',
        'input.description',
      ],
      [
        'a location outside Denmark',
        () => jobInput({ location: { latitude: 59.91, longitude: 10.75 } }),
        'LOCATION_OUTSIDE_DENMARK',
        'input.location',
      ],
      ['a wage of 0', () => jobInput({ hourlyWageDkk: 0 }), 'HOURLY_WAGE_OUT_OF_RANGE', 'input.hourlyWageDkk'],
      [
        'a collective agreement name of 201 characters',
        () => jobInput({ collectiveAgreement: 'x'.repeat(201) }),
        'COLLECTIVE_AGREEMENT_LENGTH',
        'input.collectiveAgreement',
      ],
      ['an empty idempotency key', () => jobInput({ idempotencyKey: '' }), 'IDEMPOTENCY_KEY_INVALID', 'input.idempotencyKey'],
    ];

    it.each(cases)('refuses %s', async (_, input, reason, field) => {
      const before = await positionCount();
      const result = await employer.request(CREATE, { input: input() });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(result.data ?? null).toBeNull();
      expect(await positionCount()).toBe(before);
    });

    it('applies the same rules to updates, changing nothing', async () => {
      const igu = await createPosition(employer, iguInput(union3f));
      const updates: [Record<string, unknown>, string, string][] = [
        [{ weeklyHours: 20 }, 'IGU_WEEKLY_HOURS_TOO_LOW', 'input.weeklyHours'],
        [{ unionId: null }, 'IGU_UNION_REQUIRED', 'input.unionId'],
        [{ title: null }, 'VALUE_REQUIRED', 'input.title'],
        [{ openings: 0 }, 'OPENINGS_OUT_OF_RANGE', 'input.openings'],
        [{ skills: [{ skillCode: 'nope' }] }, 'UNKNOWN_SKILL', 'input.skills[0].skillCode'],
        [{ occupationCode: '0000' }, 'UNKNOWN_OCCUPATION', 'input.occupationCode'],
        [{ applicationDeadline: inDays(-3) }, 'APPLICATION_DEADLINE_IN_PAST', 'input.applicationDeadline'],
      ];
      for (const [input, reason, field] of updates) {
        const result = await employer.request(UPDATE, { id: igu.id, v: 1, input });
        expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      }
      expect(await row(igu.id)).toMatchObject({ version: 1, status: 'DRAFT' });
      expect((await get(employer, igu.id)).data?.position).toMatchObject({ skills: igu.skills, union: { code: '3f' } });
    });

    it('lists every broken rule in extensions.violations when there are several', async () => {
      const result = await employer.request(CREATE, { input: iguInput('', { unionId: null, weeklyHours: 10, openings: 0 }) });
      expect(errorOf(result)).toMatchObject({
        reason: 'IGU_WEEKLY_HOURS_TOO_LOW',
        violations: [
          { reason: 'IGU_WEEKLY_HOURS_TOO_LOW', field: 'input.weeklyHours' },
          { reason: 'OPENINGS_OUT_OF_RANGE', field: 'input.openings' },
          { reason: 'IGU_UNION_REQUIRED', field: 'input.unionId' },
        ],
      });
    });
  });

  describe('another company’s positions', () => {
    let draft: PositionView;
    let open: PositionView;

    beforeAll(async () => {
      draft = await createPosition(other.client, jobInput({ municipalityCode: 461, title: 'Odense kladde' }));
      open = await createOpenPosition(other.client, jobInput({ municipalityCode: 461, title: 'Odense åben' }));
    });

    it('a DRAFT is NOT_FOUND for get, update, publish and close, and changes nothing', async () => {
      expect(errorOf(await get(employer, draft.id))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await employer.request(UPDATE, { id: draft.id, v: 1, input: { title: 'Hijack' } }))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(errorOf(await employer.request(PUBLISH, { id: draft.id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await employer.request(CLOSE, { id: draft.id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await row(draft.id)).toMatchObject({ status: 'DRAFT', version: 1, title: 'Odense kladde' });
    });

    it('an OPEN one is visible but not manageable (NOT_FOUND for its changes)', async () => {
      expect((await get(employer, open.id)).data?.position).toMatchObject({ title: 'Odense åben', company: { id: other.companyId } });
      expect(errorOf(await employer.request(UPDATE, { id: open.id, v: 2, input: { title: 'Hijack' } }))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(errorOf(await employer.request(CLOSE, { id: open.id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await row(open.id)).toMatchObject({ status: 'OPEN', version: 2 });
    });

    it('unknown and malformed ids are NOT_FOUND as well', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        expect(errorOf(await get(employer, id))).toMatchObject({ code: 'NOT_FOUND' });
        expect(errorOf(await employer.request(PUBLISH, { id }))).toMatchObject({ code: 'NOT_FOUND' });
        expect(errorOf(await employer.request(UPDATE, { id, v: 1, input: { title: 'x y z' } }))).toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('node(id) follows the same visibility', async () => {
      const node = (client: GraphqlClient, id: string) =>
        client.data<{ node: { __typename: string; title?: string } | null }>(
          'query($id: ID!) { node(id: $id) { __typename ... on Position { title } } }',
          { id },
        );
      expect((await node(roles.jobcentre.client, open.id)).node).toEqual({ __typename: 'Position', title: 'Odense åben' });
      expect((await node(roles.jobcentre.client, draft.id)).node).toBeNull();
      expect((await node(employer, draft.id)).node).toBeNull();
      expect((await node(other.client, draft.id)).node).toMatchObject({ title: 'Odense kladde' });
    });

    it('Company.positions lists what the viewer may see: all of one’s own, OPEN ones of others', async () => {
      const query = `query($id: ID!) { node(id: $id) { ... on Company { positions(first: 100) { totalCount edges { node { id status } } } } } }`;
      const positionsOf = async (client: GraphqlClient) =>
        (
          await client.data<{ node: { positions: { totalCount: number; edges: { node: { id: string; status: string } }[] } } }>(query, {
            id: other.companyId,
          })
        ).node.positions;
      const own = await positionsOf(other.client);
      expect(own.edges.map((edge) => edge.node.id).sort()).toEqual([draft.id, open.id].sort());
      expect(own.totalCount).toBe(2);
      const seenByJobcentre = await positionsOf(roles.jobcentre.client);
      expect(seenByJobcentre).toEqual({ totalCount: 1, edges: [{ node: { id: open.id, status: 'OPEN' } }] });
      const { me } = await other.client.data<{ me: { company: { positions: { totalCount: number } } } }>(
        '{ me { company { positions(first: 1) { totalCount pageInfo { hasNextPage } } } } }',
      );
      expect(me.company.positions).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true } });
    });
  });

  describe('role × operation matrix', () => {
    type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
    let openId: string;

    beforeAll(async () => {
      openId = (await createOpenPosition(employer, jobInput({ title: 'Matrix position' }))).id;
    });

    const freshDraft = async () => (await createPosition(employer, jobInput())).id;
    const operations: Record<string, () => Promise<{ query: string; variables: Record<string, unknown> }>> = {
      position: () => Promise.resolve({ query: GET, variables: { id: openId } }),
      positions: () => Promise.resolve({ query: LIST, variables: { first: 5 } }),
      createPosition: () => Promise.resolve({ query: CREATE, variables: { input: jobInput() } }),
      updatePosition: async () => ({ query: UPDATE, variables: { id: await freshDraft(), v: 1, input: { title: 'Matrix edit' } } }),
      publishPosition: async () => ({ query: PUBLISH, variables: { id: await freshDraft() } }),
      closePosition: async () => ({ query: CLOSE, variables: { id: await freshDraft() } }),
    };
    const queries = { position: 'OK', positions: 'OK' } as const;
    const mutations = (outcome: Outcome) =>
      ({ createPosition: outcome, updatePosition: outcome, publishPosition: outcome, closePosition: outcome }) as const;
    const expected: Record<string, Record<string, Outcome>> = {
      anonymous: { position: 'UNAUTHENTICATED', positions: 'UNAUTHENTICATED', ...mutations('UNAUTHENTICATED') },
      employer: { ...queries, ...mutations('OK') },
      jobcentre: { ...queries, ...mutations('FORBIDDEN') },
      union: { ...queries, ...mutations('FORBIDDEN') },
      admin: { ...queries, ...mutations('FORBIDDEN') },
    };

    it.each(Object.keys(expected))('%s', async (who) => {
      const client = who === 'anonymous' ? api.client : roles[who as 'employer' | 'jobcentre' | 'union' | 'admin'].client;
      const actual: Record<string, Outcome> = {};
      for (const [name, operation] of Object.entries(operations)) {
        const { query, variables } = await operation();
        const result = await client.request(query, variables);
        actual[name] = result.errors ? (result.errors[0].extensions!.code as Outcome) : 'OK';
      }
      expect(actual).toEqual(expected[who]);
    });
  });
});
