import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type Actor, Role } from '@igu/access';
import { PasswordHasher } from '@igu/auth';
import { addDays, type CalendarDate, fromDayNumber, toDayNumber } from '@igu/calendar';
import { CandidateCrypto, CandidateService, CandidatesModule } from '@igu/candidates';
import { Clock, ClockModule } from '@igu/clock';
import { type AppConfig, ConfigModule } from '@igu/config';
import { appDataSourceOptions } from '@igu/data-source';
import { ResidenceBasis } from '@igu/eligibility';
import { DEFAULT_GENERATOR_SEED, DEFAULT_GENERATOR_TODAY, generateMatchData } from '@igu/matching-fixtures';
import { PersonalDataModule } from '@igu/personal-data';
import { PositionKind, PositionService } from '@igu/positions';
import type { ProgrammeAction, ProposalAction } from '@igu/programme-rules';
import { ProgrammeService, ProgrammesModule } from '@igu/programmes';
import { ProposalException, ProposalExceptionCode, ProposalService } from '@igu/proposals';
import { LanguageLevel } from '@igu/reference-data';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from './seed-demo-data.js';

/**
 * The demo's wider world for `npm run dev`, on top of the demo accounts
 * (seed-demo-data.ts): a few hundred candidates and positions from the
 * matching generator (libs/matching-fixtures, fixed seed), spread over
 * Denmark, and the demo employer's proposals and programmes in every state.
 * Every write goes through the feature services, as the API's would, so the
 * data obeys the rules and announces itself in the outbox (the worker then
 * computes the matches).
 *
 * Identity never depends on the day: people and positions are the
 * generator's n-th (CPR from the generator's birth date and n, position
 * idempotency key from n); only their dates move with today. A second start
 * finds everything by those keys and writes nothing.
 */
const SIZE = { candidates: 300, positions: 200 };

/** Jobcentres with a demo caseworker; København (101, the demo jobcentre) gets every other candidate. */
const DEMO_JOBCENTRES = [101, 751, 461, 851, 147, 561, 630, 167] as const;

/** The demo employer (seed-demo-data.ts) gets these IGU positions with 3F, for its proposals and programmes. */
const DEMO_EMPLOYER_IGU = [
  { key: 'demo-world-igu-rengoering', title: 'IGU-elev i rengøring', occupationCode: '9112' },
  { key: 'demo-world-igu-koekken', title: 'IGU-elev i kantinekøkkenet', occupationCode: '9412' },
  { key: 'demo-world-igu-lager', title: 'IGU-elev på materiellageret', occupationCode: '9321' },
] as const;

type ProposalGoal = 'PROPOSED' | 'INTERVIEW' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';
type ProgrammeGoal = 'DRAFT' | 'PENDING_APPROVAL' | 'CHANGES_REQUESTED' | 'APPROVED' | 'ACTIVE';

/** The demo employer's pipeline: København's candidates proposed to its positions, one goal each. */
const PIPELINE: readonly { position: string; goal: ProposalGoal | ProgrammeGoal }[] = [
  { position: 'demo-world-igu-rengoering', goal: 'PENDING_APPROVAL' },
  { position: 'demo-world-igu-koekken', goal: 'PENDING_APPROVAL' },
  { position: 'demo-world-igu-lager', goal: 'PENDING_APPROVAL' },
  { position: 'demo-world-igu-rengoering', goal: 'CHANGES_REQUESTED' },
  { position: 'demo-world-igu-koekken', goal: 'APPROVED' },
  { position: 'demo-world-igu-lager', goal: 'ACTIVE' },
  { position: 'demo-world-igu-rengoering', goal: 'DRAFT' },
  { position: 'demo-world-igu-koekken', goal: 'ACCEPTED' },
  { position: 'demo-igu-byggeplads', goal: 'PROPOSED' },
  { position: 'demo-job-maler', goal: 'PROPOSED' },
  { position: 'demo-internship-lager', goal: 'INTERVIEW' },
  { position: 'demo-igu-byggeplads', goal: 'INTERVIEW' },
  { position: 'demo-job-maler', goal: 'REJECTED' },
  { position: 'demo-internship-lager', goal: 'WITHDRAWN' },
];

/** The demo's interviews take turns: in person, by phone, by video (docs/domain.md §4). */
const DEMO_INTERVIEWS = [
  { mode: 'IN_PERSON', location: 'Vesterbrogade 12, 1620 København V' },
  { mode: 'PHONE', location: '+45 33 12 34 56' },
  { mode: 'VIDEO', location: 'https://meet.example.dk/igu-samtale' },
] as const;

const PROPOSAL_STEPS: Record<ProposalGoal, readonly ProposalAction[]> = {
  PROPOSED: [],
  INTERVIEW: ['SCHEDULE_INTERVIEW'],
  ACCEPTED: ['SCHEDULE_INTERVIEW', 'ACCEPT'],
  REJECTED: ['SCHEDULE_INTERVIEW', 'REJECT'],
  WITHDRAWN: ['WITHDRAW'],
};
const PROGRAMME_STEPS: Record<ProgrammeGoal, readonly ProgrammeAction[]> = {
  DRAFT: [],
  PENDING_APPROVAL: ['SUBMIT'],
  CHANGES_REQUESTED: ['SUBMIT', 'REQUEST_CHANGES'],
  APPROVED: ['SUBMIT', 'APPROVE'],
  ACTIVE: ['SUBMIT', 'APPROVE', 'START'],
};

const FIRST_NAMES = ['Amal', 'Bashir', 'Daria', 'Elias', 'Farah', 'Hamid', 'Iryna', 'Jamal', 'Karim', 'Layla', 'Mariam', 'Nadia'];
const FAMILY_NAMES = ['Ahmadi', 'Bondarenko', 'Darwish', 'Haile', 'Karimi', 'Mansour', 'Noori', 'Osman', 'Rezaei', 'Shevchenko', 'Yousef'];

@Module({})
class DemoSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DemoSeedModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(config),
        TypeOrmModule.forRoot(appDataSourceOptions(config, 'igu-demo-seed')),
        PersonalDataModule,
        CandidatesModule,
        ProgrammesModule,
      ],
    };
  }
}

export async function seedDemoWorld(config: AppConfig): Promise<string> {
  const app = await NestFactory.createApplicationContext(DemoSeedModule.forRoot(config), { logger: false });
  try {
    return await new DemoWorld(app).seed();
  } finally {
    await app.close();
  }
}

class DemoWorld {
  private readonly db: DataSource;
  private readonly today: CalendarDate;
  /** Generated dates are relative to the generator's day; this moves them to today. */
  private readonly shift: number;
  /** København's generated candidates (their CPR index), in generator order: the pipeline proposes them. */
  private readonly copenhagen: string[] = [];

  constructor(private readonly app: INestApplicationContext) {
    this.db = app.get(DataSource);
    this.today = app.get(Clock).today();
    this.shift = toDayNumber(this.today) - toDayNumber(DEFAULT_GENERATOR_TODAY);
  }

  async seed(): Promise<string> {
    const data = generateMatchData(SIZE, { seed: DEFAULT_GENERATOR_SEED, inactiveShare: 0 });
    const users = await this.seedUsers(data.positions.map((position) => position.municipalityCode));
    const candidates = await this.seedCandidates(data.candidates);
    const positions = await this.seedPositions(data.positions);
    const pipeline = await this.seedPipeline();
    return `${users} new demo organisation users; ${candidates} new generated candidates; ${positions} new generated positions; ${pipeline} new demo proposals`;
  }

  private moved(day: string | null): CalendarDate | null {
    return day === null ? null : fromDayNumber(toDayNumber(day) + this.shift);
  }

  /** A caseworker per demo jobcentre and an employer (with its company) per municipality that has positions. */
  private async seedUsers(positionMunicipalities: readonly number[]): Promise<number> {
    const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
    const municipalities = [...new Set(positionMunicipalities)].sort((a, b) => a - b);
    return this.db.transaction(async (manager) => {
      let created = 0;
      for (const code of municipalities) {
        await manager.query(
          `INSERT INTO company (cvr, name, municipality_code, public_employer, employee_count)
           SELECT $1, m.name || ' Service ApS', m.code, false, 25 + m.code % 200 FROM municipality m WHERE m.code = $2
           ON CONFLICT (cvr) DO NOTHING`,
          [demoCvr(code), code],
        );
        const result = await manager.query<unknown[]>(
          `INSERT INTO app_user (email, password_hash, display_name, role, company_id)
           SELECT $1, $2, 'Demo-arbejdsgiver ' || c.name, 'EMPLOYER', c.id FROM company c WHERE c.cvr = $3
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [`employer-${code}@demo.test`, passwordHash, demoCvr(code)],
        );
        created += result.length;
      }
      for (const code of DEMO_JOBCENTRES.filter((code) => code !== 101)) {
        const result = await manager.query<unknown[]>(
          `INSERT INTO app_user (email, password_hash, display_name, role, jobcentre_id)
           SELECT $1, $2, 'Sagsbehandler ' || m.name, 'JOBCENTRE', m.jobcentre_id FROM municipality m WHERE m.code = $3
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [`jobcentre-${code}@demo.test`, passwordHash, code],
        );
        created += result.length;
      }
      return created;
    });
  }

  private async seedCandidates(generated: ReturnType<typeof generateMatchData>['candidates']): Promise<number> {
    const service = this.app.get(CandidateService);
    const caseworkers = await this.caseworkers();
    const existing = new Set((await this.db.query<{ cpr_index: string }[]>(`SELECT cpr_index FROM candidate`)).map((row) => row.cpr_index));
    const crypto = this.app.get(CandidateCrypto);
    let created = 0;
    for (const [n, candidate] of generated.entries()) {
      const municipalityCode = n % 2 === 0 ? 101 : DEMO_JOBCENTRES[1 + (n % (DEMO_JOBCENTRES.length - 1))];
      const cpr = demoCpr(candidate.dateOfBirth, n);
      const cprIndex = crypto.cprIndex(cpr.replace('-', ''));
      if (municipalityCode === 101) this.copenhagen.push(cprIndex);
      if (existing.has(cprIndex)) continue;
      // The generator does not tie arrival to age; nobody here arrived before turning 15.
      const fifteen = addDays(candidate.dateOfBirth, Math.ceil(15 * 365.25));
      const moved = this.moved(candidate.arrivedInDenmarkOn)!;
      const arrived = moved > fifteen ? moved : fifteen;
      await service.create(caseworkers.get(municipalityCode)!, {
        fullName: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${FAMILY_NAMES[(n * 7) % FAMILY_NAMES.length]}`,
        cpr,
        municipalityCode,
        residenceBasis: ResidenceBasis[candidate.residenceBasis],
        arrivedInDenmarkOn: arrived,
        arrivedInMunicipalityOn: addDays(arrived, 10 + (n % 30)) < this.today ? addDays(arrived, 10 + (n % 30)) : arrived,
        priorIgu: candidate.priorIgu,
        desiredOccupationCodes: [...candidate.desiredOccupationCodes],
        experienceOccupationCodes: [...candidate.experienceOccupationCodes],
        skillCodes: [...candidate.skillCodes],
        danishLevel: LanguageLevel[candidate.danishLevel],
        englishLevel: LanguageLevel.A2,
        drivingLicence: candidate.drivingLicence,
        maxCommuteKm: candidate.maxCommuteKm,
        willingToRelocate: candidate.willingToRelocate,
        availableFrom: this.moved(candidate.availableFrom),
        shareProfileWithEmployers: n % 10 !== 9,
      });
      created += 1;
    }
    return created;
  }

  private async caseworkers(): Promise<Map<number, Extract<Actor, { role: Role.JOBCENTRE }>>> {
    const rows = await this.db.query<{ code: number; user_id: string; jobcentre_id: string }[]>(
      `SELECT m.code, u.id AS user_id, u.jobcentre_id FROM app_user u JOIN municipality m ON m.jobcentre_id = u.jobcentre_id
       WHERE u.email = ANY($1) AND m.code = ANY($2)`,
      [['jobcentre@demo.test', ...DEMO_JOBCENTRES.map((code) => `jobcentre-${code}@demo.test`)], [...DEMO_JOBCENTRES]],
    );
    return new Map(rows.map((row) => [row.code, { userId: row.user_id, role: Role.JOBCENTRE, jobcentreId: row.jobcentre_id }]));
  }

  /** The generator's positions, each at the demo company of its municipality, published; plus the demo employer's IGU positions. */
  private async seedPositions(generated: ReturnType<typeof generateMatchData>['positions']): Promise<number> {
    const service = this.app.get(PositionService);
    const employers = await this.db.query<{ code: number; user_id: string; company_id: string; company: string; union3f: string }[]>(
      `SELECT c.municipality_code AS code, u.id AS user_id, c.id AS company_id, c.name AS company,
         (SELECT id FROM trade_union WHERE code = '3f') AS union3f
       FROM app_user u JOIN company c ON c.id = u.company_id WHERE u.email LIKE 'employer-%@demo.test'`,
    );
    const byCode = new Map(employers.map((employer) => [employer.code, employer]));
    const titles = new Map(
      (await this.db.query<{ code: string; title: string }[]>(`SELECT code, title FROM occupation WHERE level = 4`)).map((row) => [
        row.code,
        row.title,
      ]),
    );
    const done = new Set(
      (
        await this.db.query<{ key: string }[]>(`SELECT key FROM idempotency_key WHERE operation = 'createPosition' AND key LIKE 'demo-%'`)
      ).map((row) => row.key),
    );
    const union3f = employers[0].union3f;
    const start = (days: number) => addDays(this.today, days);
    let created = 0;
    const create = async (employer: (typeof employers)[number], key: string, input: Parameters<PositionService['create']>[1]) => {
      if (done.has(key)) return;
      const actor = { userId: employer.user_id, role: Role.EMPLOYER, companyId: employer.company_id } as const;
      const position = await service.create(actor, { ...input, idempotencyKey: key });
      await service.publish(actor, position.id);
      created += 1;
    };

    for (const [n, position] of generated.entries()) {
      const employer = byCode.get(position.municipalityCode)!;
      const occupation = titles.get(position.occupationCode) ?? position.occupationCode;
      const igu = position.kind === 'IGU';
      const startDate = this.moved(position.startDate);
      await create(employer, `demo-world-position-${n}`, {
        kind: PositionKind[position.kind],
        title: `${KIND_TITLE[position.kind]}${occupation}`.slice(0, 150),
        description: `${KIND_TITLE[position.kind]}${occupation} hos ${employer.company}. Oplæring på stedet og en fast kontaktperson.`,
        occupationCode: position.occupationCode,
        municipalityCode: position.municipalityCode,
        location: position.location,
        weeklyHours: igu ? 30 : 37,
        openings: 1 + (n % 3),
        // The generator's IGU start dates lie ahead; others may have passed after the shift, so they move to a month ahead.
        startDate: startDate && startDate > this.today ? startDate : null,
        applicationDeadline: null,
        requiredDanishLevel: LanguageLevel[position.requiredDanishLevel],
        drivingLicenceRequired: position.drivingLicenceRequired,
        skills: [
          ...position.requiredSkillCodes.map((skillCode) => ({ skillCode, required: true })),
          ...position.optionalSkillCodes.map((skillCode) => ({ skillCode, required: false })),
        ],
        ...(igu ? { unionId: union3f, collectiveAgreement: 'Industriens Overenskomst (3F)', hourlyWageDkk: 140 + (n % 20) } : {}),
      });
    }

    const [demo] = await this.db.query<{ user_id: string; company_id: string; company: string; code: number }[]>(
      `SELECT u.id AS user_id, c.id AS company_id, c.name AS company, c.municipality_code AS code
       FROM app_user u JOIN company c ON c.id = u.company_id WHERE u.email = 'employer@demo.test'`,
    );
    for (const igu of DEMO_EMPLOYER_IGU) {
      await create({ ...demo, union3f }, igu.key, {
        kind: PositionKind.IGU,
        title: igu.title,
        description: `${igu.title} hos ${demo.company} i Aarhus: to år med løn og skoleperioder på AMU.`,
        occupationCode: igu.occupationCode,
        municipalityCode: demo.code,
        weeklyHours: 30,
        openings: 3,
        startDate: start(60),
        applicationDeadline: start(30),
        requiredDanishLevel: LanguageLevel.NONE,
        drivingLicenceRequired: false,
        skills: [],
        unionId: union3f,
        collectiveAgreement: 'Serviceoverenskomsten (3F)',
        hourlyWageDkk: 145,
      });
    }
    return created;
  }

  /**
   * København's caseworker proposes its candidates to the demo employer's
   * positions and each proposal (and programme) is taken to its goal through
   * the services. The proposal's idempotency key marks an entry as done.
   */
  private async seedPipeline(): Promise<number> {
    type Ids = { userId: string; companyId: string; jobcentreId: string; unionId: string };
    const [actors] = await this.db.query<{ employer: Ids; jobcentre: Ids; union: Ids }[]>(
      `SELECT (SELECT json_build_object('userId', id, 'companyId', company_id) FROM app_user WHERE email = 'employer@demo.test') AS employer,
              (SELECT json_build_object('userId', id, 'jobcentreId', jobcentre_id) FROM app_user WHERE email = 'jobcentre@demo.test') AS jobcentre,
              (SELECT json_build_object('userId', id, 'unionId', union_id) FROM app_user WHERE email = 'union@demo.test') AS union`,
    );
    const employer = { ...actors.employer, role: Role.EMPLOYER } as Extract<Actor, { role: Role.EMPLOYER }>;
    const jobcentre = { ...actors.jobcentre, role: Role.JOBCENTRE } as Extract<Actor, { role: Role.JOBCENTRE }>;
    const union = { ...actors.union, role: Role.UNION_REP } as Extract<Actor, { role: Role.UNION_REP }>;
    const done = new Set<string>(
      (
        await this.db.query<{ key: string }[]>(`SELECT key FROM idempotency_key WHERE user_id = $1 AND operation = 'proposeCandidate'`, [
          jobcentre.userId,
        ])
      ).map((row) => row.key),
    );
    if (PIPELINE.every((_, i) => done.has(pipelineKey(i)))) return 0;

    const positions = new Map<string, { id: string; start: CalendarDate | null }>(
      (
        await this.db.query<{ key: string; id: string; start: string | null }[]>(
          `SELECT k.key, p.id, to_char(p.start_date, 'YYYY-MM-DD') AS start FROM idempotency_key k JOIN position p ON p.id = k.result_id
           WHERE k.user_id = $1 AND k.operation = 'createPosition'`,
          [employer.userId],
        )
      ).map((row) => [row.key, { id: row.id, start: row.start }]),
    );
    // København's generated candidates not proposed yet, in generator order (the hand-written demo candidates stay free to try).
    const unproposed = new Map<string, string>(
      (
        await this.db.query<{ cpr_index: string; id: string }[]>(
          `SELECT c.cpr_index, c.id FROM candidate c WHERE c.cpr_index = ANY($1) AND c.status = 'AVAILABLE'
             AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.candidate_id = c.id)`,
          [this.copenhagen],
        )
      ).map((row) => [row.cpr_index, row.id]),
    );
    const free = this.copenhagen.flatMap((index) => unproposed.get(index) ?? []);

    const proposals = this.app.get(ProposalService);
    const programmes = this.app.get(ProgrammeService);
    let created = 0;
    for (const [i, entry] of PIPELINE.entries()) {
      if (done.has(pipelineKey(i))) continue;
      const position = positions.get(entry.position)!;
      const proposalId = await this.proposeSomeone(proposals, jobcentre, position.id, free, pipelineKey(i));
      created += 1;
      const isProgramme = entry.goal in PROGRAMME_STEPS;
      const steps = isProgramme ? PROPOSAL_STEPS.ACCEPTED : PROPOSAL_STEPS[entry.goal as ProposalGoal];
      for (const action of steps) {
        const actor = action === 'WITHDRAW' ? jobcentre : employer;
        await proposals.transition(actor, proposalId, action, {
          interview:
            action === 'SCHEDULE_INTERVIEW'
              ? { at: new Date(`${addDays(this.today, 7 + i)}T09:00:00Z`), ...DEMO_INTERVIEWS[i % 3] }
              : undefined,
          reason:
            action === 'REJECT' ? 'Vi har valgt en kandidat med mere erfaring.' : action === 'WITHDRAW' ? 'Kandidaten er flyttet.' : null,
        });
      }
      if (!isProgramme) continue;
      const start = position.start ?? addDays(this.today, 60);
      const programmeId = await programmes.create(employer, {
        proposalId,
        startDate: start,
        weeklyWorkHours: 30,
        schoolPeriods: [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + 23 * 7 - 1), description: 'AMU' }],
        noOrdinaryEmploymentLast3Months: true,
      });
      for (const action of PROGRAMME_STEPS[entry.goal as ProgrammeGoal]) {
        const actor = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'].includes(action) ? union : employer;
        const comment =
          action === 'REQUEST_CHANGES' ? 'Skoleperioden skal ligge i det første år.' : action === 'APPROVE' ? 'Godkendt.' : null;
        await programmes.transition(actor, programmeId, action, { comment });
      }
    }
    return created;
  }

  /** The next free candidate the rules let the jobcentre propose (IGU asks for eligibility on the start date). */
  private async proposeSomeone(
    proposals: ProposalService,
    jobcentre: Extract<Actor, { role: Role.JOBCENTRE }>,
    positionId: string,
    free: string[],
    key: string,
  ): Promise<string> {
    while (free.length > 0) {
      const candidateId = free.shift()!;
      try {
        return await proposals.propose(jobcentre, {
          candidateId,
          positionId,
          note: 'Motiveret og klar til at starte.',
          idempotencyKey: key,
        });
      } catch (error) {
        if (!(error instanceof ProposalException && error.code === ProposalExceptionCode.IGU_NOT_ELIGIBLE)) throw error;
      }
    }
    throw new Error('Not enough eligible demo candidates for the pipeline');
  }
}

const KIND_TITLE: Record<string, string> = { IGU: 'IGU-elev: ', INTERNSHIP: 'Praktik: ', WAGE_SUBSIDY: 'Løntilskud: ', JOB: '' };

const pipelineKey = (i: number) => `demo-pipeline-${i}`;

/** A valid CVR (modulus 11) per municipality: 7 digits from the code, then the check digit. */
export function demoCvr(municipalityCode: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (let variant = 0; ; variant += 1) {
    const base = String(5_000_000 + municipalityCode * 10 + variant);
    const sum = Array.from(base, Number).reduce((total, digit, i) => total + digit * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return `${base}${check}`;
  }
}

/** DDMMYY-SNNN from the generated birth date: S says the century (0: 1900s, 9: 2000–2036), NNN the generated person. */
export function demoCpr(dateOfBirth: string, n: number): string {
  const [year, month, day] = dateOfBirth.split('-');
  return `${day}${month}${year.slice(2)}-${year < '2000' ? '0' : '9'}${String(n).padStart(3, '0')}`;
}
