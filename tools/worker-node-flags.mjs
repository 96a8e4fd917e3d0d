// Node flags of the worker process (also in package.json `start:worker` and docker-compose.yml).
// A young generation of at most 8 MB per semi-space: a national full run loads 50,000 candidates
// and builds lists in a burst, and V8's default (much larger) semi-spaces let that garbage
// raise the worker's peak RSS by ~130 MB for no gain in time (measured: bench/results/matching.md).
// --expose-gc: a full run drops the previous matching state and collects it before building the
// next one, so the two never share the peak.
export const WORKER_NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=8', '--expose-gc'];
