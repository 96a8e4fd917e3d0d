import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { JobHandlerRegistry } from './jobs/job-handlers.js';
import { OutboxRoutes } from './outbox/outbox-routes.js';
import { QueueConnection } from './queue-connection.js';

@Injectable()
class QueueConnectionLifecycle implements OnApplicationShutdown {
  constructor(@Inject(QueueConnection) private readonly queues: QueueConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}

/** The process's queue backend (Redis or PostgreSQL) and the outbox routing table. */
@Global()
@Module({
  providers: [
    { provide: QueueConnection, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new QueueConnection(config) },
    OutboxRoutes,
    JobHandlerRegistry,
    QueueConnectionLifecycle,
  ],
  exports: [QueueConnection, OutboxRoutes, JobHandlerRegistry],
})
export class QueueModule {}
