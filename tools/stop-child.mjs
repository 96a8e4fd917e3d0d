// Stops a child process: SIGTERM (it shuts down gracefully), SIGKILL after 10 s.

/** @param {import('node:child_process').ChildProcess} child */
export function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done(undefined);
    });
    child.kill('SIGTERM');
  });
}
