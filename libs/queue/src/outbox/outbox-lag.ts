import type { DataSource } from 'typeorm';

/**
 * Seconds since the oldest unpublished outbox event was recorded; 0 when the
 * relay is caught up. Read through the partial index of unpublished rows (ids
 * grow with commit order closely enough for a lag figure).
 */
export async function oldestUnpublishedOutboxAgeSeconds(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ age: number }[]>(
    `SELECT EXTRACT(EPOCH FROM now() - created_at)::float8 AS age
       FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT 1`,
  );
  return Math.max(0, rows[0]?.age ?? 0);
}
