import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '@igu/matching-fixtures';
import { heapSet, keyPoints, keyRank, offerTopK, rankKey, sortRowsBestFirst } from './top-k.js';

describe('top-k heaps', () => {
  it('encode score and tie-break rank in one key: higher score first, then lower rank', () => {
    expect(rankKey(5000, 3)).toBeGreaterThan(rankKey(4999, 0));
    expect(rankKey(5000, 3)).toBeGreaterThan(rankKey(5000, 4));
    const key = rankKey(10_000, 16_777_215);
    expect([keyPoints(key), keyRank(key)]).toEqual([10_000, 16_777_215]);
  });

  it('keep exactly the k best of each row, best first', () => {
    const random = new SeededRandom(3);
    const k = 7;
    const heaps = heapSet(3, k);
    const offered: number[][] = [[], [], []];
    for (let i = 0; i < 500; i++) {
      const row = random.int(0, 1);
      const key = rankKey(random.int(0, 50), i);
      offered[row].push(key);
      offerTopK(heaps, row, k, key);
    }
    sortRowsBestFirst(heaps, k);
    for (const row of [0, 1, 2]) {
      const expected = offered[row].sort((a, b) => b - a).slice(0, k);
      expect(Array.from(heaps.keys.subarray(row * k, row * k + heaps.counts[row]))).toEqual(expected);
    }
    expect(heaps.counts[2]).toBe(0);
  });
});
