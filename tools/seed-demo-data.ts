import { addDays, type CalendarDate, danishDayOf } from '@igu/calendar';
import { type Actor, Role } from '@igu/access';
import { PasswordHasher } from '@igu/auth';
import { CandidateCrypto, insertCandidate, type NewCandidate } from '@igu/candidates';
import type { AppConfig } from '@igu/config';
import { queryRow, queryRows } from '@igu/database';
import { ResidenceBasis } from '@igu/eligibility';
import { SystemClock } from '@igu/clock';
import { BlindIndex, FieldCipher, parseCpr } from '@igu/personal-data';
import { type NewPosition, PositionKind, PositionProgrammesPort, PositionService, PositionStatus } from '@igu/positions';
import { LanguageLevel } from '@igu/reference-data';
import type { DataSource, EntityManager } from 'typeorm';

export const DEMO_PASSWORD = 'igu-demo-password';

/** A private company in Aarhus (751); CVR 30000005 passes modulus 11. */
const DEMO_COMPANY = { cvr: '30000005', name: 'Aarhus Demo Byg ApS', municipalityCode: 751, employeeCount: 45 };

/**
 * Demo accounts, companies, positions and candidates for `npm run dev`. Natural
 * keys and ON CONFLICT DO NOTHING: a second start seeds nothing twice.
 * (The admin comes from BOOTSTRAP_ADMIN_* like in production.)
 */
export async function seedDemoData(
  dataSource: DataSource,
  config: Pick<AppConfig, 'PII_ENCRYPTION_KEYS' | 'PII_ACTIVE_KEY_ID' | 'PII_BLIND_INDEX_KEY'>,
): Promise<string> {
  const users = await seedDemoUsers(dataSource);
  const positions = await seedDemoPositions(dataSource);
  const candidates = await dataSource.transaction((manager) => seedDemoCandidates(manager, config));
  return `${users}; ${positions} new demo positions of ${DEMO_COMPANY.name}; ${candidates} new demo candidates (Jobcenter København)`;
}

async function seedDemoUsers(dataSource: DataSource): Promise<string> {
  const hasher = new PasswordHasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO company (cvr, name, municipality_code, public_employer, employee_count)
       VALUES ($1, $2, $3, false, $4) ON CONFLICT (cvr) DO NOTHING`,
      [DEMO_COMPANY.cvr, DEMO_COMPANY.name, DEMO_COMPANY.municipalityCode, DEMO_COMPANY.employeeCount],
    );
    const users = [
      {
        email: 'employer@demo.test',
        name: 'Emil Employer',
        role: Role.EMPLOYER,
        org: `(SELECT id FROM company WHERE cvr = '${DEMO_COMPANY.cvr}')`,
      },
      {
        email: 'jobcentre@demo.test',
        name: 'Jette Jobcenter',
        role: Role.JOBCENTRE,
        org: '(SELECT jobcentre_id FROM municipality WHERE code = 101)',
      },
      { email: 'union@demo.test', name: 'Ulrik 3F', role: Role.UNION_REP, org: `(SELECT id FROM trade_union WHERE code = '3f')` },
    ] satisfies { email: string; name: string; role: Exclude<Actor['role'], Role.ADMIN>; org: string }[];
    let created = 0;
    for (const user of users) {
      const column = { EMPLOYER: 'company_id', JOBCENTRE: 'jobcentre_id', UNION_REP: 'union_id' }[user.role];
      const inserted = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO app_user (email, password_hash, display_name, role, ${column})
         VALUES ($1, $2, $3, $4, ${user.org}) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [user.email, passwordHash, user.name, user.role],
      );
      created += inserted.length;
    }
    return `${created} new demo users (admin, employer, jobcentre and union @demo.test; password ${DEMO_PASSWORD})`;
  });
}

/** Days from today in Denmark, so demo deadlines are always ahead. */
function inDays(days: number): string {
  const date = new Date(`${danishDayOf(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type DemoPosition = { key: string; open: boolean; input: (union3f: string) => NewPosition };

const common = {
  openings: 1,
  requiredDanishLevel: LanguageLevel.NONE,
  drivingLicenceRequired: false,
  municipalityCode: DEMO_COMPANY.municipalityCode,
  startDate: inDays(45),
  applicationDeadline: inDays(21),
};

const DEMO_POSITIONS: DemoPosition[] = [
  {
    key: 'demo-igu-byggeplads',
    open: true,
    input: (union3f) => ({
      ...common,
      kind: PositionKind.IGU,
      title: 'IGU-elev på byggepladsen',
      description:
        'Toårig integrationsgrunduddannelse hos Aarhus Demo Byg: arbejde på byggepladser i Aarhus med skoleperioder på AMU. Vi sørger for sikkerhedsudstyr og en fast makker.',
      occupationCode: '9313',
      weeklyHours: 30,
      openings: 2,
      requiredDanishLevel: LanguageLevel.A2,
      skills: [
        { skillCode: 'mewp-course', required: false },
        { skillCode: 'first-aid-certificate', required: false },
      ],
      unionId: union3f,
      collectiveAgreement: 'Bygge- og Anlægsoverenskomsten (3F)',
      hourlyWageDkk: 142.5,
    }),
  },
  {
    key: 'demo-job-maler',
    open: true,
    input: () => ({
      ...common,
      kind: PositionKind.JOB,
      title: 'Malersvend til renovering',
      description: 'Malerarbejde ved renovering af boliger i Aarhus. Erfaring med lift er et plus.',
      occupationCode: '7131',
      weeklyHours: 37,
      requiredDanishLevel: LanguageLevel.B1,
      skills: [{ skillCode: 'mewp-course', required: true }],
      hourlyWageDkk: 195,
    }),
  },
  {
    key: 'demo-internship-lager',
    open: true,
    input: () => ({
      ...common,
      kind: PositionKind.INTERNSHIP,
      title: 'Virksomhedspraktik på materiellageret',
      description: 'Praktik på vores lager: modtagelse, pakning og udlevering af materialer. Truckcertifikat kan tages undervejs.',
      occupationCode: '9321',
      weeklyHours: 25,
      location: { latitude: 56.1965, longitude: 10.1503 },
      skills: [{ skillCode: 'forklift-certificate', required: false }],
    }),
  },
  {
    key: 'demo-wage-subsidy-pedel',
    open: false,
    input: () => ({
      ...common,
      kind: PositionKind.WAGE_SUBSIDY,
      title: 'Løntilskud: pedelmedhjælper',
      description: 'Pedelmedhjælper på vores byggepladser og kontor: oprydning, små reparationer og vedligehold.',
      occupationCode: '5153',
      weeklyHours: 30,
      drivingLicenceRequired: true,
      skills: [{ skillCode: 'driving-licence-b', required: true }],
    }),
  },
];

/**
 * Through PositionService, so demo positions obey the same rules and announce
 * themselves in the outbox like real ones. Each has a fixed idempotency key of
 * the demo employer: a position whose key exists is not created again, and it
 * is published only while still a DRAFT.
 */
async function seedDemoPositions(dataSource: DataSource): Promise<number> {
  const employer = await queryRow<{ user_id: string; company_id: string; union3f: string }>(
    dataSource,
    `SELECT u.id AS user_id, u.company_id, (SELECT id FROM trade_union WHERE code = '3f') AS union3f
     FROM app_user u JOIN company c ON c.id = u.company_id WHERE u.email = 'employer@demo.test' AND c.cvr = $1`,
    [DEMO_COMPANY.cvr],
  );
  if (!employer) return 0;
  const actor: Actor = { userId: employer.user_id, role: Role.EMPLOYER, companyId: employer.company_id };
  const positions = new PositionService(dataSource, new SystemClock(), new PositionProgrammesPort()); // never asked: the seed changes no union
  let created = 0;
  for (const demo of DEMO_POSITIONS) {
    const existing = await queryRow<{ id: string; status: PositionStatus }>(
      dataSource,
      `SELECT p.id, p.status FROM idempotency_key k JOIN position p ON p.id = k.result_id
       WHERE k.user_id = $1 AND k.operation = 'createPosition' AND k.key = $2`,
      [actor.userId, demo.key],
    );
    const position = existing ?? (await positions.create(actor, { ...demo.input(employer.union3f), idempotencyKey: demo.key }));
    if (!existing) created += 1;
    if (demo.open && position.status === PositionStatus.DRAFT) await positions.publish(actor, position.id);
  }
  return created;
}

/**
 * Fake people for Jobcenter København (101): valid CPR numbers with made-up
 * sequence digits, arrival dates relative to the first start (one overdue for
 * a first offer, one within the 14-day target, one unshared). Encrypted with
 * the configured keys through the same code path as createCandidate; a CPR
 * whose blind index exists is skipped, so restarts seed nothing twice.
 */
export const DEMO_CANDIDATES: readonly (Omit<NewCandidate, 'arrivedInDenmarkOn' | 'arrivedInMunicipalityOn'> & {
  arrivedDaysAgo: number;
  inMunicipalityDaysAgo: number;
})[] = [
  {
    ...demoDefaults(),
    fullName: 'Amina Haidari',
    cpr: '120395-1187',
    residenceBasis: ResidenceBasis.REFUGEE,
    arrivedDaysAgo: 60,
    inMunicipalityDaysAgo: 45, // first-offer deadline passed: on the overdue list
    desiredOccupationCodes: ['9112', '5120'],
    skillCodes: ['forklift-certificate'],
    danishLevel: LanguageLevel.A2,
  },
  {
    ...demoDefaults(),
    fullName: 'Yusuf Rahimi',
    cpr: '230788-2413',
    residenceBasis: ResidenceBasis.AFGHAN_SPECIAL_ACT,
    arrivedDaysAgo: 20,
    inMunicipalityDaysAgo: 10, // within the 14-day target
    desiredOccupationCodes: ['7411'],
    experienceOccupationCodes: ['7411'],
    drivingLicence: true,
  },
  {
    ...demoDefaults(),
    fullName: 'Olena Kovalenko',
    cpr: '050201-4125',
    residenceBasis: ResidenceBasis.UKRAINE_SPECIAL_ACT,
    arrivedDaysAgo: 200,
    inMunicipalityDaysAgo: 120,
    desiredOccupationCodes: ['5321'],
    danishLevel: LanguageLevel.B1,
    englishLevel: LanguageLevel.B2,
  },
  {
    ...demoDefaults(),
    fullName: 'Samir Al-Hassan',
    cpr: '171182-3321',
    residenceBasis: ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE,
    arrivedDaysAgo: 400,
    inMunicipalityDaysAgo: 400,
    desiredOccupationCodes: ['9329'],
    willingToRelocate: true,
    shareProfileWithEmployers: false, // only København's caseworkers find this profile
  },
  {
    ...demoDefaults(),
    fullName: 'Dawit Tesfaye',
    cpr: '090699-1562',
    residenceBasis: ResidenceBasis.REFUGEE,
    arrivedDaysAgo: 30,
    inMunicipalityDaysAgo: 25,
    desiredOccupationCodes: ['9412'],
    skillCodes: ['hygiene-certificate'],
  },
];

function demoDefaults(): Omit<NewCandidate, 'fullName' | 'cpr' | 'residenceBasis' | 'arrivedInDenmarkOn' | 'arrivedInMunicipalityOn'> {
  return {
    municipalityCode: 101,
    priorIgu: false,
    desiredOccupationCodes: [],
    experienceOccupationCodes: [],
    skillCodes: [],
    danishLevel: LanguageLevel.A1,
    englishLevel: LanguageLevel.A2,
    drivingLicence: false,
    maxCommuteKm: 40,
    willingToRelocate: false,
    shareProfileWithEmployers: true,
  };
}

async function seedDemoCandidates(
  manager: EntityManager,
  config: Pick<AppConfig, 'PII_ENCRYPTION_KEYS' | 'PII_ACTIVE_KEY_ID' | 'PII_BLIND_INDEX_KEY'>,
): Promise<number> {
  const crypto = new CandidateCrypto(
    new FieldCipher(config.PII_ENCRYPTION_KEYS, config.PII_ACTIVE_KEY_ID),
    new BlindIndex(config.PII_BLIND_INDEX_KEY),
  );
  const municipality = await queryRow<{ id: string }>(manager, 'SELECT jobcentre_id AS id FROM municipality WHERE code = 101');
  if (!municipality) throw new Error('Municipality 101 is missing: the reference data is not seeded');
  const jobcentreId = municipality.id;
  const today: CalendarDate = danishDayOf(new Date());
  let created = 0;
  for (const { arrivedDaysAgo, inMunicipalityDaysAgo, ...candidate } of DEMO_CANDIDATES) {
    const cprIndex = crypto.cprIndex(parseCpr(candidate.cpr)!.digits);
    if ((await queryRows(manager, 'SELECT 1 FROM candidate WHERE cpr_index = $1', [cprIndex])).length > 0) continue;
    const input = {
      ...candidate,
      arrivedInDenmarkOn: addDays(today, -arrivedDaysAgo),
      arrivedInMunicipalityOn: addDays(today, -inMunicipalityDaysAgo),
    };
    await insertCandidate(manager, crypto, { jobcentreId, input, today });
    created += 1;
  }
  return created;
}
