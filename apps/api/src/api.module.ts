import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGraphqlModule, bearerToken, SessionSockets, TokenService } from '@igu/auth';
import { CandidatesGraphqlModule } from '@igu/candidates';
import { CompaniesGraphqlModule } from '@igu/companies';
import { ClockModule } from '@igu/clock';
import { DataProtectionGraphqlModule } from '@igu/data-protection';
import { type AppConfig, ConfigModule } from '@igu/config';
import { appDataSourceOptions } from '@igu/data-source';
import { buildApolloOptions, ExceptionMapperRegistry, GraphqlErrorsModule, HttpErrorFilter, NodeModule } from '@igu/graphql';
import { HealthModule, httpLoggerParams, Metrics, MetricsModule } from '@igu/observability';
import { HandoverApiModule } from '@igu/handover';
import { PersonalDataModule } from '@igu/personal-data';
import { MatchingGraphqlModule } from '@igu/matching';
import { NotificationsGraphqlModule } from '@igu/notifications';
import { PositionsGraphqlModule } from '@igu/positions';
import { ProgrammesGraphqlModule } from '@igu/programmes';
import { proposedPairSql, ProposalsGraphqlModule } from '@igu/proposals';
import { QueueModule } from '@igu/queue';
import { ReferenceDataGraphqlModule } from '@igu/reference-data';
import { StatisticsGraphqlModule } from '@igu/statistics';
import { Logger, LoggerModule } from 'nestjs-pino';
import { NodeResolver } from './node.resolver.js';
import { QueueDashboardController } from './queue-dashboard/queue-dashboard.controller.js';
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
        MetricsModule.forRoot('api'),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthGraphqlModule],
          inject: [Logger, TokenService, SessionSockets, ExceptionMapperRegistry, Metrics],
          useFactory: (
            logger: Logger,
            tokens: TokenService,
            sessions: SessionSockets,
            exceptionMappers: ExceptionMapperRegistry,
            metrics: Metrics,
          ) =>
            buildApolloOptions(config, {
              reportError: (error) => logger.error({ err: error }, 'unexpected error in GraphQL request'),
              exceptionMappers,
              observeOperation: (sample) => metrics.observeGraphqlOperation(sample),
              // graphql-ws: the same bearer token, checked once when the socket connects.
              authenticateConnection: async (params) => {
                const token = bearerToken(params.authorization ?? params.Authorization);
                const verified = token ? await tokens.verifyToken(token) : null;
                // The socket closes when the token expires, and when its session is signed out.
                return verified ? { actor: verified.actor, tokenExpiresAt: verified.expiresAt, sessionId: verified.sessionId } : null;
              },
              socketOpened: (identity, socket) =>
                sessions.track(typeof identity.sessionId === 'string' ? identity.sessionId : null, socket),
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
        StatisticsGraphqlModule,
        DataProtectionGraphqlModule,
        NotificationsGraphqlModule,
      ],
      controllers: [QueueDashboardController],
      providers: [
        NodeResolver,
        {
          // The controllers' error answers (GraphQL errors go through Apollo's formatter instead).
          provide: APP_FILTER,
          inject: [Logger, ExceptionMapperRegistry],
          useFactory: (logger: Logger, mappers: ExceptionMapperRegistry) =>
            new HttpErrorFilter(mappers, (error) => logger.error({ err: error }, 'unexpected error in HTTP request')),
        },
      ],
    };
  }
}
