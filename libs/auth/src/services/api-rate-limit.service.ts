import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { Actor } from '@igu/access';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { bearerToken } from '../guards/auth.guard.js';
import { RateLimitStore } from './rate-limit-store.js';
import { addressKey, type Charge, takePoints } from './rate-limits.js';
import { TokenService } from './token.service.js';

/** Load-balancer probes and the web app's hashed files are never limited. */
const EXEMPT = /^\/(health|assets)(\/|$)/;

interface LimitedRequest extends Request {
  actorPromise?: Promise<Actor | null>;
}

/**
 * The whole API's request limits, before any route runs: every request counts
 * against its client IP, a signed-in one also against its user (whatever IP
 * it comes from). Counters live in the shared RateLimitStore (Redis or
 * PostgreSQL), so every API process counts against the same limits. A spent limit is RATE_LIMITED (429,
 * Retry-After). Login and registration keep their own, far stricter limits.
 */
@Injectable()
export class ApiRateLimitService {
  private readonly perIp?: RateLimiterAbstract;
  private readonly perUser?: RateLimiterAbstract;

  constructor(
    @Inject(RateLimitStore) store: RateLimitStore,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const window = config.API_RATE_LIMIT_WINDOW_SECONDS;
    if (config.API_RATE_LIMIT_PER_IP > 0) this.perIp = store.limiter('api-ip', config.API_RATE_LIMIT_PER_IP, window);
    if (config.API_RATE_LIMIT_PER_USER > 0) this.perUser = store.limiter('api-user', config.API_RATE_LIMIT_PER_USER, window);
  }

  /**
   * Express middleware for the requests `counts` selects (the API's own paths:
   * the web app's files, hundreds per page under Vite, are not API calls); a
   * refusal goes to the HTTP error filter as RATE_LIMITED.
   */
  middleware(counts: (req: Request) => boolean): RequestHandler {
    return (req: Request, _res: Response, next: NextFunction) => {
      if ((!this.perIp && !this.perUser) || EXEMPT.test(req.path) || !counts(req)) {
        next();
        return;
      }
      this.charge(req).then(() => next(), next);
    };
  }

  private async charge(req: LimitedRequest): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    // The global guard reuses this verification (it reads req.actorPromise).
    if (token) req.actorPromise ??= this.tokens.verify(token);
    const actor = token && req.actorPromise ? await req.actorPromise : null;
    const charges: Charge[] = [];
    if (this.perIp) charges.push([this.perIp, addressKey(req.ip ?? '')]);
    if (this.perUser && actor) charges.push([this.perUser, actor.userId]);
    await takePoints(charges);
  }
}
