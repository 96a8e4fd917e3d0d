export { ProposalEntity } from './entities/proposal.entity.js';
export { ProposalEventEntity } from './entities/proposal-event.entity.js';
import { ProposalEventEntity as ProposalEvent } from './entities/proposal-event.entity.js';
import { ProposalEntity as Proposal } from './entities/proposal.entity.js';

export const proposalEntities = [Proposal, ProposalEvent];
