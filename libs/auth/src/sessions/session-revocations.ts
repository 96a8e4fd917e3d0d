import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { type ClosableSocket } from '@igu/graphql';
import { PinoLogger } from 'nestjs-pino';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** `SessionService` notifies on it, in the revoking transaction, with the family id as payload (nothing else). */
export const SESSION_REVOKED_CHANNEL = 'session_revoked';
/** Names the listener in pg_stat_activity. */
export const SESSION_LISTENER_APPLICATION_NAME = 'igu-session-listener';
/** The close code of a socket whose token is no longer good: the same as at token expiry. */
export const SESSION_ENDED_CLOSE_CODE = 4401;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * The graphql-ws sockets of this API process, by the session (refresh-token family)
 * of the token each was opened with. When a family is revoked (sign-out, reuse
 * detection) in any process, PostgreSQL tells every process on `session_revoked`,
 * and each closes that family's sockets here (4401).
 *
 * A notification sent while the listener is reconnecting is lost; after each
 * (re)connect the registry's families are checked against the table instead.
 */
@Injectable()
export class SessionSockets implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly sockets = new Map<string, Set<ClosableSocket>>();
  private listener?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private reconnectMs = RECONNECT_MIN_MS;
  private stopped = true;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
  ) {}

  /** Registers a socket until it closes. Tokens without a session (`sid`) are not tracked. */
  track(sessionId: string | null | undefined, socket: ClosableSocket): void {
    if (!sessionId) return;
    const sockets = this.sockets.get(sessionId) ?? new Set();
    sockets.add(socket);
    this.sockets.set(sessionId, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.sockets.get(sessionId) === sockets) this.sockets.delete(sessionId);
    });
  }

  /** Closes this process's sockets of a revoked session. */
  closeSession(sessionId: string): void {
    const sockets = this.sockets.get(sessionId);
    if (!sockets) return;
    this.sockets.delete(sessionId);
    for (const socket of sockets) socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
  }

  /** Waits for the first connection attempt, so a sign-out right after start-up is heard. */
  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined; // so its 'end' is not taken for a lost connection
    await listener?.end().catch(() => undefined);
  }

  /** Opens the listening connection; on any failure, closes it and tries again later. Never rejects. */
  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: SESSION_LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    this.listener = client;
    const lost = (error: Error) => this.listenerLost(client, error);
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel === SESSION_REVOKED_CHANNEL && message.payload) this.closeSession(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`);
      if (this.reconnectMs > RECONNECT_MIN_MS) this.logger.info('session listener listening for sign-outs again');
      this.reconnectMs = RECONNECT_MIN_MS;
      await this.closeRevokedSessions();
    } catch (error) {
      lost(error as Error);
    }
  }

  /** Sessions revoked while nobody was listening: a family without an unrevoked token has ended. */
  private async closeRevokedSessions(): Promise<void> {
    const ids = [...this.sockets.keys()];
    if (ids.length === 0) return;
    const ended: { family_id: string }[] = await this.dataSource.query(
      `SELECT id AS family_id FROM unnest($1::uuid[]) AS id
       WHERE NOT EXISTS (SELECT 1 FROM refresh_token WHERE family_id = id AND revoked_at IS NULL)`,
      [ids],
    );
    for (const { family_id } of ended) this.closeSession(family_id);
  }

  private listenerLost(client: pg.Client, error: Error): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retryInMs = this.reconnectMs;
    this.reconnectMs = Math.min(this.reconnectMs * 2, RECONNECT_MAX_MS);
    // pg errors carry no connection string or password.
    this.logger.warn(
      { err: { message: error.message, code: (error as { code?: string }).code }, retryInMs },
      'session listener lost its connection; sign-outs close sockets again once it reconnects',
    );
    this.reconnectTimer = setTimeout(() => void this.listen(), retryInMs);
  }
}
