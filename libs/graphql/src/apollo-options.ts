import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { AppConfig } from '@igu/config';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { ExceptionMapperRegistry } from './errors/exception-mappers.js';
import { createErrorFormatter, type UnexpectedErrorReporter } from './errors/format-error.js';
import { createGraphqlContext } from './graphql-context.js';
import { queryCostLimitPlugin } from './limits/query-cost.js';
import { textInputPlugin } from './limits/text-input.js';
import { LoaderRegistry } from './loaders/loader-registry.js';
import { type OperationObserver, operationTimingPlugin } from './operation-timing.js';

/**
 * graphql-armor throws on rejection by default, which Apollo reports as an
 * unexpected INTERNAL_SERVER_ERROR; reported as validation errors, a
 * too-deep or too-aliased document is the client's BAD_USER_INPUT instead.
 */
const REPORT_AS_VALIDATION_ERROR = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export interface ApolloHooks {
  reportError: UnexpectedErrorReporter;
  /** The features' domain-exception mappers (`GraphqlErrorsModule`). */
  exceptionMappers: ExceptionMapperRegistry;
  /**
   * Checks graphql-ws connection params; returns what goes on `req`, or null to refuse the socket.
   * A `tokenExpiresAt` (epoch ms) in it closes the socket then.
   */
  authenticateConnection: (params: Record<string, string | undefined>) => Promise<Record<string, unknown> | null>;
  /** Told each accepted socket with its identity (e.g. to close it when its session is signed out). */
  socketOpened?: (identity: Record<string, unknown>, socket: ClosableSocket) => void;
  /** Told the latency of each operation (metrics). */
  observeOperation?: OperationObserver;
}

/**
 * Apollo Server 5 behind Nest, code-first. No landing page or IDE here (the
 * offline IDE is mounted separately in development); depth, alias and cost
 * limits reject abusive documents before execution. The cost counts `first`
 * however it is given (see query-cost.ts), so real screens of 50 items with
 * their details pass and multiplied connections do not.
 */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

interface SocketExtra {
  socket?: ClosableSocket;
}

/**
 * A socket lives no longer than the token it was opened with: at its expiry
 * the server closes it (4401), and the client reconnects with a fresh token,
 * which after sign-out it no longer has.
 */
function closeWhenTokenExpires(extra: SocketExtra, expiresAt: unknown): void {
  const socket = extra.socket;
  if (!socket || typeof expiresAt !== 'number') return;
  // setTimeout takes at most 2^31-1 ms; tokens live far shorter (JWT_TTL_SECONDS ≤ 24 h).
  const timer = setTimeout(() => socket.close(4401, 'Token expired'), Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)));
  socket.once('close', () => clearTimeout(timer));
}

/**
 * Answers carry personal data: no browser or proxy may store them. Apollo's
 * cache-control plugin (on by default) would conclude the same `no-store` for
 * every answer, no field having a cache hint, but from a hook on every field
 * that wraps every resolver (about a tenth of a page's CPU); it is disabled
 * and the header set once per answer instead.
 */
function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
}

export function buildApolloOptions(config: AppConfig, hooks: ApolloHooks): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Date fields use DateScalar directly (@Field(() => DateScalar)); DateTime is Nest's ISO scalar.
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
    playground: false,
    graphiql: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      queryCostLimitPlugin(config.GRAPHQL_MAX_COMPLEXITY),
      textInputPlugin(),
      ...(hooks.observeOperation ? [operationTimingPlugin(hooks.observeOperation)] : []),
    ],
    validationRules: [
      maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ...REPORT_AS_VALIDATION_ERROR }),
      // Every alias counts, `__typename` too (graphql-armor exempts it by default).
      maxAliasesRule({ n: 30, allowList: [], ...REPORT_AS_VALIDATION_ERROR }),
    ],
    formatError: createErrorFormatter(hooks.reportError, hooks.exceptionMappers, { hideSuggestions: production }),
    // One operation per request (Apollo's default, stated): a batch would multiply the per-request limits.
    allowBatchedHttpRequests: false,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (context) => {
          const params = (context.connectionParams ?? {}) as Record<string, string | undefined>;
          const identity = await hooks.authenticateConnection(params);
          if (!identity) return false; // graphql-ws closes with 4403 Forbidden
          (context.extra as Record<string, unknown>).identity = identity;
          const extra = context.extra as SocketExtra;
          closeWhenTokenExpires(extra, identity.tokenExpiresAt);
          if (extra.socket) hooks.socketOpened?.(identity, extra.socket);
          return true;
        },
      },
    },
    context: (input: { req?: unknown; res?: unknown; extra?: { identity?: Record<string, unknown> } }) =>
      input.extra
        ? { req: { ...input.extra.identity, headers: {} }, loaders: new LoaderRegistry() }
        : createGraphqlContext(input as Parameters<typeof createGraphqlContext>[0]),
  };
}
