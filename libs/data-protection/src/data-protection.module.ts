import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuthModule } from '@igu/auth';
import { exceptionMapperProvider } from '@igu/graphql';
import { JobHandlerRegistry } from '@igu/queue';
import { DataProtectionException } from './errors/data-protection.exception.js';
import { dataProtectionExceptionToAppError } from './graphql/data-protection-exception.mapper.js';
import {
  CandidateDataProtectionResolver,
  ConsentChangeFieldsResolver,
  DataProtectionResolver,
  PersonalDataAccessFieldsResolver,
  PersonalDataReaderFieldsResolver,
} from './graphql/data-protection.resolver.js';
import { CandidateExportController } from './http/candidate-export.controller.js';
import { DAILY_RETENTION, retentionProcessor } from './jobs/retention.processor.js';
import { AccessReviewService } from './services/access-review.service.js';
import { CandidateErasureService } from './services/candidate-erasure.service.js';
import { PersonalDataContributors } from './services/personal-data-contributors.js';
import { RetentionService } from './services/retention.service.js';
import { SubjectExportService } from './services/subject-export.service.js';

/**
 * Core: access review, subject access export, erasure and retention, composed
 * from the `PersonalDataContributor`s of the features the app imports.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [PersonalDataContributors, AccessReviewService, CandidateErasureService, SubjectExportService, RetentionService],
  exports: [PersonalDataContributors, AccessReviewService, CandidateErasureService, SubjectExportService, RetentionService],
})
export class DataProtectionModule {}

/** GraphQL and the export route; imported by the API only. */
@Module({
  imports: [DataProtectionModule, AuthModule],
  controllers: [CandidateExportController],
  providers: [
    DataProtectionResolver,
    CandidateDataProtectionResolver,
    PersonalDataAccessFieldsResolver,
    ConsentChangeFieldsResolver,
    PersonalDataReaderFieldsResolver,
    exceptionMapperProvider(DataProtectionException, dataProtectionExceptionToAppError),
  ],
})
export class DataProtectionGraphqlModule {}

@Injectable()
class DataProtectionJobs implements OnModuleInit {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(RetentionService) private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(retentionProcessor(this.retention));
    this.registry.schedule(DAILY_RETENTION);
  }
}

/** Worker side: the daily retention job. */
@Module({ imports: [DataProtectionModule], providers: [DataProtectionJobs] })
export class DataProtectionJobsModule {}
