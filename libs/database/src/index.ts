export { buildDataSourceOptions, type DataSourceInput } from './data-source-options.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { installPgTypeParsers } from './pg-types.js';
export { queryRow, queryRows, type SqlRunner } from './query-rows.js';
export { EntityRows } from './entity-rows.js';
export { PgListener, type PgListenerOptions } from './pg-listener.js';
export { inTransaction, isUniqueViolation, type IsolationLevel } from './transaction.js';
export { pendingSchemaChanges } from './schema-drift.js';
export { IdempotencyKeyEntity } from './idempotency-key.entity.js';
export {
  createIdempotently,
  forgetIdempotencyRecords,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IdempotencyKeyError,
  IdempotencyKeyReusedError,
  requestHash,
  type IdempotentRequest,
} from './idempotency.js';
