import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { GraphqlContext } from '@igu/graphql';
import { type Actor, CurrentActor, Public, Role, Roles } from '@igu/access';
import { type AuthResult, AuthService } from '../services/auth.service.js';
import { setRefreshCookie } from '../sessions/session-cookie.js';
import { SessionService } from '../sessions/session.service.js';
import { UserService } from '../services/user.service.js';
import { clientIp, withRetryAfter } from './retry-after.js';
import { CreateUserInput, RegisterEmployerInput } from './auth.inputs.js';
import { AuthPayloadObject, UserObject } from './user.object.js';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UserService) private readonly users: UserService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signing in also starts a browser session: the refresh token goes into an httpOnly cookie,
   * and the access token names the session (`sid`), so signing it out closes its sockets.
   */
  private async withSession(context: GraphqlContext, signIn: (sessionId?: string) => Promise<AuthResult>): Promise<AuthResult> {
    const sessionId = context.res ? randomUUID() : undefined;
    const result = await signIn(sessionId);
    if (context.res && sessionId) setRefreshCookie(context.res, await this.sessions.start(result.user.id, sessionId), this.config);
    return result;
  }

  @Public()
  @Mutation(() => AuthPayloadObject)
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayloadObject> {
    return this.withSession(context, (sessionId) =>
      withRetryAfter(context, () => this.auth.login(email, password, clientIp(context), sessionId)),
    );
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Creates a company and its first employer user' })
  registerEmployer(
    @Args('input', { type: () => RegisterEmployerInput }) input: RegisterEmployerInput,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayloadObject> {
    return this.withSession(context, (sessionId) =>
      withRetryAfter(context, () => this.auth.registerEmployer(input, clientIp(context), sessionId)),
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'ADMIN: a user tied to their organisation' })
  createUser(@Args('input', { type: () => CreateUserInput }) input: CreateUserInput): Promise<UserObject> {
    return this.users.createInTransaction(input);
  }

  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => UserObject)
  me(@CurrentActor() actor: Actor): Promise<UserObject> {
    return this.users.me(actor);
  }
}
