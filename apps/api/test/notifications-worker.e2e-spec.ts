import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, Role } from '@igu/access';
import { addDays } from '@igu/calendar';
import { CandidateService } from '@igu/candidates';
import { ResidenceBasis } from '@igu/eligibility';
import { NotificationJob, eventJobName } from '@igu/notifications';
import { PositionKind, PositionService } from '@igu/positions';
import { ProgrammeService } from '@igu/programmes';
import { ProposalService } from '@igu/proposals';
import { QueueConnection, QueueName } from '@igu/queue';
import { LanguageLevel } from '@igu/reference-data';
import { login, referenceIds, signInAllRoles, type SignedIn, TEST_PASSWORD, TEST_TODAY } from '@igu/testing';
import { createClient } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from '../../worker/test/support/worker-process.js';
import { createApiApp } from '../src/create-api-app.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const CANDIDATE_NAME = 'Hana Testesen';
const CANDIDATE_EMAIL = 'hana.testesen@example.test';
const CANDIDATE_PHONE = '+4512345678';
// Short locks, so a killed worker's job is taken over within seconds (production: 30 s).
const WORKER_ENV = { QUEUE_LOCK_DURATION_MS: '3000', QUEUE_STALLED_INTERVAL_MS: '1000' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

interface CapturedMail {
  to: string;
  messageId: string;
  raw: string;
}

/** A real SMTP server that keeps what it accepts; `holdNext` keeps the next message unanswered (a send in progress). */
function startMailCatcher() {
  const accepted: CapturedMail[] = [];
  let hold: { started: () => void } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (hold) {
          hold.started();
          hold = null;
          return; // never answered: the sender is killed while it waits
        }
        const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '';
        for (const to of session.envelope.rcptTo) accepted.push({ to: to.address, messageId, raw });
        callback();
      });
    },
  });
  // A worker killed while its message is held resets the connection mid-transaction; smtp-server
  // re-emits that as 'error', which would otherwise fail the whole suite as an uncaught exception.
  server.on('error', () => undefined);
  return {
    accepted,
    holdNext: () => new Promise<void>((resolve) => (hold = { started: resolve })),
    listen: () =>
      new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe(`notifications through the outbox, the worker process, e-mail and the socket (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'})`, () => {
  let api: TestApi;
  let mail: ReturnType<typeof startMailCatcher>;
  let smtpPort: number;
  let worker: WorkerProcess | undefined;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let employer: Extract<Actor, { role: Role.EMPLOYER }>;
  let jobcentre: Extract<Actor, { role: Role.JOBCENTRE }>;
  let union: Extract<Actor, { role: Role.UNION_REP }>;
  let union3f: string;
  const users: Record<'employer2' | 'jobcentre2' | 'otherEmployer' | 'otherJobcentre' | 'otherUnion', SignedIn> = {} as never;
  let cprSequence = 300;
  const cprs: string[] = [];
  const start = addDays(TEST_TODAY, 40);

  const startWorker = async () => {
    worker = await startWorkerProcess({
      databaseUrl: api.database.url,
      queuePrefix: api.config.QUEUE_PREFIX,
      env: { ...WORKER_ENV, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_SECURE: 'false' },
      readyTimeoutMs: 60_000,
    });
    return worker;
  };

  /** Every notification row, as (recipient, kind, key). */
  const notifications = (where = 'true', params: unknown[] = []) =>
    api.dataSource.query<{ id: string; recipient_id: string; kind: string; dedupe_key: string; title: string; body: string }[]>(
      `SELECT id, recipient_id, kind, dedupe_key, title, body FROM notification WHERE ${where} ORDER BY recipient_id, kind`,
      params,
    );
  const recipientsOf = async (kind: string, subjectId: string) =>
    (await notifications('kind = $1 AND subject_id = $2', [kind, subjectId])).map((row) => row.recipient_id).sort();
  const sorted = (...ids: string[]) => [...ids].sort();

  async function openIguPosition(where: { municipalityCode?: number; occupationCode?: string } = {}): Promise<string> {
    const positions = api.app.get(PositionService);
    const position = await positions.create(employer, {
      kind: PositionKind.IGU,
      title: 'IGU-elev i rengøring',
      description: 'Daglig rengøring af kontorer i Aarhus C. Vi tilbyder oplæring.',
      occupationCode: where.occupationCode ?? '9112',
      municipalityCode: where.municipalityCode ?? 751,
      weeklyHours: 30,
      openings: 3,
      startDate: start,
      applicationDeadline: addDays(TEST_TODAY, 20),
      requiredDanishLevel: LanguageLevel.A2,
      drivingLicenceRequired: false,
      skills: [],
      unionId: union3f,
      collectiveAgreement: 'Serviceoverenskomsten',
      hourlyWageDkk: 152.5,
    });
    return (await positions.publish(employer, position.id)).id;
  }

  async function candidate(
    arrivedDaysAgo = 30,
    profile: { share?: boolean; occupationCode?: string } = {},
  ): Promise<{ id: string; reference: string }> {
    cprSequence += 1;
    const cpr = `150395-${cprSequence % 4}${String(cprSequence).padStart(3, '0')}`;
    cprs.push(cpr, cpr.replace('-', ''));
    const view = await api.app.get(CandidateService).create(jobcentre, {
      fullName: CANDIDATE_NAME,
      cpr,
      email: CANDIDATE_EMAIL,
      phone: CANDIDATE_PHONE,
      municipalityCode: 101,
      residenceBasis: ResidenceBasis.REFUGEE,
      arrivedInDenmarkOn: addDays(TEST_TODAY, -arrivedDaysAgo - 10),
      arrivedInMunicipalityOn: addDays(TEST_TODAY, -arrivedDaysAgo),
      priorIgu: false,
      desiredOccupationCodes: [profile.occupationCode ?? '9112'],
      experienceOccupationCodes: [],
      skillCodes: [],
      danishLevel: LanguageLevel.A2,
      englishLevel: LanguageLevel.A2,
      drivingLicence: false,
      maxCommuteKm: 30,
      willingToRelocate: false,
      shareProfileWithEmployers: profile.share ?? false,
    });
    return { id: view.id, reference: view.profile.reference };
  }

  /** An IGU programme the union approved, for a new candidate. */
  async function approvedProgramme(): Promise<string> {
    const proposals = api.app.get(ProposalService);
    const programmes = api.app.get(ProgrammeService);
    const { id: candidateId } = await candidate();
    const proposalId = await proposals.propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    await proposals.transition(employer, proposalId, 'SCHEDULE_INTERVIEW', { interview: { at: new Date('2030-01-10T09:00:00Z') } });
    await proposals.transition(employer, proposalId, 'ACCEPT');
    const programmeId = await programmes.create(employer, {
      proposalId,
      startDate: start,
      weeklyWorkHours: 30,
      schoolPeriods: [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + 23 * 7 - 1), description: 'AMU' }],
      noOrdinaryEmploymentLast3Months: true,
    });
    await programmes.transition(employer, programmeId, 'SUBMIT');
    await programmes.transition(union, programmeId, 'APPROVE', { comment: 'OK' });
    return programmeId;
  }

  beforeAll(async () => {
    mail = startMailCatcher();
    smtpPort = await mail.listen();
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const ids = await referenceIds(api.dataSource);
    union3f = ids.union3f;
    employer = { userId: roles.employer.userId, role: Role.EMPLOYER, companyId: roles.companyId };
    jobcentre = { userId: roles.jobcentre.userId, role: Role.JOBCENTRE, jobcentreId: ids.jobcentre101 };
    union = { userId: roles.union.userId, role: Role.UNION_REP, unionId: ids.union3f };
    const [otherUnion] = await api.dataSource.query<{ id: string }[]>('SELECT id FROM trade_union WHERE id <> $1 ORDER BY id LIMIT 1', [
      union3f,
    ]);
    const other = await api.client.data<{ registerEmployer: { accessToken: string } }>(
      `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken } }`,
      {
        input: {
          cvr: '10150817',
          companyName: 'Anden Virksomhed ApS',
          municipalityCode: 101,
          employeeCount: 10,
          email: 'other-employer@test.example',
          password: TEST_PASSWORD,
          displayName: 'Otto Other',
        },
      },
    );
    expect(other.registerEmployer.accessToken).toBeTruthy();
    const create = (input: Record<string, string>) =>
      roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { password: TEST_PASSWORD, displayName: 'Test User', ...input },
      });
    await create({ email: 'employer2@test.example', role: 'EMPLOYER', companyId: roles.companyId });
    await create({ email: 'caseworker2@test.example', role: 'JOBCENTRE', jobcentreId: ids.jobcentre101 });
    await create({ email: 'other-caseworker@test.example', role: 'JOBCENTRE', jobcentreId: ids.jobcentre751 });
    await create({ email: 'other-rep@test.example', role: 'UNION_REP', unionId: otherUnion.id });
    users.employer2 = await login(api.client, 'employer2@test.example');
    users.jobcentre2 = await login(api.client, 'caseworker2@test.example');
    users.otherEmployer = await login(api.client, 'other-employer@test.example');
    users.otherJobcentre = await login(api.client, 'other-caseworker@test.example');
    users.otherUnion = await login(api.client, 'other-rep@test.example');
  }, 120_000);

  afterAll(async () => {
    await killWorkerProcesses();
    await api.close();
    await mail.close();
  });

  it('delivers a proposal committed while no worker ran, once, to every employer user of the company and no one else', async () => {
    // The event is committed with nothing to relay it (as after a crash between commit and enqueue) …
    const positionId = await openIguPosition();
    const { id: candidateId, reference } = await candidate();
    const proposalId = await api.app.get(ProposalService).propose(jobcentre, { candidateId, positionId });
    expect(await notifications()).toEqual([]);
    // … and reaches its consumer once a worker starts.
    await startWorker();
    const expected = sorted(employer.userId, users.employer2.userId);
    await eventually('PROPOSAL_RECEIVED', async () =>
      (await recipientsOf('PROPOSAL_RECEIVED', proposalId)).length >= 2 ? true : undefined,
    );
    expect(await recipientsOf('PROPOSAL_RECEIVED', proposalId)).toEqual(expected);
    const [row] = await notifications('subject_id = $1', [proposalId]);
    expect(row.body).toContain(reference);
    expect(row.title).toBe('Nyt kandidatforslag');
  }, 120_000);

  it('sends each kind of workflow notice to the users domain §7 names and no one else', async () => {
    const proposals = api.app.get(ProposalService);
    const programmes = api.app.get(ProgrammeService);
    const { id: candidateId } = await candidate();
    const proposalId = await proposals.propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    await proposals.transition(employer, proposalId, 'SCHEDULE_INTERVIEW', { interview: { at: new Date('2030-01-10T09:00:00Z') } });
    await proposals.transition(employer, proposalId, 'ACCEPT');
    const programmeId = await programmes.create(employer, {
      proposalId,
      startDate: start,
      weeklyWorkHours: 30,
      schoolPeriods: [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + 23 * 7 - 1), description: 'AMU' }],
      noOrdinaryEmploymentLast3Months: true,
    });
    await programmes.transition(employer, programmeId, 'SUBMIT');
    await programmes.transition(union, programmeId, 'APPROVE', { comment: 'OK' });

    const jobcentreUsers = sorted(jobcentre.userId, users.jobcentre2.userId);
    const employerUsers = sorted(employer.userId, users.employer2.userId);
    // Jobs run concurrently: wait for all of them (2 + 2 × 2 + 1 + 4 rows), then check who got what.
    await eventually('every workflow notice', async () =>
      (await notifications('subject_id = ANY($1::uuid[])', [[proposalId, programmeId]])).length >= 11 ? true : undefined,
    );
    expect(await recipientsOf('PROPOSAL_RECEIVED', proposalId)).toEqual(employerUsers);
    // Interview and accepted: two events, each to the proposing jobcentre's users.
    expect(await recipientsOf('PROPOSAL_STATUS_CHANGED', proposalId)).toEqual(sorted(...jobcentreUsers, ...jobcentreUsers));
    expect(await recipientsOf('PROGRAMME_APPROVAL_REQUESTED', programmeId)).toEqual([union.userId]);
    expect(await recipientsOf('PROGRAMME_DECIDED', programmeId)).toEqual(sorted(...employerUsers, ...jobcentreUsers));
    // The other company, jobcentre and union, and the admin, got nothing.
    const outsiders = [users.otherEmployer.userId, users.otherJobcentre.userId, users.otherUnion.userId, roles.admin.userId];
    expect(await notifications('recipient_id = ANY($1::uuid[])', [outsiders])).toEqual([]);
  }, 60_000);

  it('consumes the same event twice into one notification per recipient', async () => {
    const { id: candidateId } = await candidate();
    const proposalId = await api.app.get(ProposalService).propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    await eventually('first delivery', async () => ((await recipientsOf('PROPOSAL_RECEIVED', proposalId)).length === 2 ? true : undefined));
    const [event] = await api.dataSource.query<{ id: string; payload: Record<string, string> }[]>(
      `SELECT id, payload FROM outbox_event WHERE topic = 'proposal.created' AND aggregate_id = $1`,
      [proposalId],
    );
    // The same event again, as a second relay or a retried job would deliver it.
    const queue = api.app.get(QueueConnection).queue(QueueName.NOTIFICATIONS);
    const again = await queue.add(
      eventJobName('proposal.created'),
      { ...event.payload, aggregateId: proposalId, outboxId: event.id },
      { jobId: `again-${event.id}` },
    );
    await eventually('the repeated job', async () => ((await again.isCompleted()) ? true : undefined));
    expect(await recipientsOf('PROPOSAL_RECEIVED', proposalId)).toEqual(sorted(employer.userId, users.employer2.userId));
  }, 60_000);

  it('mails every notification with its own Message-ID, and no personal data in mails or job payloads', async () => {
    const rows = await notifications();
    await eventually('a mail per notification', () => (mail.accepted.length >= rows.length ? true : undefined));
    for (const row of rows) {
      const copies = mail.accepted.filter((copy) => copy.messageId === `<notification-${row.id}@igu-match.example>`);
      expect(copies.length).toBeGreaterThanOrEqual(1);
    }
    const queue = api.app.get(QueueConnection).queue(QueueName.NOTIFICATIONS);
    const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
    expect(jobs.length).toBeGreaterThan(0);
    const everything = [...mail.accepted.map((copy) => copy.raw), ...jobs.map((job) => JSON.stringify(job.data))].join('\n');
    for (const secret of [CANDIDATE_NAME, 'Hana', CANDIDATE_EMAIL, CANDIDATE_PHONE, '12345678', ...cprs]) {
      expect(everything).not.toContain(secret);
    }
    const sample = mail.accepted[0].raw;
    expect(sample).toMatch(/Content-Type: text\/plain/);
    expect(sample).toMatch(/Content-Type: text\/html/);
  }, 60_000);

  it("marks only the caller's own notifications read", async () => {
    const [own] = await notifications('recipient_id = $1', [employer.userId]);
    const [others] = await notifications('recipient_id = $1', [jobcentre.userId]);
    const mark = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
    const result = await roles.employer.client.data<{ markNotificationsRead: number }>(mark, { ids: [own.id, others.id, 'not-a-uuid'] });
    expect(result.markNotificationsRead).toBe(1);
    const [{ read_at: othersRead }] = await api.dataSource.query('SELECT read_at FROM notification WHERE id = $1', [others.id]);
    expect(othersRead).toBeNull();
    const list = await roles.employer.client.data<{
      notifications: { totalCount: number; unreadCount: number; edges: { node: { id: string } }[] };
    }>(
      `{ notifications(unreadOnly: true, first: 50) { totalCount unreadCount edges { node { id kind title body subjectId subjectType readAt createdAt } } } }`,
    );
    expect(list.notifications.edges.map((edge) => edge.node.id)).not.toContain(own.id);
    expect(list.notifications.unreadCount).toBe(list.notifications.totalCount);
    expect((await roles.employer.client.data<{ markNotificationsRead: number }>(mark, { ids: [own.id] })).markNotificationsRead).toBe(0);
  });

  it('delivers a proposal notification live from the worker process to its recipients on any API process, and to no one else', async () => {
    // A second API instance on the same database: the bus, not process memory, carries the notice.
    const second = await createApiApp(api.config);
    await second.listen(0, '127.0.0.1');
    const secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    const sockets = {
      employer: { url: api.baseUrl, token: roles.employer.token },
      employer2: { url: secondUrl, token: users.employer2.token },
      union: { url: api.baseUrl, token: roles.union.token },
    };
    const received: Record<string, { kind: string; subjectId: string }[]> = { employer: [], employer2: [], union: [] };
    const errors: string[] = [];
    const clients = (['employer', 'employer2', 'union'] as const).map((who) => {
      const client = createClient({
        url: `${sockets[who].url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${sockets[who].token}` },
      });
      const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      client.subscribe<{ notificationAdded: { kind: string; subjectId: string } }>(
        { query: 'subscription { notificationAdded { id kind subjectId title } }' },
        {
          next: (value) => (value.data ? received[who].push(value.data.notificationAdded) : errors.push(JSON.stringify(value))),
          error: (error) => errors.push(JSON.stringify(error)),
          complete: () => undefined,
        },
      );
      return { client, ready };
    });
    await Promise.all(clients.map((c) => c.ready));
    await sleep(300); // the subscription is registered after the ack
    const { id: candidateId } = await candidate();
    const proposalId = await api.app.get(ProposalService).propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    await eventually('the live notices', () => {
      expect(errors).toEqual([]);
      return [received.employer, received.employer2].every((list) => list.some((n) => n.subjectId === proposalId)) ? true : undefined;
    });
    expect(received.employer2.filter((n) => n.subjectId === proposalId)).toHaveLength(1);
    expect(received.employer.filter((n) => n.subjectId === proposalId)).toEqual([
      { kind: 'PROPOSAL_RECEIVED', subjectId: proposalId, id: expect.any(String), title: 'Nyt kandidatforslag' },
    ]);
    await sleep(500);
    expect(received.union).toEqual([]);
    for (const c of clients) void c.client.dispose();
    await second.close();
  }, 60_000);

  it("announces new strong matches once a day: to the employer for candidates it may see, to a new candidate's jobcentre", async () => {
    const newMatches = (subjectId: string) => recipientsOf('NEW_MATCHES', subjectId);
    const employerUsers = sorted(employer.userId, users.employer2.userId);
    const jobcentreUsers = sorted(jobcentre.userId, users.jobcentre2.userId);
    // A shared profile near a position published after it: the position's list gains it.
    await candidate(30, { share: true, occupationCode: '9112' });
    const positionId = await openIguPosition({ municipalityCode: 101, occupationCode: '9112' });
    await eventually('the employer notice', async () => ((await newMatches(positionId)).length === 2 ? true : undefined));
    expect(await newMatches(positionId)).toEqual(employerUsers);
    // A new candidate whose list gains that position: its jobcentre.
    const newcomer = await candidate(30, { share: false, occupationCode: '9112' });
    await eventually('the jobcentre notice', async () => ((await newMatches(newcomer.id)).length === 2 ? true : undefined));
    expect(await newMatches(newcomer.id)).toEqual(jobcentreUsers);
    const [row] = await notifications('kind = $1 AND subject_id = $2', ['NEW_MATCHES', newcomer.id]);
    expect(row.dedupe_key).toBe(`new-matches:candidate:${newcomer.id}:${TEST_TODAY}`);
    // A position whose strong matches the employer may not see (not shared, not proposed): no notice.
    await candidate(30, { share: false, occupationCode: '5223' });
    const hidden = await openIguPosition({ municipalityCode: 101, occupationCode: '5223' });
    await eventually('the matching of the hidden position', async () => {
      const events = await api.dataSource.query<{ published_at: Date | null }[]>(
        `SELECT published_at FROM outbox_event WHERE topic = 'matching.new-matches' AND aggregate_id = $1`,
        [hidden],
      );
      return events.at(0)?.published_at ? true : undefined;
    });
    await sleep(1_000);
    expect(await newMatches(hidden)).toEqual([]);
    // Still one per list and day, however often it gains matches.
    expect(await newMatches(positionId)).toEqual(employerUsers);
    // A full run (here ADMIN's recomputeMatches) announces nothing: no flood.
    const countEvents = async () =>
      (await api.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'matching.new-matches'`))[0]
        .n;
    const before = await countEvents();
    const { recomputeMatches } = await roles.admin.client.data<{ recomputeMatches: { id: string } }>(
      'mutation { recomputeMatches { id } }',
    );
    await eventually('the full run', async () => {
      const { job } = await roles.admin.client.data<{ job: { state: string } | null }>('query($id: ID!) { job(id: $id) { state } }', {
        id: recomputeMatches.id,
      });
      return job?.state === 'COMPLETED' ? true : undefined;
    });
    expect(await countEvents()).toBe(before);
  }, 60_000);

  it('sends each deadline reminder exactly once across two sweeps and a worker restart', async () => {
    const overdue = await candidate(40); // deadline (1 month) passed
    const approaching = await candidate(20); // target (14 days) passed, deadline not
    // Programmes whose dates have come: moved back in time here (test data; the app never dates a start in the past).
    const registering = await approvedProgramme();
    const bonus = await approvedProgramme();
    await api.dataSource.query('UPDATE programme SET start_date = $2 WHERE id = $1', [registering, addDays(TEST_TODAY, -27)]); // registration deadline in 4 days
    await api.dataSource.query('UPDATE programme SET start_date = $2 WHERE id = $1', [bonus, '2026-05-02']); // six months: today
    const sweep = () =>
      roles.admin.client.data<{ sweepReminders: string }>('mutation { sweepReminders }').then(async ({ sweepReminders: id }) => {
        const job = await api.app.get(QueueConnection).queue(QueueName.NOTIFICATIONS).getJob(id);
        await eventually('the sweep', async () => ((await job!.isCompleted()) ? true : undefined));
      });
    await sweep();
    const jobcentreUsers = sorted(jobcentre.userId, users.jobcentre2.userId);
    expect(await recipientsOf('FIRST_OFFER_OVERDUE', overdue.id)).toEqual(jobcentreUsers);
    expect(await recipientsOf('FIRST_OFFER_DEADLINE_APPROACHING', approaching.id)).toEqual(jobcentreUsers);
    expect(await recipientsOf('FIRST_OFFER_DEADLINE_APPROACHING', overdue.id)).toEqual([]);
    const employerUsers = sorted(employer.userId, users.employer2.userId);
    expect(await recipientsOf('REGISTRATION_DEADLINE_APPROACHING', registering)).toEqual(employerUsers);
    expect(await recipientsOf('BONUS_MILESTONE_DUE', bonus)).toEqual(employerUsers);
    expect(await recipientsOf('REGISTRATION_DEADLINE_APPROACHING', bonus)).toEqual([]);
    await worker!.stop();
    await startWorker();
    await sweep();
    expect(await recipientsOf('FIRST_OFFER_OVERDUE', overdue.id)).toEqual(jobcentreUsers);
    expect(await recipientsOf('FIRST_OFFER_DEADLINE_APPROACHING', approaching.id)).toEqual(jobcentreUsers);
    expect(await recipientsOf('REGISTRATION_DEADLINE_APPROACHING', registering)).toEqual(employerUsers);
    expect(await recipientsOf('BONUS_MILESTONE_DUE', bonus)).toEqual(employerUsers);
  }, 120_000);

  it('a worker killed while sending a mail, restarted, leaves one notification per recipient and the mail sent with the same Message-ID', async () => {
    await worker!.stop();
    const held = mail.holdNext();
    const { id: candidateId } = await candidate();
    const proposalId = await api.app.get(ProposalService).propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    const killed = await startWorker();
    await held; // a mail of this proposal is being sent and not yet accepted
    await killed.kill('SIGKILL');
    await startWorker();
    const rows = await eventually('both notifications', async () => {
      const found = await notifications('subject_id = $1', [proposalId]);
      return found.length === 2 ? found : undefined;
    });
    expect(rows.map((row) => row.recipient_id).sort()).toEqual(sorted(employer.userId, users.employer2.userId));
    for (const row of rows) {
      const messageId = `<notification-${row.id}@igu-match.example>`;
      await eventually(`the mail of ${row.id}`, () => (mail.accepted.some((copy) => copy.messageId === messageId) ? true : undefined));
      // Recorded just after the server's acceptance.
      await eventually(`the record of ${row.id}'s mail`, async () => {
        const [state] = await api.dataSource.query('SELECT email_sent_at FROM notification WHERE id = $1', [row.id]);
        return state.email_sent_at ? true : undefined;
      });
    }
    expect(await notifications('subject_id = $1', [proposalId])).toHaveLength(2);
  }, 120_000);

  it('turns e-mail off per kind: the notice is written, its mail is not sent', async () => {
    const setPreference = `mutation($kind: NotificationKind!, $email: Boolean!) { setNotificationPreference(kind: $kind, email: $email) { kind email } }`;
    await users.employer2.client.data(setPreference, { kind: 'PROPOSAL_RECEIVED', email: false });
    const prefs = await users.employer2.client.data<{ notificationPreferences: { kind: string; email: boolean }[] }>(
      '{ notificationPreferences { kind email } }',
    );
    expect(prefs.notificationPreferences).toContainEqual({ kind: 'PROPOSAL_RECEIVED', email: false });
    expect(prefs.notificationPreferences).toHaveLength(10); // every kind, the import notice included
    const { id: candidateId } = await candidate();
    const proposalId = await api.app.get(ProposalService).propose(jobcentre, { candidateId, positionId: await openIguPosition() });
    const rows = await eventually('the mails settled', async () => {
      const found = await api.dataSource.query<{ recipient_id: string; email_sent_at: Date | null; email_skipped: boolean }[]>(
        'SELECT recipient_id, email_sent_at, email_skipped FROM notification WHERE subject_id = $1',
        [proposalId],
      );
      return found.length === 2 && found.every((row) => row.email_sent_at || row.email_skipped) ? found : undefined;
    });
    expect(rows.find((row) => row.recipient_id === users.employer2.userId)).toMatchObject({ email_sent_at: null, email_skipped: true });
    expect(rows.find((row) => row.recipient_id === employer.userId)!.email_sent_at).not.toBeNull();
    expect(NotificationJob.SEND_EMAIL).toBe('send-email');
  }, 60_000);
});
