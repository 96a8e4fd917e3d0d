import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, Role } from '@igu/access';
import { CandidateService } from '@igu/candidates';
import { addDays } from '@igu/calendar';
import { ResidenceBasis } from '@igu/eligibility';
import { PositionKind, PositionService } from '@igu/positions';
import { ProposalService } from '@igu/proposals';
import { LanguageLevel } from '@igu/reference-data';
import { referenceIds, signInAllRoles, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { ProgrammeService } from '@igu/programmes';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/**
 * The proposal → programme path through the services, on a real database:
 * each step writes its own table and asks the owners (candidates, positions,
 * programmes through the proposals port) for theirs, in one transaction, and
 * every change is announced by the feature that owns the row.
 */
describe('proposals and programmes write only their own tables', () => {
  let api: TestApi;
  let proposals: ProposalService;
  let programmes: ProgrammeService;
  let employer: Extract<Actor, { role: Role.EMPLOYER }>;
  let jobcentre: Extract<Actor, { role: Role.JOBCENTRE }>;
  let union: Extract<Actor, { role: Role.UNION_REP }>;
  let union3f: string;
  let cprSequence = 700;

  const start = addDays(TEST_TODAY, 40);
  const events = (aggregateId: string) =>
    api.dataSource.query('SELECT topic, aggregate_type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [aggregateId]);
  const row = async (table: 'candidate' | 'position' | 'programme' | 'proposal', id: string) =>
    (await api.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];

  async function openIguPosition(openings = 1): Promise<string> {
    const positions = api.app.get(PositionService);
    const position = await positions.create(employer, {
      kind: PositionKind.IGU,
      title: 'IGU-elev i rengøring',
      description: 'Daglig rengøring af kontorer i Aarhus C. Vi tilbyder oplæring.',
      occupationCode: '9112',
      municipalityCode: 751,
      weeklyHours: 30,
      openings,
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

  async function candidate(): Promise<string> {
    cprSequence += 1;
    const view = await api.app.get(CandidateService).create(jobcentre, {
      fullName: 'Hana Test',
      cpr: `150395-${cprSequence % 4}${String(cprSequence).padStart(3, '0')}`,
      municipalityCode: 101,
      residenceBasis: ResidenceBasis.REFUGEE,
      arrivedInDenmarkOn: addDays(TEST_TODAY, -40),
      arrivedInMunicipalityOn: addDays(TEST_TODAY, -30),
      priorIgu: false,
      desiredOccupationCodes: ['9112'],
      experienceOccupationCodes: [],
      skillCodes: [],
      danishLevel: LanguageLevel.A2,
      englishLevel: LanguageLevel.A2,
      drivingLicence: false,
      maxCommuteKm: 30,
      willingToRelocate: false,
      shareProfileWithEmployers: true,
    });
    return view.id;
  }

  async function acceptedProposal(positionId: string, candidateId: string): Promise<string> {
    const id = await proposals.propose(jobcentre, { candidateId, positionId });
    await proposals.transition(employer, id, 'SCHEDULE_INTERVIEW', { interview: { at: new Date('2030-01-10T09:00:00Z') } });
    await proposals.transition(employer, id, 'ACCEPT');
    return id;
  }

  const newProgramme = (proposalId: string) =>
    programmes.create(employer, {
      proposalId,
      startDate: start,
      weeklyWorkHours: 30,
      schoolPeriods: [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + 23 * 7 - 1), description: 'AMU' }],
      noOrdinaryEmploymentLast3Months: true,
    });

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    const roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const ids = await referenceIds(api.dataSource);
    union3f = ids.union3f;
    employer = { userId: roles.employer.userId, role: Role.EMPLOYER, companyId: roles.companyId };
    jobcentre = { userId: roles.jobcentre.userId, role: Role.JOBCENTRE, jobcentreId: ids.jobcentre101 };
    union = { userId: roles.union.userId, role: Role.UNION_REP, unionId: ids.union3f };
    proposals = api.app.get(ProposalService);
    programmes = api.app.get(ProgrammeService);
  });

  afterAll(async () => {
    await api.close();
  });

  it('proposes through the owners: the candidate read by candidates, the open position by positions', async () => {
    const positionId = await openIguPosition();
    const candidateId = await candidate();
    const id = await proposals.propose(jobcentre, { candidateId, positionId, note: 'Stærk kandidat' });
    expect(await row('proposal', id)).toMatchObject({ status: 'PROPOSED', cross_municipality: true, jobcentre_id: jobcentre.jobcentreId });
    expect(await events(id)).toEqual([
      { topic: 'proposal.created', aggregate_type: 'proposal', payload: { proposalId: id, positionId, candidateId } },
    ]);
    const otherJobcentre = { ...jobcentre, jobcentreId: (await referenceIds(api.dataSource)).jobcentre751 };
    await expect(proposals.propose(otherJobcentre, { candidateId, positionId })).rejects.toMatchObject({
      message: expect.stringContaining('Candidate'),
    });
  });

  it("accepting records the candidate's first offer through candidates", async () => {
    const candidateId = await candidate();
    expect((await row('candidate', candidateId)).first_offer_at).toBeNull();
    await acceptedProposal(await openIguPosition(), candidateId);
    expect((await row('candidate', candidateId)).first_offer_at).toBe(TEST_TODAY);
  });

  it('withdrawing a proposal withdraws its programme that has not started, announced by programmes', async () => {
    const candidateId = await candidate();
    const proposalId = await acceptedProposal(await openIguPosition(), candidateId);
    const programmeId = await newProgramme(proposalId);
    await proposals.transition(jobcentre, proposalId, 'WITHDRAW', { reason: 'Kandidaten er flyttet' });
    expect(await row('proposal', proposalId)).toMatchObject({ status: 'WITHDRAWN' });
    expect(await row('programme', programmeId)).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect((await events(programmeId)).map((event: { payload: unknown }) => event.payload)).toEqual([
      { programmeId, status: 'DRAFT' },
      { programmeId, status: 'WITHDRAWN' },
    ]);
  });

  it('starting sets the candidate in programme and its IGU start, and fills the position, each announced by its owner', async () => {
    const positionId = await openIguPosition(1);
    const candidateId = await candidate();
    const programmeId = await newProgramme(await acceptedProposal(positionId, candidateId));
    await programmes.transition(employer, programmeId, 'SUBMIT');
    await programmes.transition(union, programmeId, 'APPROVE', { comment: 'OK' });
    await programmes.transition(employer, programmeId, 'START');

    expect(await row('programme', programmeId)).toMatchObject({ status: 'ACTIVE' });
    expect(await row('candidate', candidateId)).toMatchObject({ status: 'IN_PROGRAMME', igu_started_on: TEST_TODAY });
    expect((await events(candidateId)).at(-1)).toEqual({
      topic: 'candidate.changed',
      aggregate_type: 'candidate',
      payload: { candidateId, jobcentreId: jobcentre.jobcentreId },
    });
    const position = await row('position', positionId);
    expect(position.status).toBe('FILLED');
    expect((await events(positionId)).at(-1)).toEqual({
      topic: 'position.filled',
      aggregate_type: 'position',
      payload: { positionId, version: position.version },
    });
  });

  it('leaves a position with openings left open', async () => {
    const positionId = await openIguPosition(2);
    const programmeId = await newProgramme(await acceptedProposal(positionId, await candidate()));
    await programmes.transition(employer, programmeId, 'SUBMIT');
    await programmes.transition(union, programmeId, 'APPROVE');
    await programmes.transition(employer, programmeId, 'START');
    expect((await row('position', positionId)).status).toBe('OPEN');
    expect((await events(positionId)).map((event: { topic: string }) => event.topic)).toEqual(['position.published']);
  });
});
