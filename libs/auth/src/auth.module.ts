import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { type Actor, Role } from '@igu/access';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { CompaniesModule } from '@igu/companies';
import { ReferenceDataModule } from '@igu/reference-data';
import { PinoLogger } from 'nestjs-pino';
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

/** Accounts, tokens and login; core services for every process that needs them. */
@Module({
  imports: [CompaniesModule],
  providers: [
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    TokenService,
    UserService,
    AuthService,
    LoginThrottleService,
    RegistrationThrottleService,
    SessionService,
  ],
  exports: [TokenService, UserService, AuthService, PasswordHasher, SessionService],
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
    SessionSockets,
    exceptionMapperProvider(AuthException, authExceptionToAppError),
  ],
  exports: [AuthModule, ApiRateLimitService, SessionSockets],
})
export class AuthGraphqlModule {}
