/**
 * Where a process spent its CPU, from a V8 `.cpuprofile` (`node --cpu-prof`):
 * self time grouped by npm package (or app code, Node internals, GC), as a
 * share of the busy (non-idle) samples. Coarse on purpose: enough to say
 * whether GraphQL execution, Express, TypeORM or our code is the cost.
 * Native frames are counted for their nearest JavaScript caller.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
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
  if (url.startsWith('node:')) return 'Node internals (http, net, streams, promise jobs)';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  return '(native / other)';
}

/** `skipMs`: samples in the first `skipMs` of the profile (start-up, warm-up) are left out. */
export function cpuShares(file: string, skipMs: number): CpuShare[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  // Native frames (JSON, RegExp, Buffer… have no url) count for the nearest JavaScript caller's category.
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const categoryOfNode = (node: ProfileNode): string => {
    for (let frame: ProfileNode | undefined = node; frame; frame = parent.get(frame.id)) {
      const name = categoryOf(frame.callFrame.url, frame.callFrame.functionName);
      if (name !== '(native / other)') return name;
    }
    return '(native / other)';
  };
  const category = new Map([...byId.values()].map((node) => [node.id, categoryOfNode(node)]));
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
  return [...totals.entries()].map(([name, ms]) => ({ category: name, ms, percent: (100 * ms) / busy })).sort((a, b) => b.ms - a.ms);
}

/** The Express adapter's packages (with Nest's adapter): the part `@nestjs/platform-fastify` would replace. */
export const EXPRESS_PACKAGES = [
  '@nestjs/platform-express',
  'express',
  'router',
  'body-parser',
  'raw-body',
  'cookie-parser',
  'finalhandler',
  'send',
  'serve-static',
  'on-finished',
  'type-is',
  'accepts',
  'content-type',
  'qs',
  'iconv-lite',
  'path-to-regexp',
  'parseurl',
  'proxy-addr',
  'cors',
  'helmet',
  '@as-integrations/express5',
];
