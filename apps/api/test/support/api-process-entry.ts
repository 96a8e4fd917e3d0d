// Entry of an API child process started by tests (apps/worker/test/support/worker-process.ts
// with `app: 'api'`): the real API entry, apps/api/src/main.ts, run from the TypeScript
// sources. It ends when the test process that started it goes away (its IPC channel closes).
if (process.channel) {
  process.channel.unref(); // the channel alone must not keep the process alive
  process.once('disconnect', () => process.exit(70));
}
await import('../../src/main.js');
