/** Starts a baseline server (a built bench/api/*.js) as a child process and waits until its port answers HTTP. */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tools/embedded-postgres.mjs';
import { stopChild } from '../../tools/stop-child.mjs';
import { sleep } from '../system/graphql-client.js';

export interface Baseline {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startBaseline(script: string, env: Record<string, string>, logFile: string): Promise<Baseline> {
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', fileURLToPath(new URL(script, import.meta.url))], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = () => stopChild(child);
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}); see ${logFile}`);
    const up = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (up) return { url, pid: child.pid ?? 0, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`${script} did not answer in 30 s; see ${logFile}`);
}
