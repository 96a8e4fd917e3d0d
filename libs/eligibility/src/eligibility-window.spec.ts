import { addDays, type CalendarDate } from '@igu/calendar';
import { describe, expect, it } from '@jest/globals';
import { isIguEligible } from './check-igu-eligibility.js';
import { eligibilityWindow, matchesEligibilityWindow } from './eligibility-window.js';
import { ResidenceBasis } from './residence-basis.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES = Object.values(ResidenceBasis);

describe('eligibility window (the rules as date ranges for a database query)', () => {
  it('gives the ranges for a start date', () => {
    expect(eligibilityWindow('2024-06-15')).toEqual({
      asOf: '2024-06-15',
      ruleSet: 'IGU-2024',
      open: true,
      dateOfBirth: { from: '1974-06-16', to: '2006-06-15' },
      arrivedInDenmarkFrom: '2004-06-15',
      residenceBases: [
        ResidenceBasis.REFUGEE,
        ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE,
        ResidenceBasis.UKRAINE_SPECIAL_ACT,
        ResidenceBasis.AFGHAN_SPECIAL_ACT,
        ResidenceBasis.FAMILY_REUNIFIED_OTHER,
      ],
      priorIgu: false,
    });
    expect(eligibilityWindow('2021-03-10').arrivedInDenmarkFrom).toBe('2016-03-11'); // < 5 years
    expect(eligibilityWindow('2028-01-01').open).toBe(false);
  });

  it('agrees with checkIguEligibility for 40,000 random people and start dates (29 February births and edges included)', () => {
    const next = random(20240229);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const dayIn = (from: CalendarDate, spanDays: number) => addDays(from, Math.floor(next() * spanDays));
    for (let i = 0; i < 2_000; i += 1) {
      const start = dayIn('2015-01-01', 14 * 365);
      const window = eligibilityWindow(start);
      for (let j = 0; j < 20; j += 1) {
        // Half the people sit within a few days of a limit, where off-by-one errors live.
        const edge = next() < 0.5;
        const dateOfBirth = edge
          ? addDays(pick([window.dateOfBirth.from, window.dateOfBirth.to, '1976-02-29', '2004-02-29']), Math.floor(next() * 7) - 3)
          : dayIn('1960-01-01', 50 * 365);
        const arrivedInDenmarkOn = edge ? addDays(window.arrivedInDenmarkFrom, Math.floor(next() * 7) - 3) : dayIn('1990-01-01', 38 * 365);
        const facts = { dateOfBirth, arrivedInDenmarkOn, residenceBasis: pick(BASES), priorIgu: next() < 0.1 };
        const expected = isIguEligible(facts, start);
        if (matchesEligibilityWindow(window, facts) !== expected) {
          throw new Error(`window disagrees for ${JSON.stringify(facts)} starting ${start}`);
        }
      }
    }
  });
});
