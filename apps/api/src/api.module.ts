import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig, ConfigModule } from '@igu/config';
import { appDataSourceOptions } from '@igu/data-source';
import { buildApolloOptions } from '@igu/graphql';
import { HealthModule, httpLoggerParams } from '@igu/observability';
import { QueueModule } from '@igu/queue';
import { ReferenceDataGraphqlModule } from '@igu/reference-data';
import { Logger, LoggerModule } from 'nestjs-pino';

/** The HTTP process: GraphQL and health. Enqueues through the outbox; never runs a job. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(httpLoggerParams(config, 'api')),
        TypeOrmModule.forRoot(appDataSourceOptions(config, 'igu-api')),
        QueueModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Logger],
          useFactory: (logger: Logger) =>
            buildApolloOptions(config, (error) => logger.error({ err: error }, 'unexpected error in GraphQL request')),
        }),
        HealthModule.forRoot(),
        ReferenceDataGraphqlModule,
      ],
    };
  }
}
