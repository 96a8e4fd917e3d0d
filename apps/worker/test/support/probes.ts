// What the crash and fault tests poll and compare: the stored match lists, the matching leader, a condition.
import type { DataSource } from 'typeorm';

/** The matching tables; everything in them except timestamps is compared. */
const MATCHING_TABLES = ['position_match_list', 'candidate_match_list'];

/** Every row of the matching tables, without timestamp columns, in a stable order. */
export async function storedMatches(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const stored: Record<string, unknown[]> = {};
  for (const table of MATCHING_TABLES) {
    const columns: { column_name: string }[] = await dataSource.query(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND data_type NOT LIKE 'timestamp%'
       ORDER BY ordinal_position`,
      [table],
    );
    if (columns.length === 0) throw new Error(`storedMatches: no table ${table}`);
    const list = columns.map((column) => `"${column.column_name}"`).join(', ');
    stored[table] = await dataSource.query(`SELECT ${list} FROM "${table}" ORDER BY ${list}`);
  }
  return stored;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns a value; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The pid of the process holding a leader lock (its lock connection names it), if any. */
export async function leaderPid(dataSource: DataSource): Promise<number | undefined> {
  const rows: { application_name: string }[] = await dataSource.query(
    `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND a.application_name LIKE 'igu-leader %'`,
  );
  if (rows.length > 1) throw new Error(`more than one leader: ${rows.map((row) => row.application_name).join(', ')}`);
  return rows[0] ? Number(rows[0].application_name.split(' ')[1]) : undefined;
}
