// Entry file of a scoring worker thread.
//
// Why this shape: a worker thread is plain Node; Jest's SWC transform does not
// reach it. Compiled (dist/…/score-worker.js) this file simply loads the loop.
// Run from sources (under Jest, where the main thread picks score-worker.ts),
// Node 24 strips the TypeScript types itself; it only needs telling that our
// `./x.js` import specifiers mean the `./x.ts` files next to them, and that
// `@igu/x` means libs/x/src/index.ts (tsconfig's path; the build rewrites it).
// So the worker needs no build step and `npm test` works on a fresh clone, and
// the files the worker loads (score-worker-loop, score-kernel, top-k,
// packed-arrays, score-components, @igu/geo, …) are kept to erasable syntax
// (no enums, no parameter properties, `import type` for types).
import { registerHooks, type ResolveFnOutput, type ResolveHookContext } from 'node:module';
import { setPriority } from 'node:os';

// A full run is background work: on Linux the nice value is per thread, so
// this lowers only this scoring thread, and the API process (and this
// process's event loop) get the cores first whenever they need them.
const SCORING_NICE = 10;
try {
  setPriority(SCORING_NICE);
} catch {
  // Not permitted or not supported here: score at normal priority.
}

// From libs/matching/src/engine/parallel/ up to libs/.
const LIBS = '../../../../';

if (import.meta.url.endsWith('.ts')) registerHooks({ resolve: resolveFromSources });
await import('./score-worker-loop.js');

function resolveFromSources(
  specifier: string,
  context: ResolveHookContext,
  nextResolve: (specifier: string, context?: Partial<ResolveHookContext>) => ResolveFnOutput,
): ResolveFnOutput {
  const lib = /^@igu\/([a-z-]+)$/.exec(specifier);
  if (lib) return nextResolve(new URL(`${LIBS}${lib[1]}/src/index.ts`, import.meta.url).href, context);
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
    return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
  }
}
