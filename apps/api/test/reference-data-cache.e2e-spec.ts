import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REFERENCE_DATA_LISTENER_APPLICATION_NAME } from '@igu/reference-data';
import { startTestApi, type TestApi } from './support/test-api.js';
import { statementsDuring } from './support/statements.js';

const MUNICIPALITIES = '{ municipalities { code name jobcentre { id } } }';
const FREDERIKSBERG = 147;

/** The API keeps reference data in memory and drops it when PostgreSQL says a reference table changed. */
describe('reference data in memory', () => {
  let api: TestApi;
  const jobcentreOf = async (code: number): Promise<string> =>
    (await api.dataSource.query<{ id: string }[]>('SELECT jobcentre_id AS id FROM municipality WHERE code = $1', [code]))[0].id;

  /** Frederiksberg's jobcentre as the API answers it, and the SQL statements the answer cost. */
  const served = async (): Promise<{ jobcentre: string; statements: number }> => {
    let jobcentre = '';
    const statements = await statementsDuring(api, async () => {
      const { municipalities } = await api.client.data<{ municipalities: { code: number; jobcentre: { id: string } }[] }>(MUNICIPALITIES);
      jobcentre = municipalities.find((m) => m.code === FREDERIKSBERG)!.jobcentre.id;
    });
    return { jobcentre, statements };
  };

  /** Asks until `done` holds (the API learns of changes asynchronously); fails after `ms`. */
  const eventually = async (done: (answer: { jobcentre: string; statements: number }) => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const answer = await served();
      if (done(answer)) return answer;
      if (Date.now() > deadline) throw new Error(`not within ${ms} ms: last answer ${JSON.stringify(answer)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers from memory once loaded: no SQL', async () => {
    const first = await served();
    expect(first.jobcentre).toBe(await jobcentreOf(FREDERIKSBERG));
    expect(await served()).toEqual({ jobcentre: first.jobcentre, statements: 0 });
  });

  it('sees a change committed by anyone (plain SQL here) within moments, then serves it from memory', async () => {
    const copenhagen = await jobcentreOf(101);
    await api.dataSource.query('UPDATE municipality SET jobcentre_id = $1 WHERE code = $2', [copenhagen, FREDERIKSBERG]);
    await eventually((answer) => answer.jobcentre === copenhagen, 2_000);
    expect(await served()).toEqual({ jobcentre: copenhagen, statements: 0 });
  });

  it('reads the tables while its listener is disconnected, and misses no change made meanwhile', async () => {
    const aarhus = await jobcentreOf(751);
    await api.dataSource.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [REFERENCE_DATA_LISTENER_APPLICATION_NAME],
    );
    // The copy can no longer be trusted: every answer reads the tables, until the listener is back.
    await eventually((answer) => answer.statements > 0);
    // Nobody hears this change's notification.
    await api.dataSource.query('UPDATE municipality SET jobcentre_id = $1 WHERE code = $2', [aarhus, FREDERIKSBERG]);
    expect((await served()).jobcentre).toBe(aarhus);
    // Reconnected (after 0.5 s): the copy is reloaded, with the change.
    expect(await eventually((answer) => answer.statements === 0)).toEqual({ jobcentre: aarhus, statements: 0 });
  });
});
