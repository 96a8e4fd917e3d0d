import type { DataSource } from 'typeorm';
import type { FieldCipher } from '../field-cipher.js';

/** A column holding FieldCipher values; `context` is the AAD it was encrypted with. */
export interface EncryptedColumn {
  table: string;
  column: string;
  context: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Re-encrypts every value of `column` not under the active key, in batches.
 * Each row is updated only if it still holds the value that was read, so a
 * concurrent edit is never overwritten. Returns the number of rows re-encrypted.
 */
export async function reencryptColumn(
  dataSource: DataSource,
  cipher: FieldCipher,
  { table, column, context }: EncryptedColumn,
  batchSize = 500,
): Promise<number> {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column)) throw new Error(`Unsafe identifier ${table}.${column}`);
  const activePrefix = `v1:${cipher.activeKeyId}:`;
  let total = 0;
  for (;;) {
    const rows: { id: string; value: string }[] = await dataSource.query(
      `SELECT id, ${column} AS value FROM ${table}
       WHERE ${column} IS NOT NULL AND left(${column}, $1) <> $2 LIMIT $3`,
      [activePrefix.length, activePrefix, batchSize],
    );
    if (rows.length === 0) return total;
    await dataSource.transaction(async (manager) => {
      for (const row of rows) {
        const reencrypted = cipher.encrypt(cipher.decrypt(row.value, context), context);
        // TypeORM answers an UPDATE with [rows, affectedCount].
        const [, updated] = await manager.query<[unknown[], number]>(
          `UPDATE ${table} SET ${column} = $1 WHERE id = $2 AND ${column} = $3`,
          [reencrypted, row.id, row.value],
        );
        total += updated;
      }
    });
  }
}
