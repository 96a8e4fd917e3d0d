import type { CalendarDate } from '@igu/calendar';
import { queryRows } from '@igu/database';
import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Why a person may not be erased while this holds: the programme is being carried out. */
export const PROGRAMME_ACTIVE = 'PROGRAMME_ACTIVE';

/**
 * Programmes of the person with the union's decisions. Free text about the
 * person: the employee representative's statement, withdrawal and termination
 * reasons, the union's comments and school period descriptions; pseudonymising
 * clears them and keeps kinds, statuses and dates (statistics). The collective
 * agreement's name is about the workplace, not the person, and stays.
 */
@Injectable()
@PersonalDataContributorOf('programmes')
export class ProgrammePersonalData implements PersonalDataContributor {
  readonly section = 'programmes';
  readonly fields = [
    'programmes.employeeRepresentativeStatement',
    'programmes.withdrawalReason',
    'programmes.terminationReason',
    'programmes.schoolPeriods',
    'programmes.approvals',
  ] as const;

  async exportFor(manager: EntityManager, candidateId: string): Promise<unknown> {
    const programmes = await queryRows<{ id: string } & Record<string, unknown>>(
      manager,
      `SELECT id, kind, status, proposal_id AS "proposalId", position_id AS "positionId", start_date AS "startDate",
         end_date AS "endDate", weekly_work_hours AS "weeklyWorkHours", hourly_wage_dkk::float8 AS "hourlyWageDkk",
         collective_agreement AS "collectiveAgreement", school_periods AS "schoolPeriods",
         employee_representative_statement AS "employeeRepresentativeStatement", submitted_at AS "submittedAt",
         withdrawal_reason AS "withdrawalReason", terminated_on AS "terminatedOn", termination_reason AS "terminationReason",
         created_at AS "createdAt", updated_at AS "updatedAt"
       FROM programme WHERE candidate_id = $1 ORDER BY created_at, id`,
      [candidateId],
    );
    const approvals = await queryRows<{ programmeId: string; decision: string; comment: string | null; decidedAt: Date }>(
      manager,
      `SELECT programme_id AS "programmeId", decision, comment, decided_at AS "decidedAt" FROM programme_approval
       WHERE programme_id IN (SELECT id FROM programme WHERE candidate_id = $1) ORDER BY decided_at, id`,
      [candidateId],
    );
    return programmes.map((programme) => ({
      ...programme,
      approvals: approvals
        .filter((approval) => approval.programmeId === programme.id)
        .map(({ decision, comment, decidedAt }) => ({ decision, comment, decidedAt })),
    }));
  }

  async pseudonymise(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(
      `UPDATE programme SET employee_representative_statement = NULL, withdrawal_reason = NULL, termination_reason = NULL,
         school_periods = (SELECT coalesce(jsonb_agg(period - 'description' ORDER BY ordinal), '[]'::jsonb)
                           FROM jsonb_array_elements(school_periods) WITH ORDINALITY AS p(period, ordinal))
       WHERE candidate_id = $1`,
      [candidateId],
    );
    await manager.query(
      `UPDATE programme_approval SET comment = NULL
       WHERE comment IS NOT NULL AND programme_id IN (SELECT id FROM programme WHERE candidate_id = $1)`,
      [candidateId],
    );
  }

  /** The latest of the programmes' end (termination, end date) and their last change. */
  async lastActivity(manager: EntityManager, candidateIds: readonly string[]): Promise<Map<string, CalendarDate>> {
    const rows = await queryRows<{ id: string; day: CalendarDate }>(
      manager,
      `SELECT candidate_id AS id, to_char(max(greatest(coalesce(terminated_on, end_date, start_date),
         (updated_at AT TIME ZONE 'Europe/Copenhagen')::date)), 'YYYY-MM-DD') AS day
       FROM programme WHERE candidate_id = ANY($1::uuid[]) GROUP BY candidate_id`,
      [[...candidateIds]],
    );
    return new Map(rows.map((row) => [row.id, row.day]));
  }

  async erasureBlocker(manager: EntityManager, candidateId: string): Promise<string | null> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT id FROM programme WHERE candidate_id = $1 AND status = 'ACTIVE' LIMIT 1`,
      [candidateId],
    );
    return rows.length ? PROGRAMME_ACTIVE : null;
  }
}
