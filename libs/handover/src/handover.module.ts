import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { CandidatesModule } from '@igu/candidates';
import { type Actor } from '@igu/access';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { JobHandlerRegistry, OutboxRoutes, QueueName } from '@igu/queue';
import { HandoverException } from './errors/handover.exception.js';
import { HandoverEvent } from './events/handover.events.js';
import { handoverExceptionToAppError } from './graphql/handover-exception.mapper.js';
import { HandoverImportResolver } from './graphql/handover-import.resolver.js';
import { HandoverImportController } from './http/handover-import.controller.js';
import { HandoverJob, handoverImportProcessor, HOURLY_FILE_SWEEP, sweepFilesProcessor } from './jobs/handover-import.processor.js';
import { HandoverFileStore } from './services/handover-file-store.js';
import { HandoverImportRunner } from './services/handover-import.runner.js';
import { HandoverMaintenance } from './services/handover-maintenance.js';
import { HandoverQueryService } from './services/handover-query.service.js';
import { HandoverUploadService } from './services/handover-upload.service.js';

/** Core: the encrypted file store and the import's reads (FieldCipher comes from the global PersonalDataModule). */
@Module({
  imports: [CandidatesModule],
  providers: [HandoverFileStore, HandoverQueryService, HandoverUploadService, HandoverImportRunner, HandoverMaintenance],
  exports: [HandoverFileStore, HandoverQueryService, HandoverUploadService, HandoverImportRunner, HandoverMaintenance],
})
export class HandoverModule {}

/** `node(id)` shows an import to the jobcentre that uploaded it only. */
@Injectable()
class HandoverNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry<Actor>,
    @Inject(HandoverQueryService) private readonly queries: HandoverQueryService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('HandoverImport', (id, viewer) => this.queries.find(viewer, id));
  }
}

/** The API's surface: `POST /imports/handover`, the problems CSV, `handoverImport(s)`. */
@Module({
  imports: [HandoverModule],
  controllers: [HandoverImportController],
  providers: [HandoverImportResolver, HandoverNodes, exceptionMapperProvider(HandoverException, handoverExceptionToAppError)],
})
export class HandoverApiModule {}

/** The outbox topic handover's jobs consume. */
export function registerHandoverRoutes(routes: OutboxRoutes): void {
  routes.register(HandoverEvent.IMPORT_REQUESTED, { queue: QueueName.IMPORTS, jobName: HandoverJob.IMPORT });
}

@Injectable()
class HandoverJobs implements OnModuleInit {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(OutboxRoutes) private readonly routes: OutboxRoutes,
    @Inject(HandoverImportRunner) private readonly runner: HandoverImportRunner,
    @Inject(HandoverMaintenance) private readonly maintenance: HandoverMaintenance,
  ) {}

  onModuleInit(): void {
    registerHandoverRoutes(this.routes);
    this.registry.register(handoverImportProcessor(this.runner));
    this.registry.register(sweepFilesProcessor(this.maintenance));
    this.registry.schedule(HOURLY_FILE_SWEEP);
  }
}

/** Worker side: the import job and the hourly sweep of old files. */
@Module({ imports: [HandoverModule], providers: [HandoverJobs] })
export class HandoverJobsModule {}
