import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { CandidateProfileService } from '@igu/candidates';
import { Clock } from '@igu/clock';
import { PositionQueryService } from '@igu/positions';
import type { Response } from 'express';
import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';
import { ProposalQueryService } from '../services/proposal-query.service.js';
import { interviewCalendar } from './interview-calendar.js';

/**
 * The interview as a calendar file for both sides of a proposal: the
 * position's employer and the proposing jobcentre (who see the proposal).
 * Union representatives and ADMIN never see interviews (403); a proposal the
 * caller may not see, or one without an interview, is 404.
 */
@Controller('proposals')
export class InterviewCalendarController {
  constructor(
    @Inject(ProposalQueryService) private readonly proposals: ProposalQueryService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE)
  @Get(':id/interview.ics')
  @Header('Cache-Control', 'no-store')
  async interview(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const proposal = await this.proposals.byId(actor, id);
    if (!proposal.interviewAt || !proposal.interviewMode) {
      throw new ProposalException(ProposalExceptionCode.NO_INTERVIEW, 'The proposal has no interview');
    }
    const [schedulings, position, profile] = await Promise.all([
      this.proposals.interviewSchedulingCount(proposal.id),
      this.positions.byIds([proposal.positionId]).then((rows) => rows.at(0)),
      this.profiles.byIds([proposal.candidateId]).then((rows) => rows.at(0)),
    ]);
    if (!position || !profile) throw new ProposalException(ProposalExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
    response.type('text/calendar; charset=utf-8');
    response.attachment(`interview-${proposal.id}.ics`);
    return interviewCalendar({
      proposalId: proposal.id,
      at: proposal.interviewAt,
      mode: proposal.interviewMode,
      location: proposal.interviewLocation,
      sequence: Math.max(schedulings - 1, 0),
      cancelled: proposal.status === 'REJECTED' || proposal.status === 'WITHDRAWN',
      positionTitle: position.title,
      candidateReference: profile.reference,
      stamp: this.clock.now(),
    });
  }
}
