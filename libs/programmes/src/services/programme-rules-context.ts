import { checkIguEligibility, type ResidenceBasis } from '@igu/eligibility';
import {
  evaluateProgramme,
  isProgrammeDate,
  type ProgrammeDraft,
  type ProgrammeRuleContext,
  type RuleViolation,
  RATIO_COUNTED_KINDS,
  RATIO_COUNTED_STATUSES,
  STARTED_PROGRAMME_STATUSES,
} from '@igu/programme-rules';
import type { EntityManager } from 'typeorm';
import type { ProgrammeEntity } from '../entities/programme.entity.js';

interface ContextRow {
  id: string;
  public_employer: boolean;
  employee_count: number;
  date_of_birth: string;
  residence_basis: ResidenceBasis;
  arrived_in_denmark_on: string;
  had_igu: boolean;
  concurrent: number;
}

/**
 * What the rules need besides the programmes themselves, for many programmes in
 * one statement (a page of programmes costs one query, not one per programme).
 * Ratio rule (docs/domain.md §3): other INTERNSHIP/WAGE_SUBSIDY programmes of the company in
 * the counted statuses whose periods overlap. One IGU per person: a declared
 * prior IGU, the candidate's recorded IGU start (unless this programme is the
 * one that started), or another IGU programme of the candidate that started.
 */
async function contextRows(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ContextRow>> {
  if (ids.length === 0) return new Map();
  const rows: ContextRow[] = await manager.query(
    `SELECT g.id, co.public_employer, co.employee_count,
            c.date_of_birth, c.residence_basis, c.arrived_in_denmark_on,
            (c.prior_igu
              OR (c.igu_started_on IS NOT NULL AND NOT g.status::text = ANY($4))
              OR EXISTS (SELECT 1 FROM programme o WHERE o.candidate_id = g.candidate_id AND o.id <> g.id
                           AND o.kind = 'IGU' AND o.status::text = ANY($4))) AS had_igu,
            (SELECT count(*)::int FROM programme o
              WHERE o.company_id = g.company_id AND o.id <> g.id AND o.kind::text = ANY($2) AND o.status::text = ANY($3)
                AND o.start_date <= COALESCE(g.end_date, 'infinity'::date)
                AND COALESCE(o.end_date, 'infinity'::date) >= g.start_date) AS concurrent
     FROM programme g JOIN company co ON co.id = g.company_id JOIN candidate c ON c.id = g.candidate_id
     WHERE g.id = ANY($1::uuid[])`,
    [ids, RATIO_COUNTED_KINDS, RATIO_COUNTED_STATUSES, STARTED_PROGRAMME_STATUSES],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function evaluate(programme: ProgrammeEntity, row: ContextRow, eligibilityOn: string): RuleViolation[] {
  const draft: ProgrammeDraft = {
    kind: programme.kind,
    startDate: programme.startDate,
    endDate: programme.endDate,
    weeklyWorkHours: programme.weeklyWorkHours,
    hourlyWageDkk: programme.hourlyWageDkk,
    collectiveAgreement: programme.collectiveAgreement,
    unionId: programme.unionId,
    schoolPeriods: programme.schoolPeriods,
    employeeRepresentativeStatement: programme.employeeRepresentativeStatement,
    noOrdinaryEmploymentLast3Months: programme.noOrdinaryEmploymentLast3Months,
  };
  const context: ProgrammeRuleContext = {
    company: { publicEmployer: row.public_employer, employeeCount: row.employee_count },
    otherConcurrentProgrammes: row.concurrent,
    iguEligibility:
      programme.kind === 'IGU' && isProgrammeDate(eligibilityOn)
        ? checkIguEligibility(
            {
              dateOfBirth: row.date_of_birth,
              residenceBasis: row.residence_basis,
              arrivedInDenmarkOn: row.arrived_in_denmark_on,
              priorIgu: row.had_igu,
            },
            eligibilityOn,
          )
        : { eligible: true, reasons: [] }, // an unusable date is reported as DATE_OUT_OF_RANGE instead
  };
  return evaluateProgramme(draft, context);
}

/** Rule violations of each programme, in order; eligibility at its start date. */
export async function ruleViolationsOfMany(manager: EntityManager, programmes: readonly ProgrammeEntity[]): Promise<RuleViolation[][]> {
  const rows = await contextRows(
    manager,
    programmes.map((programme) => programme.id),
  );
  return programmes.map((programme) => {
    const row = rows.get(programme.id);
    return row ? evaluate(programme, row, programme.startDate) : [];
  });
}

/**
 * Rule violations of one programme; `eligibilityOn` is the day eligibility is
 * judged (the start date, or the actual start when it runs later).
 */
export async function ruleViolationsOf(
  manager: EntityManager,
  programme: ProgrammeEntity,
  eligibilityOn = programme.startDate,
): Promise<RuleViolation[]> {
  const row = (await contextRows(manager, [programme.id])).get(programme.id);
  return row ? evaluate(programme, row, eligibilityOn) : [];
}
