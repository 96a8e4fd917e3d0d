import { Module } from '@nestjs/common';
import { exceptionMapperProvider } from '@igu/graphql';
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
import { ProposalPersonalData } from './services/proposal-personal-data.js';
import { ProposalException } from './errors/proposal.exception.js';
import { InterviewCalendarController } from './interview/interview-calendar.controller.js';
import { proposalExceptionToAppError } from './graphql/proposal-exception.mapper.js';

@Module({
  imports: [CandidatesModule, PositionsModule],
  providers: [ProposalService, ProposalQueryService, ProposalCommands, ProposalProgrammesPort, ProposalPersonalData],
  exports: [ProposalService, ProposalQueryService, ProposalCommands, ProposalProgrammesPort],
})
export class ProposalsModule {}

/** GraphQL surface of proposals and the interview calendar file; imported by the API only. */
@Module({
  imports: [ProposalsModule, PositionsModule, CandidatesModule, ReferenceDataModule, AuthModule],
  controllers: [InterviewCalendarController],
  providers: [
    ProposalResolver,
    ProposalFieldsResolver,
    ProposalEventFieldsResolver,
    PositionProposalsResolver,
    CandidateProposalsResolver,
    exceptionMapperProvider(ProposalException, proposalExceptionToAppError),
  ],
})
export class ProposalsGraphqlModule {}
