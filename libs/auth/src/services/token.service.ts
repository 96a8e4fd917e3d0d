import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { type Actor, Role } from '@igu/access';

const ALGORITHM = 'HS256';
const CLOCK_TOLERANCE_SECONDS = 5;
/** A few MB at most; more signed-in clients than one API process serves at once. */
const VERIFIED_TOKENS_KEPT = 10_000;

interface Claims {
  role: Role;
  org?: string;
  /** The session (refresh-token family) the token was issued for; absent for tokens without a browser session. */
  sid?: string;
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** What a valid token says, beyond the actor: its session and when it expires. */
export interface VerifiedToken {
  actor: Actor;
  /** Revoking this refresh-token family (sign-out) closes the sockets opened with the token. */
  sessionId: string | null;
  /** Epoch ms. */
  expiresAt: number;
}

/**
 * Short-lived signed access tokens (JWT, HS256 only, issuer and audience checked).
 * A client sends the same token with every request, so a token that verified
 * is remembered until it expires instead of having its signature checked again
 * (the costliest step of a small request). Only tokens that verified are kept,
 * so nobody can fill the memory with forged ones; what a token says cannot
 * change, and sign-out revokes the refresh token, never an access token.
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new LRUCache<string, VerifiedToken>({ max: VERIFIED_TOKENS_KEPT });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  /** `sessionId`: the refresh-token family of the browser session the token belongs to. */
  async issue(actor: Actor, sessionId?: string): Promise<IssuedToken> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + this.config.JWT_TTL_SECONDS;
    const accessToken = await new SignJWT({ role: actor.role, org: organisationOf(actor), sid: sessionId } satisfies Claims)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(actor.userId)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { accessToken, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The actor of a valid token, or null for anything else (expired, tampered, other algorithm). */
  async verify(token: string): Promise<Actor | null> {
    return (await this.verifyToken(token))?.actor ?? null;
  }

  /** Like `verify`, with the token's session and expiry (a socket lives no longer than either). */
  async verifyToken(token: string): Promise<VerifiedToken | null> {
    const known = this.verified.get(token);
    if (known) {
      // jose's own expiry rule: expired once `exp` is CLOCK_TOLERANCE_SECONDS in the past.
      if (Date.now() < known.expiresAt + CLOCK_TOLERANCE_SECONDS * 1000) return known;
      this.verified.delete(token);
      return null;
    }
    const verified = await this.verifySignature(token);
    if (verified) this.verified.set(token, verified);
    return verified;
  }

  private async verifySignature(token: string): Promise<VerifiedToken | null> {
    try {
      const { payload } = await jwtVerify<Claims>(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const actor = actorFrom(payload.sub!, payload.role, payload.org);
      if (!actor) return null;
      // Shared by every request that sends the token.
      return Object.freeze({
        actor: Object.freeze(actor),
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        expiresAt: payload.exp! * 1000,
      });
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}

function organisationOf(actor: Actor): string | undefined {
  switch (actor.role) {
    case Role.EMPLOYER:
      return actor.companyId;
    case Role.JOBCENTRE:
      return actor.jobcentreId;
    case Role.UNION_REP:
      return actor.unionId;
    case Role.ADMIN:
      return undefined;
  }
}

export function actorFrom(userId: string, role: unknown, organisation: string | null | undefined): Actor | null {
  switch (role) {
    case Role.ADMIN:
      return { userId, role };
    case Role.EMPLOYER:
      return organisation ? { userId, role, companyId: organisation } : null;
    case Role.JOBCENTRE:
      return organisation ? { userId, role, jobcentreId: organisation } : null;
    case Role.UNION_REP:
      return organisation ? { userId, role, unionId: organisation } : null;
    default:
      return null;
  }
}
