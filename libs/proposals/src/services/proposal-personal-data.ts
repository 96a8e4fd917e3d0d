import type { CalendarDate } from '@igu/calendar';
import { queryRows } from '@igu/database';
import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

interface ProposalExportRow {
  id: string;
  status: string;
  positionId: string;
  positionTitle: string;
  note: string | null;
  crossMunicipality: boolean;
  interviewAt: Date | null;
  interviewMode: string | null;
  interviewLocation: string | null;
  decisionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface ProposalEventExportRow {
  proposalId: string;
  status: string;
  note: string | null;
  at: Date;
}

/**
 * Proposals of the person with their history. Free text about the person is
 * the proposal's message (`note`), the decision reason and each history note;
 * pseudonymising clears them and keeps statuses and dates (offer statistics).
 * The interview's place (an address, the employer's phone number or a meeting
 * link) is exported but kept: it describes the employer's meeting, not the person.
 * Writing only this library's tables (proposal, proposal_event).
 */
@Injectable()
@PersonalDataContributorOf('proposals')
export class ProposalPersonalData implements PersonalDataContributor {
  readonly section = 'proposals';
  readonly fields = ['proposals.note', 'proposals.decisionReason', 'proposals.interviewAt', 'proposals.history'] as const;

  async exportFor(manager: EntityManager, candidateId: string): Promise<unknown> {
    const proposals = await queryRows<ProposalExportRow>(
      manager,
      `SELECT p.id, p.status, p.position_id AS "positionId", pos.title AS "positionTitle", p.note,
         p.cross_municipality AS "crossMunicipality", p.interview_at AS "interviewAt",
         p.interview_mode AS "interviewMode", p.interview_location AS "interviewLocation", p.decision_reason AS "decisionReason",
         p.created_at AS "createdAt", p.updated_at AS "updatedAt"
       FROM proposal p JOIN position pos ON pos.id = p.position_id WHERE p.candidate_id = $1 ORDER BY p.created_at, p.id`,
      [candidateId],
    );
    const events = await queryRows<ProposalEventExportRow>(
      manager,
      `SELECT e.proposal_id AS "proposalId", e.status, e.note, e.at FROM proposal_event e
       WHERE e.proposal_id IN (SELECT id FROM proposal WHERE candidate_id = $1) ORDER BY e.at, e.id`,
      [candidateId],
    );
    return proposals.map((proposal) => ({
      ...proposal,
      history: events.filter((event) => event.proposalId === proposal.id).map(({ status, note, at }) => ({ status, note, at })),
    }));
  }

  async pseudonymise(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(
      `UPDATE proposal SET note = NULL, decision_reason = NULL
       WHERE candidate_id = $1 AND (note IS NOT NULL OR decision_reason IS NOT NULL)`,
      [candidateId],
    );
    await manager.query(
      `UPDATE proposal_event SET note = NULL
       WHERE note IS NOT NULL AND proposal_id IN (SELECT id FROM proposal WHERE candidate_id = $1)`,
      [candidateId],
    );
  }

  /** The day of the person's last proposal activity (its latest change). */
  async lastActivity(manager: EntityManager, candidateIds: readonly string[]): Promise<Map<string, CalendarDate>> {
    const rows = await queryRows<{ id: string; day: CalendarDate }>(
      manager,
      `SELECT candidate_id AS id, to_char((max(updated_at) AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS day
       FROM proposal WHERE candidate_id = ANY($1::uuid[]) GROUP BY candidate_id`,
      [[...candidateIds]],
    );
    return new Map(rows.map((row) => [row.id, row.day]));
  }
}
