import 'reflect-metadata';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import { todayInDenmark } from '@igu/eligibility';
import { generateMatchData, insertMatchData, loadAvailableCandidates, loadOpenPositions, packBoth, listDepth, MatchState, scoreAllParallel } from '@igu/matching';
import { iguEligibility } from '../libs/matching/src/persistence/igu-eligibility.js';
import { replaceAllLists } from '../libs/matching/src/persistence/match-list-store.js';
const url = 'postgres://postgres@127.0.0.1:5432/phases';
const ds = createAppDataSource({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2 }, 'phases');
await ds.initialize();
if (process.argv[2] === 'setup') {
  await setupDatabase(ds);
  await ds.transaction((m) => insertMatchData(m, generateMatchData('national', { today: todayInDenmark() })));
  await ds.query('ANALYZE');
}
const t = () => performance.now();
let mark = t();
console.log('start rss', Math.round(process.memoryUsage().rss / 2**20), 'MB');
const lap = (label: string) => { const before = process.memoryUsage(); (globalThis as any).gc?.(); const m = process.memoryUsage(); console.log(label, Math.round(t() - mark), 'ms', 'rss', Math.round(before.rss / 2**20), 'heapUsed', Math.round(before.heapUsed / 2**20), 'afterGC', Math.round(m.heapUsed / 2**20), 'ext', Math.round(m.external/2**20), 'ab', Math.round(m.arrayBuffers/2**20)); mark = t(); };
await ds.transaction(async (manager) => {
  const positions = await loadOpenPositions(manager); lap('load positions');
  const candidates = await loadAvailableCandidates(manager); lap('load candidates');
  const packed = packBoth(positions, candidates); lap('pack');
  const scoring = { today: todayInDenmark(), isEligible: iguEligibility };
  const run = await scoreAllParallel(packed.positions, packed.candidates, { ...scoring, k: listDepth(50) }); lap('score');
  const state = MatchState.fromRun(run, 50, scoring); lap('state');
  await replaceAllLists(manager, state.storedLists()); lap('copy');
});
console.log('maxRSS', Math.round(process.resourceUsage().maxRSS / 1024), 'MB');
await ds.destroy();
