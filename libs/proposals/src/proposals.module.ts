import { Module } from '@nestjs/common';
import { AuthModule } from '@igu/auth';
import { CandidatesModule } from '@igu/candidates';
import { PositionsModule } from '@igu/positions';
import { ReferenceDataModule } from '@igu/reference-data';
import {
  CandidateProposalsResolver,
  PositionProposalsResolver,
  ProposalEventFieldsResolver,
  ProposalFieldsResolver,
} from './graphql/proposal-fields.resolver.js';
import { ProposalResolver } from './graphql/proposal.resolver.js';
import { ProposalQueryService } from './services/proposal-query.service.js';
import { ProposalCommands } from './services/proposal-commands.js';
import { ProposalProgrammesPort } from './services/proposal-programmes.port.js';
import { ProposalService } from './services/proposal.service.js';

@Module({
  imports: [CandidatesModule, PositionsModule],
  providers: [ProposalService, ProposalQueryService, ProposalCommands, ProposalProgrammesPort],
  exports: [ProposalService, ProposalQueryService, ProposalCommands, ProposalProgrammesPort],
})
export class ProposalsModule {}

/** GraphQL surface of proposals; imported by the API only. */
@Module({
  imports: [ProposalsModule, PositionsModule, CandidatesModule, ReferenceDataModule, AuthModule],
  providers: [
    ProposalResolver,
    ProposalFieldsResolver,
    ProposalEventFieldsResolver,
    PositionProposalsResolver,
    CandidateProposalsResolver,
  ],
})
export class ProposalsGraphqlModule {}
