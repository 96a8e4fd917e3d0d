import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGraphqlModule, bearerToken, TokenService } from '@igu/auth';
import { CandidatesGraphqlModule } from '@igu/candidates';
import { CompaniesGraphqlModule } from '@igu/companies';
import { ClockModule } from '@igu/clock';
import { type AppConfig, ConfigModule } from '@igu/config';
import { appDataSourceOptions } from '@igu/data-source';
import { buildApolloOptions, ExceptionMapperRegistry, GraphqlErrorsModule, NodeModule } from '@igu/graphql';
import { HandoverApiModule } from '@igu/handover';
import { HealthModule, httpLoggerParams } from '@igu/observability';
import { PersonalDataModule } from '@igu/personal-data';
import { MatchingGraphqlModule } from '@igu/matching';
import { PositionsGraphqlModule } from '@igu/positions';
import { ProgrammesGraphqlModule } from '@igu/programmes';
import { proposedPairSql, ProposalsGraphqlModule } from '@igu/proposals';
import { QueueModule } from '@igu/queue';
import { ReferenceDataGraphqlModule } from '@igu/reference-data';
import { Logger, LoggerModule } from 'nestjs-pino';
import { NodeResolver } from './node.resolver.js';
import type { DestinationStream } from 'pino';

export interface ApiOptions {
  /** Where logs go instead of stdout (tests that check what the process logs). */
  logDestination?: DestinationStream;
}

/** The HTTP process: GraphQL and health. Never runs a job: mutations record outbox events, and `recomputeMatches` adds its job to the queue directly. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(config),
        LoggerModule.forRoot(httpLoggerParams(config, 'api', options.logDestination)),
        TypeOrmModule.forRoot(appDataSourceOptions(config, 'igu-api')),
        QueueModule,
        PersonalDataModule,
        NodeModule,
        GraphqlErrorsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthGraphqlModule],
          inject: [Logger, TokenService, ExceptionMapperRegistry],
          useFactory: (logger: Logger, tokens: TokenService, exceptionMappers: ExceptionMapperRegistry) =>
            buildApolloOptions(config, {
              reportError: (error) => logger.error({ err: error }, 'unexpected error in GraphQL request'),
              exceptionMappers,
              // graphql-ws: the same bearer token, checked once when the socket connects.
              authenticateConnection: async (params) => {
                const token = bearerToken(params.authorization ?? params.Authorization);
                const actor = token ? await tokens.verify(token) : null;
                return actor ? { actor } : null;
              },
            }),
        }),
        HealthModule.forRoot(),
        AuthGraphqlModule,
        ReferenceDataGraphqlModule,
        CompaniesGraphqlModule,
        PositionsGraphqlModule,
        CandidatesGraphqlModule,
        ProposalsGraphqlModule,
        ProgrammesGraphqlModule,
        HandoverApiModule,
        MatchingGraphqlModule.forRoot({ proposedPairSql }),
      ],
      providers: [NodeResolver],
    };
  }
}
