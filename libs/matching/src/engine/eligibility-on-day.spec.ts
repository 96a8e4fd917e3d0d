import { describe, expect, it } from '@jest/globals';
import { SeededRandom, eligibilityTestDouble } from '@igu/matching-fixtures';
import { dateKey, type EligibilityCheck, type EligibilityFacts, type ResidenceBasis, withinBounds } from '../match.types.js';
import { iguEligibility } from '../persistence/igu-eligibility.js';
import { toDayNumber } from '@igu/calendar';
import { dateOfDay } from '../scoring/day-number.js';
import { EligibilityCache } from './eligibility-cache.js';

const BASES: ResidenceBasis[] = [
  'REFUGEE',
  'FAMILY_REUNIFIED_TO_REFUGEE',
  'FAMILY_REUNIFIED_OTHER',
  'UKRAINE_SPECIAL_ACT',
  'AFGHAN_SPECIAL_ACT',
  'OTHER',
];

function date(random: SeededRandom, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // Month ends and 29 February come up often: that is where anniversaries go wrong.
  const day = random.chance(0.3) ? days : random.int(1, days);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe.each([
  ['the IGU rule', iguEligibility],
  ['the test double', eligibilityTestDouble],
])('%s as bounds for one day', (_, check: EligibilityCheck) => {
  it('answers like the rule itself, for every candidate and day tried', () => {
    const random = new SeededRandom(31);
    let eligible = 0;
    for (let round = 0; round < 300; round++) {
      const onDate = date(random, 2016, 2028);
      const bounds = check.onDay!(onDate);
      for (let i = 0; i < 40; i++) {
        const facts: EligibilityFacts = {
          dateOfBirth: date(random, onDate.startsWith('20') ? Number(onDate.slice(0, 4)) - 55 : 1960, Number(onDate.slice(0, 4)) - 15),
          arrivedInDenmarkOn: date(random, Number(onDate.slice(0, 4)) - 25, Number(onDate.slice(0, 4))),
          residenceBasis: random.pick(BASES),
          priorIgu: random.chance(0.1),
        };
        const expected = check(facts, onDate);
        if (expected) eligible++;
        expect([onDate, facts, withinBounds(bounds, facts)]).toEqual([onDate, facts, expected]);
      }
    }
    expect(eligible).toBeGreaterThan(1_000);
  });

  it('gives a whole side the same bits as asking the rule candidate by candidate', () => {
    const random = new SeededRandom(7);
    const people: EligibilityFacts[] = Array.from({ length: 3_000 }, () => ({
      dateOfBirth: date(random, 1965, 2010),
      arrivedInDenmarkOn: date(random, 2000, 2026),
      residenceBasis: random.pick(BASES),
      priorIgu: random.chance(0.1),
    }));
    const cache = new EligibilityCache(people);
    let eligibleSeen = 0;
    for (const onDate of ['2020-02-29', '2021-05-01', '2023-12-31', '2024-01-01', '2026-12-04', '2028-01-01']) {
      const bits = cache.bitsFor(toDayNumber(onDate), check);
      const eligible = people.map((_, i) => (bits[i >>> 5] & (1 << (i & 31))) !== 0);
      expect(eligible).toEqual(people.map((facts) => check(facts, dateOfDay(toDayNumber(onDate)))));
      eligibleSeen += eligible.filter(Boolean).length;
    }
    expect(eligibleSeen).toBeGreaterThan(1_000);
  });
});

describe('dateKey', () => {
  it('reads a date as YYYYMMDD, so keys order as the dates do', () => {
    expect(dateKey('2028-02-29')).toBe(20_280_229);
    expect(dateKey('0999-12-31')).toBe(9_991_231);
    const random = new SeededRandom(11);
    const dates = Array.from({ length: 500 }, () => date(random, 1950, 2030));
    const byKey = [...dates].sort((a, b) => dateKey(a) - dateKey(b));
    expect(byKey).toEqual([...dates].sort());
  });

  it('is NaN for anything but a YYYY-MM-DD date (never a key that compares as a real date)', () => {
    for (const bad of ['', '2026-1-01', '2026-01-1', '20260101', '2026/01/01', '2026-0a-01', '2026-01-01T00:00', ' 2026-01-01']) {
      expect([bad, dateKey(bad)]).toEqual([bad, NaN]);
    }
  });
});
