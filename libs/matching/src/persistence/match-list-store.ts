import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { MatchList } from '../state/match-list.js';
import type { ListRow, ListRows } from '../state/match-list.js';
import { copyHeader, copyTrailer, encodeListRows, uuidWords } from './binary-copy.js';
import { queryRows } from '@igu/database';

export type ListSide = 'position' | 'candidate';

const TABLES = {
  position: { table: 'position_match_list', owner: 'position_id', others: 'candidate_ids' },
  candidate: { table: 'candidate_match_list', owner: 'candidate_id', others: 'position_ids' },
} as const;

export interface MatchingStateRow {
  generation: string;
  computedOn: string | null;
  topK: number | null;
}

/** Locks the one state row: matching writes apply one at a time, across processes. */
export async function lockMatchingState(manager: EntityManager): Promise<MatchingStateRow> {
  const [row] = await queryRows<MatchingStateRow>(
    manager,
    `SELECT generation::text AS "generation", to_char(computed_on, 'YYYY-MM-DD') AS "computedOn", top_k AS "topK"
     FROM matching_state WHERE id = 1 FOR UPDATE`,
  );
  return row;
}

/** Records one more write (and, for a full run, its day and k); returns the new generation. */
export async function advanceMatchingState(manager: EntityManager, fullRun?: { computedOn: string; topK: number }): Promise<string> {
  // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
  const [row] = await queryRows<{ generation: string }>(
    manager,
    `WITH advanced AS (
       UPDATE matching_state SET generation = generation + 1,
         computed_on = COALESCE($1::date, computed_on), top_k = COALESCE($2::int, top_k)
       WHERE id = 1 RETURNING generation)
     SELECT generation::text AS "generation" FROM advanced`,
    [fullRun?.computedOn ?? null, fullRun?.topK ?? null],
  );
  return row.generation;
}

/**
 * The first half of replacing every stored list: DELETE (readers keep seeing
 * the old lists until commit; no table lock). A full run starts it before it
 * scores, so PostgreSQL deletes while the threads compute; `copyAllLists`
 * follows on the same transaction.
 */
export async function deleteAllLists(manager: EntityManager): Promise<void> {
  for (const { table } of Object.values(TABLES)) await manager.query(`DELETE FROM ${table}`);
}

/** The second half: a binary COPY per side into the emptied tables. */
export async function copyAllLists(manager: EntityManager, lists: { positions: ListRows; candidates: ListRows }): Promise<void> {
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  for (const [side, { rows, ownerIds, otherIds }] of [
    ['position', lists.positions],
    ['candidate', lists.candidates],
  ] as const) {
    const { table, owner, others } = TABLES[side];
    const copy = client.query(copyFrom(`COPY ${table} (${owner}, ${others}, scores) FROM STDIN (FORMAT binary)`));
    await pipeline(Readable.from(chunks(rows, uuidWords(ownerIds), uuidWords(otherIds))), copy);
  }
}

function* chunks(rows: Iterable<ListRow>, ownerUuids: Uint32Array, otherUuids: Uint32Array): Generator<Buffer> {
  yield copyHeader();
  yield* encodeListRows(rows, ownerUuids, otherUuids);
  yield copyTrailer();
}

/** Writes the given lists of one side: an empty one is deleted (no matches, no row). */
export async function writeLists(manager: EntityManager, side: ListSide, lists: ReadonlyMap<string, MatchList>): Promise<void> {
  const { table, owner, others } = TABLES[side];
  const empty = [...lists].filter(([, list]) => list.ids.length === 0).map(([id]) => id);
  const filled = [...lists].filter(([, list]) => list.ids.length > 0);
  if (empty.length > 0) await manager.query(`DELETE FROM ${table} WHERE ${owner} = ANY($1::uuid[])`, [empty]);
  for (let from = 0; from < filled.length; from += 500) {
    const batch = filled.slice(from, from + 500);
    const values = batch.map((_, i) => `($${3 * i + 1}::uuid, $${3 * i + 2}::uuid[], $${3 * i + 3}::float8[], now())`);
    await manager.query(
      `INSERT INTO ${table} (${owner}, ${others}, scores, computed_at) VALUES ${values.join(', ')}
       ON CONFLICT (${owner}) DO UPDATE SET ${others} = EXCLUDED.${others}, scores = EXCLUDED.scores, computed_at = EXCLUDED.computed_at`,
      batch.flatMap(([id, list]) => [id, list.ids, list.scores]),
    );
  }
}
