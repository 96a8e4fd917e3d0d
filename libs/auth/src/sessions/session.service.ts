import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { UserEntity } from '../entities/user.entity.js';
import { type IssuedToken, TokenService } from '../services/token.service.js';
import { actorOf, UserService } from '../services/user.service.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SESSION_REVOKED_CHANNEL } from './session-revocations.js';

/** How long an unused refresh token lives; every rotation starts it again. */
export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;

export interface RefreshToken {
  token: string;
  expiresAt: Date;
}

export interface RotatedSession extends IssuedToken {
  user: UserEntity;
  refresh: RefreshToken;
}

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Browser sessions: a rotating refresh token (256 random bits, kept in an
 * httpOnly cookie by the caller) that buys short-lived access tokens.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(UserService) private readonly users: UserService,
  ) {}

  /** A new family for a user who just proved who they are (login, registration); `familyId` is the access token's `sid`. */
  start(userId: string, familyId: string = randomUUID()): Promise<RefreshToken> {
    return this.add(this.dataSource.manager, userId, familyId);
  }

  /**
   * Exchanges a refresh token for a new one and an access token. A token that
   * was already rotated or revoked revokes its whole family: either the thief
   * or the owner presented a copy, and neither can be told from the other.
   */
  async rotate(token: string): Promise<RotatedSession | null> {
    const rotated = await this.dataSource.transaction(async (manager) => {
      const tokens = manager.getRepository(RefreshTokenEntity);
      const current = await tokens.findOne({ where: { tokenHash: hashOf(token) }, lock: { mode: 'pessimistic_write' } });
      if (!current) return null;
      const now = new Date();
      if (current.revokedAt) {
        await this.revokeFamily(manager, current.familyId, now);
        return null;
      }
      if (current.expiresAt <= now) return null;
      await tokens.update({ id: current.id }, { revokedAt: now });
      return { userId: current.userId, familyId: current.familyId, refresh: await this.add(manager, current.userId, current.familyId) };
    });
    if (!rotated) return null;
    const user = (await this.users.byIds([rotated.userId])).at(0);
    if (!user) return null;
    return { user, refresh: rotated.refresh, ...(await this.tokens.issue(actorOf(user), rotated.familyId)) };
  }

  /** Sign-out: the token's family can no longer be used. Unknown tokens are ignored. */
  async revoke(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hashOf(token) });
      if (current) await this.revokeFamily(manager, current.familyId, new Date());
    });
  }

  private async add(manager: EntityManager, userId: string, familyId: string): Promise<RefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_MS);
    await manager.getRepository(RefreshTokenEntity).insert({ familyId, userId, tokenHash: hashOf(token), expiresAt });
    return { token, expiresAt };
  }

  /**
   * Also tells every API process, on commit (NOTIFY is transactional), to close the
   * sockets opened with the family's access tokens. The payload is the family id only.
   */
  private async revokeFamily(manager: EntityManager, familyId: string, now: Date): Promise<void> {
    const { affected } = await manager.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: now });
    // Nothing left to revoke: the revocation that did it already notified.
    if (affected) await manager.query('SELECT pg_notify($1, $2)', [SESSION_REVOKED_CHANNEL, familyId]);
  }
}
