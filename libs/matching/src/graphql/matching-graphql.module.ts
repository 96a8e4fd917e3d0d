import { Module } from '@nestjs/common';
import { PositionsModule } from '@igu/positions';
import { ProposalsModule } from '@igu/proposals';
import { ReferenceDataModule } from '@igu/reference-data';
import { MatchQueryService } from './match-query.service.js';
import {
  CandidateMatchesResolver,
  MatchFieldsResolver,
  MatchingJobsResolver,
  PositionMatchesResolver,
  ScoreBreakdownResolver,
} from './matching.resolver.js';

/** GraphQL surface of matching; imported by the API only (which never runs the jobs). */
@Module({
  imports: [PositionsModule, ProposalsModule, ReferenceDataModule],
  providers: [MatchQueryService, PositionMatchesResolver, CandidateMatchesResolver, MatchFieldsResolver, ScoreBreakdownResolver, MatchingJobsResolver],
})
export class MatchingGraphqlModule {}
