import { describe, expect, it } from '@jest/globals';
import { isSmallCount, mustSuppress } from './suppression.js';

describe('suppression of small counts (docs/domain.md §12)', () => {
  it('suppresses 1 to 4, never 0 or 5 and more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1000].map(isSmallCount)).toEqual([false, true, true, true, true, false, false, false]);
  });

  it('suppresses a row when any one of its counts is small', () => {
    expect(mustSuppress([0, 0, 0])).toBe(false);
    expect(mustSuppress([5, 0, 12])).toBe(false);
    expect(mustSuppress([5, 1, 12])).toBe(true);
    expect(mustSuppress([40, 30, 4])).toBe(true);
    expect(mustSuppress([])).toBe(false);
  });
});
