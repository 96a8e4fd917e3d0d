import { describe, expect, it } from '@jest/globals';
import { danishDayOf } from './danish-day.js';

describe('danishDayOf', () => {
  it('gives the Danish calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen (CET, UTC+1)…
    expect(danishDayOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // …and 22:30 UTC on a summer day is already the next day (CEST, UTC+2).
    expect(danishDayOf(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(danishDayOf(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
  });
});
