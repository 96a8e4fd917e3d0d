import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@igu/access';
import { AuthModule } from '@igu/auth';
import { CandidatesModule } from '@igu/candidates';
import { HandoverModule } from '@igu/handover';
import { CompaniesModule } from '@igu/companies';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { MatchQueryService, PROPOSED_PAIR_SQL } from '@igu/matching';
import { PositionsModule } from '@igu/positions';
import { ProgrammesModule } from '@igu/programmes';
import { proposedPairSql, ProposalsModule } from '@igu/proposals';
import { PinoLogger } from 'nestjs-pino';
import { NotificationBus } from './delivery/notification-bus.js';
import { mailSenderProvider, MAIL_SENDER } from './delivery/mail-sender.provider.js';
import { NotificationException } from './errors/notification.exception.js';
import { notificationExceptionToAppError } from './graphql/notification-exception.mapper.js';
import { NotificationResolver } from './graphql/notification.resolver.js';
import { NotificationEvents } from './services/notification-events.js';
import { NotificationFeed } from './services/notification-feed.js';
import { NotificationPersonalData } from './services/notification-personal-data.js';
import { NotificationService } from './services/notification.service.js';
import { NotificationStore } from './services/notification-store.js';
import { ReminderSweep } from './services/reminder-sweep.js';

@Injectable()
class NotificationBusLifecycle implements OnApplicationShutdown {
  constructor(@Inject(NotificationBus) private readonly bus: NotificationBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** Core: the notification tables, live bus, mail sender and the services that write notices. */
@Module({
  imports: [AuthModule, CandidatesModule, CompaniesModule, PositionsModule, ProposalsModule, ProgrammesModule, HandoverModule],
  providers: [
    NotificationPersonalData,
    NotificationStore,
    NotificationService,
    NotificationFeed,
    NotificationEvents,
    ReminderSweep,
    mailSenderProvider,
    { provide: PROPOSED_PAIR_SQL, useValue: proposedPairSql },
    MatchQueryService,
    {
      provide: NotificationBus,
      inject: [APP_CONFIG, PinoLogger],
      useFactory: (config: AppConfig, logger: PinoLogger) => NotificationBus.create(config, { warn: (message) => logger.warn(message) }),
    },
    NotificationBusLifecycle,
  ],
  exports: [NotificationStore, NotificationService, NotificationFeed, NotificationEvents, ReminderSweep, NotificationBus, MAIL_SENDER],
})
export class NotificationsModule {}

/** `node(id)` finds a notification for its recipient only. */
@Injectable()
class NotificationNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry<Actor>,
    @Inject(NotificationStore) private readonly store: NotificationStore,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Notification', async (id, viewer) => (await this.store.ownById(viewer.userId, id)) ?? null);
  }
}

/** GraphQL surface (query, mutations, `notificationAdded`); imported by the API only. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationResolver, NotificationNodes, exceptionMapperProvider(NotificationException, notificationExceptionToAppError)],
})
export class NotificationsGraphqlModule {}
