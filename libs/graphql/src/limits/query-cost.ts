import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/cursor.js';

/**
 * A field with a `first` argument returns up to `first` children, so their cost
 * counts `first` times. `first` is read after coercion: a literal, a variable or
 * the schema default all count; an explicit null counts as the largest page.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? Math.max(0, args.first) : MAX_PAGE_SIZE;
  return 1 + first * childComplexity;
};

const ESTIMATORS = [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost of one operation with its variables, or null when the variables do
 * not even coerce (execution then refuses them with its own BAD_USER_INPUT).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: ESTIMATORS });
  } catch {
    return null;
  }
}

/**
 * Refuses an operation whose cost exceeds `maxCost` before it executes. A
 * plugin, not a validation rule: validation never sees the variables, and a
 * `first` passed as a variable must count like a literal one.
 */
export function queryCostLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request, operationName }) {
          // Apollo's hooks return promises; `then` turns the throw into the rejection.
          return Promise.resolve().then(() => {
            const cost = queryCost(schema, document, request.variables, operationName);
            if (cost !== null && cost > maxCost) {
              throw new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, {
                extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
              });
            }
          });
        },
      });
    },
  };
}
