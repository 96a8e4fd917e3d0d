import pg from 'pg';
import type { Logger } from 'pino';

/** Names the lock holder's connection in pg_stat_activity (with the holder's pid after it, for operators and tests). */
export const LEADER_APPLICATION_NAME = 'igu-leader';

export interface LeaderElectionOptions {
  databaseUrl: string;
  /** What is led, e.g. `igu:matching`; the lock key is derived from it, so different queue prefixes do not compete. */
  name: string;
  /** How often a standby tries the lock, and how often the leader checks its connection. */
  pollMs: number;
  /** Became the leader: start the work only one process may do. */
  onAcquired(): Promise<void> | void;
  /** Lost the lock (connection gone) or stopping: stop that work. */
  onLost(): Promise<void> | void;
}

/**
 * One leader among processes, on a session-level PostgreSQL advisory lock held
 * by a connection of its own (not the pool's: a session lock belongs to the
 * connection that took it). The lock goes with that connection: a leader that
 * dies, or whose connection breaks, releases it, and a standby polling
 * `pg_try_advisory_lock` takes over within `pollMs`. The leader checks its
 * connection at the same rate, so it notices a lost lock about as soon as a
 * standby could have taken it.
 */
export class LeaderElection {
  private client?: pg.Client;
  private leading = false;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;

  constructor(
    private readonly options: LeaderElectionOptions,
    private readonly logger: Logger,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops campaigning; a leader stops its work, then releases the lock by closing its connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
    await this.lose('stopping');
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.tick().finally(() => this.schedule(this.options.pollMs));
    }, ms);
  }

  private async tick(): Promise<void> {
    try {
      if (this.leading && this.client) {
        await this.client.query('SELECT 1'); // still connected, so still holding the lock
        return;
      }
      const client = this.client ?? (await this.connect());
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [this.options.name]);
      if (!rows[0]?.locked || this.stopped) return;
      this.leading = true;
      this.logger.info({ lock: this.options.name }, 'became the leader');
      await this.options.onAcquired();
    } catch (error) {
      this.logger.warn({ lock: this.options.name, err: error }, 'leader election: connection lost');
      await this.lose('connection lost');
    }
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: `${LEADER_APPLICATION_NAME} ${process.pid}`,
      // A dead peer (server gone without closing) is noticed by the next query or keepalive.
      keepAlive: true,
      query_timeout: Math.max(2_000, this.options.pollMs * 2),
      connectionTimeoutMillis: Math.max(2_000, this.options.pollMs * 2),
    });
    // Errors of an idle connection arrive as events; unhandled, they would end the process.
    client.on('error', (error) => this.logger.warn({ lock: this.options.name, err: error }, 'leader election: connection error'));
    client.on('end', () => {
      if (this.client === client) void this.lose('connection ended');
    });
    this.client = client;
    try {
      await client.connect();
    } catch (error) {
      this.client = undefined;
      throw error;
    }
    return client;
  }

  /**
   * On stop, the work ends before the lock is released. A lost connection has
   * released it already, so a new leader may start while this one's last job
   * finishes: leader-only work must stay safe run twice at once (matching is:
   * its writes take the `matching_state` row lock and check its generation).
   */
  private async lose(reason: string): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (this.leading) {
      this.leading = false;
      // Stopping is routine; losing the lock otherwise is worth an operator's look.
      if (this.stopped) this.logger.info({ lock: this.options.name, reason }, 'no longer the leader');
      else this.logger.warn({ lock: this.options.name, reason }, 'no longer the leader');
      try {
        await this.options.onLost();
      } catch (error) {
        this.logger.error({ lock: this.options.name, err: error }, 'stopping the leader-only work failed');
      }
    }
    await client?.end().catch(() => undefined);
  }
}
