// Entry of a worker child process started by tests (see worker-process.ts): the
// real worker entry, apps/worker/src/main.ts, run from the TypeScript sources.
// One addition: the process ends when the test process that started it goes
// away (its IPC channel closes), so a crashed or killed Jest leaves no worker behind.
if (process.channel) {
  process.channel.unref(); // the channel alone must not keep the process alive
  process.once('disconnect', () => process.exit(70));
}
await import('../../src/main.js');
