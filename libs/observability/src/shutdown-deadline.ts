const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Bounds a graceful shutdown. Nest's shutdown hooks (enabled with
 * `useProcessExit`, so a clean shutdown exits 0) stop taking work and wait
 * for in-flight requests and jobs; if that takes longer than `timeoutMs`
 * after the first signal, the process exits with 1 — the jobs it had return
 * to the queue through BullMQ's stalled-job check. Called by the processes'
 * `main.ts` only, so tests that create apps in-process never arm it.
 */
export function armShutdownDeadline(timeoutMs: number, onExpired: () => void = () => undefined): void {
  const arm = () => {
    for (const signal of SIGNALS) process.removeListener(signal, arm);
    setTimeout(() => {
      onExpired();
      process.exit(1);
    }, timeoutMs).unref();
  };
  for (const signal of SIGNALS) process.once(signal, arm);
}
