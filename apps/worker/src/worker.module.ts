import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthJobsModule } from '@igu/auth';
import { ClockModule } from '@igu/clock';
import { type AppConfig, ConfigModule } from '@igu/config';
import { appDataSourceOptions } from '@igu/data-source';
import { HealthModule, httpLoggerParams, MetricsModule } from '@igu/observability';
import { CandidatesModule } from '@igu/candidates';
import { DataProtectionJobsModule } from '@igu/data-protection';
import { HandoverJobsModule } from '@igu/handover';
import { MatchingJobsModule } from '@igu/matching';
import { NotificationJobsModule } from '@igu/notifications';
import { PersonalDataModule } from '@igu/personal-data';
import { ProgrammesModule } from '@igu/programmes';
import { ProposalsModule } from '@igu/proposals';
import { OutboxRelayService, QueueModule, QueueWorkersService } from '@igu/queue';
import { LoggerModule } from 'nestjs-pino';
import { OutboxContract } from './outbox-contract.js';

/** The job process: outbox relay and BullMQ processors; HTTP only for health. Never migrates. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(config),
        LoggerModule.forRoot(httpLoggerParams(config, 'worker')),
        TypeOrmModule.forRoot(appDataSourceOptions(config, 'igu-worker')),
        QueueModule,
        MetricsModule.forRoot('worker'),
        HealthModule.forRoot(),
        MatchingJobsModule,
        // The features holding personal data (the retention job's contributors and the notifications' recipients).
        PersonalDataModule,
        CandidatesModule,
        ProposalsModule,
        ProgrammesModule,
        DataProtectionJobsModule,
        NotificationJobsModule,
        HandoverJobsModule,
        AuthJobsModule,
      ],
      providers: [OutboxContract, OutboxRelayService, QueueWorkersService],
    };
  }
}
