import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { QueueConnection } from '../queue-connection.js';
import { OutboxRelay } from './outbox-relay.js';
import { OutboxRoutes } from './outbox-routes.js';

/** Runs the outbox relay inside the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(QueueConnection) queues: QueueConnection,
    @Inject(OutboxRoutes) routes: OutboxRoutes,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PinoLogger) logger: PinoLogger,
  ) {
    this.relay = new OutboxRelay(dataSource, queues, routes, logger.logger, {
      databaseUrl: config.DATABASE_URL,
      pollMs: config.OUTBOX_POLL_MS,
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  /** Before the pool and the queues close (their hooks run at application shutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
