import { Module } from '@nestjs/common';
import { exceptionMapperProvider } from '@igu/graphql';
import { AuthModule } from '@igu/auth';
import { CandidatesModule } from '@igu/candidates';
import { CompaniesModule } from '@igu/companies';
import { PositionsModule } from '@igu/positions';
import { ProposalsModule } from '@igu/proposals';
import { ReferenceDataModule } from '@igu/reference-data';
import { ApprovalFieldsResolver, ProgrammeFieldsResolver, ProposalProgrammeResolver } from './graphql/programme-fields.resolver.js';
import { ProgrammeResolver } from './graphql/programme.resolver.js';
import { ProgrammeQueryService } from './services/programme-query.service.js';
import { ProgrammeLinks } from './services/programme-links.js';
import { ProgrammeService } from './services/programme.service.js';
import { ProgrammePersonalData } from './services/programme-personal-data.js';
import { ProgrammeException } from './errors/programme.exception.js';
import { AgreementController } from './agreement/agreement.controller.js';
import { AgreementDataService } from './agreement/agreement-data.service.js';
import { programmeExceptionToAppError } from './graphql/programme-exception.mapper.js';

@Module({
  imports: [ProposalsModule, PositionsModule, CandidatesModule],
  providers: [ProgrammeService, ProgrammeQueryService, ProgrammeLinks, ProgrammePersonalData],
  exports: [ProgrammeService, ProgrammeQueryService],
})
export class ProgrammesModule {}

/** GraphQL surface of programmes and the agreement PDF; imported by the API only. */
@Module({
  imports: [ProgrammesModule, ProposalsModule, PositionsModule, CandidatesModule, CompaniesModule, ReferenceDataModule, AuthModule],
  controllers: [AgreementController],
  providers: [
    AgreementDataService,
    ProgrammeResolver,
    ProgrammeFieldsResolver,
    ApprovalFieldsResolver,
    ProposalProgrammeResolver,
    exceptionMapperProvider(ProgrammeException, programmeExceptionToAppError),
  ],
})
export class ProgrammesGraphqlModule {}
