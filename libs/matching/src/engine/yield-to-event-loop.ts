/** Lets pending I/O and timers run between slices of main-thread work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
