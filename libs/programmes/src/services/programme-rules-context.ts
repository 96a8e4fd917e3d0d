import { checkIguEligibility, type ResidenceBasis } from '@igu/eligibility';
import {
  evaluateProgramme,
  type ProgrammeDraft,
  type RuleViolation,
  RATIO_COUNTED_KINDS,
  RATIO_COUNTED_STATUSES,
} from '@igu/programme-rules';
import type { EntityManager } from 'typeorm';
import type { ProgrammeEntity } from '../entities/programme.entity.js';

/** Loads what the rules need besides the programme itself and evaluates them (domain guide §2–§3). */
export async function ruleViolationsOf(manager: EntityManager, programme: ProgrammeEntity): Promise<RuleViolation[]> {
  const [context] = await manager.query(
    `SELECT co.public_employer, co.employee_count,
            c.date_of_birth, c.residence_basis, c.arrived_in_denmark_on, c.prior_igu,
            (SELECT count(*)::int FROM programme o
              WHERE o.company_id = $1 AND o.id <> $2 AND o.kind::text = ANY($3) AND o.status::text = ANY($4)
                AND o.start_date <= COALESCE($6::date, 'infinity'::date) AND COALESCE(o.end_date, 'infinity'::date) >= $5::date
            ) AS concurrent,
            EXISTS (SELECT 1 FROM programme o WHERE o.candidate_id = $7 AND o.id <> $2 AND o.kind = 'IGU'
                      AND o.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')) AS earlier_igu
     FROM company co, candidate c WHERE co.id = $1 AND c.id = $7`,
    [
      programme.companyId,
      programme.id,
      RATIO_COUNTED_KINDS,
      RATIO_COUNTED_STATUSES,
      programme.startDate,
      programme.endDate,
      programme.candidateId,
    ],
  );
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
  const iguEligibility =
    programme.kind === 'IGU'
      ? checkIguEligibility(
          {
            dateOfBirth: context.date_of_birth,
            residenceBasis: context.residence_basis as ResidenceBasis,
            arrivedInDenmarkOn: context.arrived_in_denmark_on,
            // One IGU per person ever: a prior one, or an earlier IGU programme that reached ACTIVE.
            priorIgu: context.prior_igu || context.earlier_igu,
          },
          programme.startDate,
        )
      : null;
  return evaluateProgramme(draft, {
    company: { publicEmployer: context.public_employer, employeeCount: context.employee_count },
    otherConcurrentProgrammes: context.concurrent,
    iguEligibility,
  });
}
