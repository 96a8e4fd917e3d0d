import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openTestDataSource, type TestDataSource } from '@igu/testing';
import { pino } from 'pino';
import { LeaderElection } from './leader-election.js';

const POLL_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('LeaderElection on a PostgreSQL advisory lock', () => {
  let db: TestDataSource;
  const elections: LeaderElection[] = [];
  const events: string[] = [];

  const candidate = (id: string, name = 'test:matching') => {
    const election = new LeaderElection(
      {
        databaseUrl: db.database.url,
        name,
        pollMs: POLL_MS,
        onAcquired: () => void events.push(`${id} leads`),
        onLost: () => void events.push(`${id} lost`),
      },
      pino({ level: 'silent' }),
    );
    elections.push(election);
    election.start();
    return election;
  };

  beforeAll(async () => {
    db = await openTestDataSource('leader-election-test');
  });

  afterAll(async () => {
    await Promise.all(elections.map((election) => election.stop()));
    await db.close();
  });

  it('elects one leader; the standby takes over when the leader stops or its connection is killed', async () => {
    const a = candidate('a');
    await until('a to lead', () => a.isLeader);
    const b = candidate('b');
    await sleep(POLL_MS * 4);
    expect(b.isLeader).toBe(false); // b polled and failed to get the lock

    // A different name is a different lock.
    const other = candidate('other', 'test:other');
    await until('the other lock to have its own leader', () => other.isLeader);

    await a.stop();
    await until('b to take over after a stopped', () => b.isLeader);

    // The server ends b's lock connection (as a network failure or restart would): b notices and
    // stops leading, and leads again once it has the lock back (no one else wants it).
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()
       AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = (hashtext('test:matching')::bigint & 4294967295))`,
      [`igu-leader ${process.pid}`],
    );
    await until('b to notice the lost lock', () => events.includes('b lost'));
    await until('b to lead again', () => b.isLeader);
    expect(events).toEqual(['a leads', 'other leads', 'a lost', 'b leads', 'b lost', 'b leads']);
  });
});
