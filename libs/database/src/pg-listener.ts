import pg from 'pg';

export interface PgListenerOptions {
  /** The listener's own connection (not from the TypeORM pool: LISTEN holds it for good). */
  connectionString: string;
  /** Names the listener in pg_stat_activity. */
  applicationName: string;
  /** Channel names (identifiers, never user input). */
  channels: readonly string[];
  onNotification: (channel: string, payload: string) => void;
  /**
   * After each successful LISTEN: a notification sent while nobody listened
   * (start-up, a reconnect) is lost, so whatever it would have said is caught up here.
   * `reconnected` is true after a loss.
   */
  onListening?: (reconnected: boolean) => void;
  /** The connection is gone (or never came); LISTEN is retried in `retryInMs`. */
  onLost?: (error: Error & { code?: string }, retryInMs: number) => void;
  /** How often the idle connection is checked with a query (default 30 s), so a silently dead one is noticed. */
  pingMs?: number;
}

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;
/** A ping or LISTEN that takes longer means the connection is gone. */
const QUERY_TIMEOUT_MS = 5_000;

/**
 * A LISTEN connection that reconnects with backoff after any loss and says
 * when it is listening, so a consumer knows when notifications may have been
 * missed. Never throws: failures go to `onLost`.
 */
export class PgListener {
  private client?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private pingTimer?: NodeJS.Timeout;
  private reconnectMs = RECONNECT_MIN_MS;
  private stopped = true;
  private lostOnce = false;
  private isListening = false;

  constructor(private readonly options: PgListenerOptions) {}

  /** True from a successful LISTEN until the connection is lost or stopped. */
  get listening(): boolean {
    return this.isListening;
  }

  /** Resolves after the first attempt, listening or not. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.isListening = false;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    const client = this.client;
    this.client = undefined; // so its 'end' is not taken for a lost connection
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
      connectionTimeoutMillis: 5_000,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
    });
    this.client = client;
    const lost = (error: Error) => this.lost(client, error);
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client.on('notification', (message) => this.options.onNotification(message.channel, message.payload ?? ''));
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      if (this.client !== client) return; // stopped or lost meanwhile
      this.isListening = true;
      this.reconnectMs = RECONNECT_MIN_MS;
      const pingMs = this.options.pingMs ?? 30_000;
      this.pingTimer = setInterval(() => void client.query('SELECT 1').catch(lost), pingMs);
      this.pingTimer.unref();
      this.options.onListening?.(this.lostOnce);
    } catch (error) {
      lost(error as Error);
    }
  }

  private lost(client: pg.Client, error: Error): void {
    // Also reached for a client that stop() ended or that was already given up on ('error' then 'end').
    if (this.client !== client) return;
    this.client = undefined;
    this.isListening = false;
    this.lostOnce = true;
    clearInterval(this.pingTimer);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retryInMs = this.reconnectMs;
    this.reconnectMs = Math.min(this.reconnectMs * 2, RECONNECT_MAX_MS);
    // pg errors carry no connection string or password.
    this.options.onLost?.(error, retryInMs);
    this.reconnectTimer = setTimeout(() => void this.listen(), retryInMs);
  }
}
