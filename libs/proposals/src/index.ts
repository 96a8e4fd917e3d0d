export { ProposalEntity } from './entities/proposal.entity.js';
export { INTERVIEW_MODES, InterviewMode, type InterviewPlace, interviewPlace } from './interview/interview-place.js';
export { ProposalEventEntity } from './entities/proposal-event.entity.js';
export { assertTextLimits, ProposalService, type ProposeInput } from './services/proposal.service.js';
export { ProposalCommands, type ProposalForProgramme, proposedPairSql } from './services/proposal-commands.js';
export { type ProposalProgramme, type ProposalProgrammes, ProposalProgrammesPort } from './services/proposal-programmes.port.js';
export {
  PROPOSAL_AGGREGATE,
  type ProposalCreatedPayload,
  ProposalEvent,
  type ProposalStatusChangedPayload,
} from './events/proposal.events.js';
export { mayNameUser, type OrganisationMember } from './services/organisation.js';
export { ProposalQueryService, type ProposalListFilter } from './services/proposal-query.service.js';
export { isRestricted, restrictedProposal } from './graphql/restricted-proposal.js';
export { ProposalObject, ProposalConnection, CandidateContactObject } from './graphql/proposal.objects.js';
export { ProposalsGraphqlModule, ProposalsModule } from './proposals.module.js';
import { ProposalEventEntity as ProposalEvent } from './entities/proposal-event.entity.js';
import { ProposalEntity as Proposal } from './entities/proposal.entity.js';

export const proposalEntities = [Proposal, ProposalEvent];
export { ProposalException, ProposalExceptionCode } from './errors/proposal.exception.js';
