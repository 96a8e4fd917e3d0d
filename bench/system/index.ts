/**
 * The running system measured from outside (HTTP GraphQL): start the built
 * API and worker, create the benchmark's users, measure save-to-visible and
 * API latency with and without a full run. `run.ts` shows the whole sequence.
 */
export { type BenchSystem, type BenchUsers, createBenchUsers, login, type Session } from './bench-users.js';
export { graphql, GraphqlRequestError } from './graphql-client.js';
export {
  type ApiLatencyOptions,
  type ApiLatencyResult,
  type DuringFullRunOptions,
  type DuringFullRunResult,
  type FullRunOptions,
  type FullRunResult,
  LIST_QUERY,
  measureApiDuringFullRun,
  measureApiLatency,
  measureSaveToVisible,
  runFullRecompute,
  type SaveToVisibleOptions,
  type SaveToVisibleResult,
} from './measure.js';
export { ensureRedis, type RunningSystem, startSystem, type StartSystemOptions } from './start-system.js';
