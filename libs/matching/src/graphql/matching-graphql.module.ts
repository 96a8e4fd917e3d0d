import { type DynamicModule, Module } from '@nestjs/common';
import { CandidatesModule } from '@igu/candidates';
import { MatchingPersonalDataModule } from '../matching.module.js';
import { PositionsModule } from '@igu/positions';
import { ReferenceDataModule } from '@igu/reference-data';
import { MatchQueryService } from './match-query.service.js';
import { PROPOSED_PAIR_SQL, type ProposedPairSql } from './match-visibility.js';
import {
  CandidateMatchesResolver,
  MatchFieldsResolver,
  MatchingJobsResolver,
  PositionMatchesResolver,
  ScoreBreakdownResolver,
} from './matching.resolver.js';

export interface MatchingGraphqlOptions {
  /** Who may see a match depends on proposals, which matching cannot import. */
  proposedPairSql: ProposedPairSql;
}

/** GraphQL surface of matching; imported by the API only (which never runs the jobs). */
@Module({})
export class MatchingGraphqlModule {
  static forRoot(options: MatchingGraphqlOptions): DynamicModule {
    return {
      module: MatchingGraphqlModule,
      imports: [PositionsModule, CandidatesModule, ReferenceDataModule, MatchingPersonalDataModule],
      providers: [
        { provide: PROPOSED_PAIR_SQL, useValue: options.proposedPairSql },
        MatchQueryService,
        PositionMatchesResolver,
        CandidateMatchesResolver,
        MatchFieldsResolver,
        ScoreBreakdownResolver,
        MatchingJobsResolver,
      ],
    };
  }
}
