import type { ApolloServerPlugin } from '@apollo/server';

export interface OperationSample {
  name: string | null | undefined;
  type: string | undefined;
  failed: boolean;
  seconds: number;
}

export type OperationObserver = (sample: OperationSample) => void;

/** Times each HTTP GraphQL request from arrival to response (metrics); the observer bounds the name. */
export function operationTimingPlugin(observe: OperationObserver): ApolloServerPlugin {
  return {
    requestDidStart: () => {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ operationName, operation, errors }) => {
          observe({
            name: operationName,
            type: operation?.operation,
            failed: (errors?.length ?? 0) > 0,
            seconds: (performance.now() - started) / 1000,
          });
          return Promise.resolve();
        },
      });
    },
  };
}
