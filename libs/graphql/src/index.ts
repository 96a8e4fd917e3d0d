export { ErrorCode, CONTRACT_ERROR_CODES } from './errors/error-code.js';
export { AppError, type AppErrorDetails, type DomainExceptionShape } from './errors/app-error.js';
export {
  ExceptionMapperRegistry,
  assertUnreachable,
  exceptionMapperProvider,
  type ExceptionClass,
  type ExceptionMapper,
} from './errors/exception-mappers.js';
export { GraphqlErrorsModule } from './errors/errors.module.js';
export { createErrorFormatter, type UnexpectedErrorReporter } from './errors/format-error.js';
export { HttpErrorFilter, type HttpErrorBody } from './errors/http-error.filter.js';
export { DateScalar } from './scalars/date.scalar.js';
export { MAX_PAGE_SIZE, assertPageSize, decodeCursor, encodeCursor } from './pagination/cursor.js';
export {
  TIMESTAMP_KEY_FORMAT,
  decodeKeysetCursor,
  emptyConnection,
  keysetKey,
  timestampKeySql,
  type KeysetKeyKind,
  type KeysetOrder,
  type KeysetPosition,
} from './pagination/keyset.js';
export { ConnectionType, PageInfo, toConnection, type ConnectionShape, type Edge } from './pagination/connection.js';
export { LoaderRegistry, alignByKey, groupByKey } from './loaders/loader-registry.js';
export { Loaders, createGraphqlContext, type GraphqlContext } from './graphql-context.js';
export { MAX_TEXT_LENGTH, textProblem } from './limits/text-input.js';
export { buildApolloOptions, type ApolloHooks, type ClosableSocket } from './apollo-options.js';
export { type OperationObserver, type OperationSample } from './operation-timing.js';
export { NodeInterface } from './node/node.interface.js';
export { NodeRegistry, type NodeFetcher } from './node/node-registry.js';
export { NodeModule } from './node/node.module.js';
export { isUuid } from './ids.js';
