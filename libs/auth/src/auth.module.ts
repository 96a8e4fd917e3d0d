import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { type Actor, Role } from '@igu/access';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { CompaniesModule } from '@igu/companies';
import { ReferenceDataModule } from '@igu/reference-data';
import { JobHandlerRegistry } from '@igu/queue';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthResolver } from './graphql/auth.resolver.js';
import { UserResolver } from './graphql/user.resolver.js';
import { AuthGuard } from './guards/auth.guard.js';
import { AuthService } from './services/auth.service.js';
import { LoginThrottleService } from './services/login-throttle.service.js';
import { PasswordHasher } from './services/password-hasher.js';
import { RegistrationThrottleService } from './services/registration-throttle.service.js';
import { TokenService } from './services/token.service.js';
import { UserService } from './services/user.service.js';
import { ApiRateLimitService } from './services/api-rate-limit.service.js';
import { AuthException } from './errors/auth.exception.js';
import { authExceptionToAppError } from './graphql/auth-exception.mapper.js';
import { SessionController } from './sessions/session.controller.js';
import { SessionService } from './sessions/session.service.js';
import { SessionSockets } from './sessions/session-revocations.js';
import { RateLimitStore } from './services/rate-limit-store.js';
import { AuthMaintenance } from './services/auth-maintenance.js';
import { DAILY_AUTH_SWEEP, sweepExpiredProcessor } from './jobs/auth-maintenance.processor.js';

@Injectable()
class BootstrapAdmin implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UserService) private readonly users: UserService,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    if (email && password && (await this.users.ensureBootstrapAdmin(email, password))) {
      this.logger.info('bootstrap admin created');
    }
  }
}

/** A user is visible through `node(id)` to themself and to administrators. */
@Injectable()
class UserNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry<Actor>,
    @Inject(UserService) private readonly users: UserService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', async (id, viewer) =>
      viewer.role === Role.ADMIN || viewer.userId === id ? ((await this.users.byIds([id]))[0] ?? null) : null,
    );
  }
}

@Injectable()
class RateLimitStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(RateLimitStore) private readonly store: RateLimitStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The API counts requests: its start opens the rate-limit store's Redis connection (the worker never does). */
@Injectable()
class RateLimitStoreConnection implements OnApplicationBootstrap {
  constructor(@Inject(RateLimitStore) private readonly store: RateLimitStore) {}

  onApplicationBootstrap(): Promise<void> {
    return this.store.connect();
  }
}

/** Accounts, tokens and login; core services for every process that needs them. */
@Module({
  imports: [CompaniesModule],
  providers: [
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    {
      provide: RateLimitStore,
      inject: [DataSource, APP_CONFIG, PinoLogger],
      useFactory: (dataSource: DataSource, config: AppConfig, logger: PinoLogger) =>
        new RateLimitStore(dataSource, config, { info: (message) => logger.info(message), warn: (message) => logger.warn(message) }),
    },
    RateLimitStoreLifecycle,
    TokenService,
    UserService,
    AuthService,
    LoginThrottleService,
    RegistrationThrottleService,
    SessionService,
  ],
  exports: [TokenService, UserService, AuthService, PasswordHasher, SessionService, RateLimitStore],
})
export class AuthModule {}

/** The API's side: the global deny-by-default guard, resolvers, session endpoints and sockets, bootstrap admin. */
@Module({
  imports: [AuthModule, CompaniesModule, ReferenceDataModule],
  controllers: [SessionController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    AuthResolver,
    UserResolver,
    BootstrapAdmin,
    UserNodes,
    ApiRateLimitService,
    RateLimitStoreConnection,
    SessionSockets,
    exceptionMapperProvider(AuthException, authExceptionToAppError),
  ],
  exports: [AuthModule, ApiRateLimitService, SessionSockets],
})
export class AuthGraphqlModule {}

@Injectable()
class AuthJobs implements OnModuleInit {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(AuthMaintenance) private readonly maintenance: AuthMaintenance,
  ) {}

  onModuleInit(): void {
    this.registry.register(sweepExpiredProcessor(this.maintenance));
    this.registry.schedule(DAILY_AUTH_SWEEP);
  }
}

/** Worker side: the daily sweep of expired rate-limit counters and ended sessions. */
@Module({ providers: [AuthMaintenance, AuthJobs] })
export class AuthJobsModule {}
