import { addDays, addMonths, type CalendarDate, compareDates } from '@igu/calendar';
import { queryRow, queryRows, type SqlRunner } from '@igu/database';
import type { MatchCandidate, MatchPosition } from '@igu/matching';
import { SeededRandom } from './seeded-random.js';

/**
 * Data for municipality statistics (docs/domain.md §12): arrivals in the
 * municipality, proposals with first offers, and programmes. Written straight
 * into the owners' tables (like `insertMatchData`), because the statistics
 * tests need rows in the past that the owners' commands would refuse to create
 * (a proposal made last March, a programme started two years ago).
 */

const BATCH = 2_000;
type ProgrammeKind = 'IGU' | 'INTERNSHIP' | 'WAGE_SUBSIDY';
type StartedStatus = 'APPROVED' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ArrivalRow {
  id: string;
  arrivedInMunicipalityOn: CalendarDate;
  firstOfferAt: CalendarDate | null;
}

export interface ProposalRow {
  id: string;
  candidateId: string;
  positionId: string;
  status: 'PROPOSED' | 'ACCEPTED' | 'REJECTED';
  /** An instant (ISO 8601 with offset). */
  createdAt: string;
}

export interface ProgrammeRow {
  proposalId: string;
  candidateId: string;
  positionId: string;
  kind: ProgrammeKind;
  status: StartedStatus;
  startDate: CalendarDate;
  endDate: CalendarDate;
  terminatedOn: CalendarDate | null;
}

export interface StatisticsActivity {
  arrivals: ArrivalRow[];
  proposals: ProposalRow[];
  programmes: ProgrammeRow[];
}

function endDateOf(kind: ProgrammeKind, start: CalendarDate): CalendarDate {
  if (kind === 'IGU') return addDays(addMonths(start, 24), -1);
  return kind === 'INTERNSHIP' ? addDays(start, 13 * 7 - 1) : addDays(addMonths(start, 6), -1);
}

/**
 * Two years of activity for generated candidates and positions: arrivals in
 * the municipality spread over the two years before `today`; most candidates
 * proposed (often to a position nearby, otherwise anywhere) some days after
 * arrival, about half of those accepted (the first offer); a share of the
 * accepted ones become programmes, started, completed or terminated by today.
 */
export function generateStatisticsActivity(
  data: { candidates: readonly MatchCandidate[]; positions: readonly MatchPosition[] },
  today: CalendarDate,
  seed = 17,
): StatisticsActivity {
  const random = new SeededRandom(seed);
  const open = data.positions.filter((p) => p.status === 'OPEN' || p.status === 'FILLED');
  const nearby = Map.groupBy(open, (p) => p.municipalityCode);
  const activity: StatisticsActivity = { arrivals: [], proposals: [], programmes: [] };
  for (const candidate of data.candidates) {
    let arrived = addDays(today, -random.int(0, 730));
    if (compareDates(arrived, candidate.arrivedInDenmarkOn) < 0) arrived = candidate.arrivedInDenmarkOn;
    const arrival: ArrivalRow = { id: candidate.id, arrivedInMunicipalityOn: arrived, firstOfferAt: null };
    activity.arrivals.push(arrival);
    if (open.length === 0 || !random.chance(0.75)) continue;
    const proposedOn = addDays(arrived, random.int(0, 40));
    if (compareDates(proposedOn, today) > 0) continue;
    const local = nearby.get(candidate.municipalityCode);
    const position = local && random.chance(0.6) ? random.pick(local) : random.pick(open);
    const accepted = random.chance(0.55);
    const acceptedOn = addDays(proposedOn, random.int(0, 12));
    const status = accepted && compareDates(acceptedOn, today) <= 0 ? 'ACCEPTED' : random.chance(0.5) ? 'REJECTED' : 'PROPOSED';
    const proposal: ProposalRow = {
      id: random.uuid(),
      candidateId: candidate.id,
      positionId: position.id,
      status,
      createdAt: `${proposedOn}T${String(random.int(6, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`,
    };
    activity.proposals.push(proposal);
    if (status !== 'ACCEPTED') continue;
    arrival.firstOfferAt = acceptedOn;
    if (position.kind === 'JOB' || !random.chance(0.6)) continue;
    const startDate = addDays(acceptedOn, random.int(7, 45));
    const kind = position.kind;
    const endDate = endDateOf(kind, startDate);
    let programmeStatus: StartedStatus = 'APPROVED';
    let terminatedOn: CalendarDate | null = null;
    if (compareDates(startDate, today) <= 0) {
      programmeStatus = compareDates(endDate, today) < 0 ? 'COMPLETED' : 'ACTIVE';
      const terminateOn = addDays(startDate, random.int(20, 200));
      if (random.chance(0.1) && compareDates(terminateOn, today) <= 0 && compareDates(terminateOn, endDate) <= 0) {
        programmeStatus = 'TERMINATED';
        terminatedOn = terminateOn;
      }
    }
    activity.programmes.push({
      proposalId: proposal.id,
      candidateId: candidate.id,
      positionId: position.id,
      kind,
      status: programmeStatus,
      startDate,
      endDate,
      terminatedOn,
    });
  }
  return activity;
}

/** Writes generated activity for candidates and positions already inserted (`insertMatchData`). */
export async function insertStatisticsActivity(runner: SqlRunner, activity: StatisticsActivity): Promise<void> {
  for (let offset = 0; offset < activity.arrivals.length; offset += BATCH) {
    const batch = activity.arrivals.slice(offset, offset + BATCH);
    await runner.query(
      `UPDATE candidate c SET arrived_in_municipality_on = a.arrived, first_offer_target_date = a.arrived + 14,
         first_offer_deadline = (a.arrived + interval '1 month')::date, first_offer_at = a.offer
       FROM unnest($1::uuid[], $2::date[], $3::date[]) AS a(id, arrived, offer) WHERE c.id = a.id`,
      [batch.map((a) => a.id), batch.map((a) => a.arrivedInMunicipalityOn), batch.map((a) => a.firstOfferAt)],
    );
  }
  for (let offset = 0; offset < activity.proposals.length; offset += BATCH) {
    const batch = activity.proposals.slice(offset, offset + BATCH);
    await runner.query(
      `INSERT INTO proposal (id, status, position_id, candidate_id, jobcentre_id, cross_municipality, created_at, updated_at)
       SELECT p.id, p.status::proposal_status, p.position_id, p.candidate_id, c.jobcentre_id,
         c.municipality_code <> pos.municipality_code, p.created_at, p.created_at
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[]) AS p(id, status, position_id, candidate_id, created_at)
       JOIN candidate c ON c.id = p.candidate_id JOIN position pos ON pos.id = p.position_id`,
      [
        batch.map((p) => p.id),
        batch.map((p) => p.status),
        batch.map((p) => p.positionId),
        batch.map((p) => p.candidateId),
        batch.map((p) => p.createdAt),
      ],
    );
  }
  for (let offset = 0; offset < activity.programmes.length; offset += BATCH) {
    const batch = activity.programmes.slice(offset, offset + BATCH);
    await runner.query(
      `INSERT INTO programme (kind, status, proposal_id, position_id, candidate_id, company_id, union_id, start_date, end_date,
         weekly_work_hours, hourly_wage_dkk, terminated_on, termination_reason)
       SELECT p.kind::programme_kind, p.status::programme_status, p.proposal_id, p.position_id, p.candidate_id, pos.company_id,
         pos.union_id, p.start_date, p.end_date, 30, 130, p.terminated_on, CASE WHEN p.terminated_on IS NOT NULL THEN 'Generated' END
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::date[], $7::date[], $8::date[])
         AS p(kind, status, proposal_id, position_id, candidate_id, start_date, end_date, terminated_on)
       JOIN position pos ON pos.id = p.position_id`,
      [
        batch.map((p) => p.kind),
        batch.map((p) => p.status),
        batch.map((p) => p.proposalId),
        batch.map((p) => p.positionId),
        batch.map((p) => p.candidateId),
        batch.map((p) => p.startDate),
        batch.map((p) => p.endDate),
        batch.map((p) => p.terminatedOn),
      ],
    );
  }
}

/**
 * Hand-built statistics rows for tests: one employer, positions made on
 * demand per municipality and kind, candidates with exactly the arrival and
 * first offer a test states, proposals at exact instants, programmes with
 * exact dates and status.
 */
export class StatisticsFixture {
  private readonly positions = new Map<string, string>();
  private count = 0;

  private constructor(
    private readonly runner: SqlRunner,
    private readonly companyId: string,
    private readonly unionId: string,
  ) {}

  static async create(runner: SqlRunner, cvr = '29403473'): Promise<StatisticsFixture> {
    const company = await queryRow<{ id: string }>(
      runner,
      `INSERT INTO company (cvr, name, municipality_code, public_employer, employee_count)
       VALUES ($1, 'Statistics Employer A/S', 101, false, 500)
       ON CONFLICT (cvr) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [cvr],
    );
    const union = await queryRow<{ id: string }>(runner, `SELECT id FROM trade_union WHERE code = '3f'`);
    if (!company || !union) throw new Error('reference data missing');
    return new StatisticsFixture(runner, company.id, union.id);
  }

  /** `count` candidates of a municipality with the same arrival and first offer. */
  async candidates(
    count: number,
    municipalityCode: number,
    arrivedOn: CalendarDate,
    firstOfferAt: CalendarDate | null = null,
  ): Promise<string[]> {
    const numbers = Array.from({ length: count }, () => ++this.count);
    const rows = await queryRows<{ id: string }>(
      this.runner,
      `INSERT INTO candidate (jobcentre_id, municipality_code, reference, full_name_encrypted, cpr_encrypted, cpr_index, date_of_birth,
         residence_basis, arrived_in_denmark_on, arrived_in_municipality_on, first_offer_target_date, first_offer_deadline, first_offer_at)
       SELECT m.jobcentre_id, m.code, 'C-S' || lpad(n::text, 5, '0'), 'generated', 'generated', 'statistics-' || n, date '1995-05-05',
         'REFUGEE', $2::date, $2::date, $2::date + 14, ($2::date + interval '1 month')::date, $3::date
       FROM unnest($4::int[]) AS n JOIN municipality m ON m.code = $1
       RETURNING id`,
      [municipalityCode, arrivedOn, firstOfferAt, numbers],
    );
    return rows.map((r) => r.id);
  }

  async position(municipalityCode: number, kind: ProgrammeKind | 'JOB' = 'IGU'): Promise<string> {
    const key = `${municipalityCode}/${kind}`;
    const known = this.positions.get(key);
    if (known) return known;
    const row = await queryRow<{ id: string }>(
      this.runner,
      `INSERT INTO position (kind, status, company_id, title, description, occupation_code, municipality_code, latitude, longitude,
         weekly_hours, required_danish_level, driving_licence_required, union_id, published_at)
       SELECT $1::position_kind, 'OPEN', $2, 'Statistics position', 'For statistics tests', '9112', m.code, m.latitude, m.longitude,
         30, 'NONE', false, CASE WHEN $1 = 'IGU' THEN $3::uuid END, now()
       FROM municipality m WHERE m.code = $4 RETURNING id`,
      [kind, this.companyId, this.unionId, municipalityCode],
    );
    if (!row) throw new Error(`no municipality ${municipalityCode}`);
    this.positions.set(key, row.id);
    return row.id;
  }

  /** A proposal created at `createdAt` (an instant), to a position in `positionMunicipalityCode`. */
  async proposal(
    candidateId: string,
    createdAt: string,
    options: { positionMunicipalityCode?: number; kind?: ProgrammeKind | 'JOB'; status?: ProposalRow['status'] } = {},
  ): Promise<{ id: string; positionId: string }> {
    const positionId = await this.position(options.positionMunicipalityCode ?? 101, options.kind ?? 'IGU');
    const row = await queryRow<{ id: string }>(
      this.runner,
      `INSERT INTO proposal (status, position_id, candidate_id, jobcentre_id, cross_municipality, created_at, updated_at)
       SELECT $1::proposal_status, pos.id, c.id, c.jobcentre_id, c.municipality_code <> pos.municipality_code, $4, $4
       FROM candidate c, position pos WHERE c.id = $2 AND pos.id = $3 RETURNING id`,
      [options.status ?? 'PROPOSED', candidateId, positionId, createdAt],
    );
    if (!row) throw new Error('candidate or position missing');
    return { id: row.id, positionId };
  }

  /**
   * A programme with its accepted proposal; the proposal is dated long before
   * any test period (2020), so it counts as a proposal in no test.
   */
  async programme(
    candidateId: string,
    programme: {
      kind: ProgrammeKind;
      status: StartedStatus | 'WITHDRAWN';
      startDate: CalendarDate;
      positionMunicipalityCode: number;
      endDate?: CalendarDate;
      terminatedOn?: CalendarDate;
    },
  ): Promise<void> {
    const proposal = await this.proposal(candidateId, '2020-01-15T12:00:00Z', {
      positionMunicipalityCode: programme.positionMunicipalityCode,
      kind: programme.kind,
      status: 'ACCEPTED',
    });
    await this.runner.query(
      `INSERT INTO programme (kind, status, proposal_id, position_id, candidate_id, company_id, union_id, start_date, end_date,
         weekly_work_hours, terminated_on)
       VALUES ($1::programme_kind, $2::programme_status, $3, $4, $5, $6, CASE WHEN $1 = 'IGU' THEN $7::uuid END, $8, $9, 30, $10)`,
      [
        programme.kind,
        programme.status,
        proposal.id,
        proposal.positionId,
        candidateId,
        this.companyId,
        this.unionId,
        programme.startDate,
        programme.endDate ?? endDateOf(programme.kind, programme.startDate),
        programme.terminatedOn ?? null,
      ],
    );
  }
}
