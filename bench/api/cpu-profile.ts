/**
 * Where a process spent its CPU, from a V8 `.cpuprofile` (`node --cpu-prof`):
 * self time grouped by npm package (or app code, Node internals, GC), as a
 * share of the busy (non-idle) samples. Coarse on purpose: enough to say
 * whether GraphQL execution, Express, TypeORM or our code is the cost.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuShare {
  category: string;
  ms: number;
  percent: number;
}

export function categoryOf(url: string, functionName: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  if (url.includes('/libs/')) return 'app: libs/*';
  if (url.includes('/apps/')) return 'app: apps/api';
  if (url.startsWith('node:')) return 'Node internals (http, streams, net)';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  return '(native / other)';
}

/** `skipMs`: samples in the first `skipMs` of the profile (start-up, warm-up) are left out. */
export function cpuShares(file: string, skipMs: number, top = 12): CpuShare[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const category = new Map(profile.nodes.map((node) => [node.id, categoryOf(node.callFrame.url, node.callFrame.functionName)]));
  const totals = new Map<string, number>();
  let elapsedMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsedMs += ms;
    if (elapsedMs < skipMs) return;
    const name = category.get(id) ?? '(native / other)';
    totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  totals.delete('(idle)');
  const busy = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  return [...totals.entries()]
    .map(([name, ms]) => ({ category: name, ms, percent: (100 * ms) / busy }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}
