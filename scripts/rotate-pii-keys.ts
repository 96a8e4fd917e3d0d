/**
 * `npm run pii:rotate-keys`: re-encrypts every personal-data column under
 * PII_ACTIVE_KEY_ID. Afterwards, keys no longer in use can be removed from
 * PII_ENCRYPTION_KEYS. Safe to run while the API serves requests.
 */
import 'reflect-metadata';
import { loadConfigOrExit } from '@igu/config';
import { createAppDataSource, ENCRYPTED_COLUMNS } from '@igu/data-source';
import { createLogger } from '@igu/observability';
import { FieldCipher, reencryptColumn } from '@igu/personal-data';

const config = loadConfigOrExit();
const logger = createLogger(config, 'rotate-pii-keys');
const cipher = new FieldCipher(config.PII_ENCRYPTION_KEYS, config.PII_ACTIVE_KEY_ID);
const dataSource = createAppDataSource(config, 'igu-rotate-keys');
await dataSource.initialize();
try {
  for (const column of ENCRYPTED_COLUMNS) {
    const count = await reencryptColumn(dataSource, cipher, column);
    logger.info({ table: column.table, column: column.column, reencrypted: count }, 'column re-encrypted');
  }
  logger.info({ activeKeyId: cipher.activeKeyId }, 'key rotation finished');
} finally {
  await dataSource.destroy();
}
