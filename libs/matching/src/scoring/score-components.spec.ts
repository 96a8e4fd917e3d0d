import { describe, expect, it } from '@jest/globals';
import { toDayNumber } from '@igu/calendar';
import { NO_DATE, dateOfDay } from './day-number.js';
import { availabilityComponent, distanceComponent, roundScore, scorePoints, skillsComponent } from './score-components.js';
import { assertValidWeights } from './scoring-weights.js';

describe('roundScore', () => {
  it.each([
    [0.12345, 0.1235], // stored as 0.12344999…: rounds half up on the decimal value
    [0.00005, 0.0001],
    [0.00004999, 0],
    [0.99995, 1],
    [0.99994999, 0.9999],
    [0.075, 0.075],
    [0.35 * 0.6 + 0.15 * 0.5, 0.285],
    [1, 1],
    [0, 0],
  ])('%s → %s', (value, rounded) => {
    expect(roundScore(value)).toBe(rounded);
  });

  it('gives integer ten-thousandths', () => {
    for (let i = 0; i <= 1000; i++) expect(Number.isInteger(scorePoints(i / 997))).toBe(true);
  });
});

describe('component formulas at their boundaries', () => {
  it('availability: 1 until the start day, linear to 0 at 90 days late, NO_DATE counts as available', () => {
    expect(availabilityComponent(NO_DATE, 20_000)).toBe(1);
    expect(availabilityComponent(20_000, 20_000)).toBe(1);
    expect(availabilityComponent(19_000, 20_000)).toBe(1);
    expect(availabilityComponent(20_001, 20_000)).toBe(1 - 1 / 90);
    expect(availabilityComponent(20_090, 20_000)).toBe(0);
    expect(availabilityComponent(20_091, 20_000)).toBe(0);
  });

  it('distance: 0 exactly at maxCommuteKm, 0.2 beyond it (relocation)', () => {
    expect(distanceComponent(30, 30)).toBe(0);
    expect(distanceComponent(30.000001, 30)).toBe(0.2);
    expect(distanceComponent(0, 0)).toBe(1);
  });

  it('skills: an empty group counts as fully held', () => {
    expect(skillsComponent(0, 0, 0, 0)).toBe(1);
    expect(skillsComponent(0, 2, 0, 0)).toBeCloseTo(0.2, 12);
    expect(skillsComponent(2, 2, 0, 3)).toBeCloseTo(0.8, 12);
  });
});

describe('day numbers', () => {
  it('round-trips dates and rejects impossible ones', () => {
    expect(dateOfDay(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(() => toDayNumber('2025-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2025-1-01')).toThrow(RangeError);
  });
});

describe('scoring weights', () => {
  it('accepts the defaults and rejects negative weights or a sum other than 1', () => {
    expect(() => assertValidWeights({ occupation: 0.35, skills: 0.25, language: 0.15, distance: 0.15, availability: 0.1 })).not.toThrow();
    expect(() => assertValidWeights({ occupation: 1.1, skills: -0.1, language: 0, distance: 0, availability: 0 })).toThrow(RangeError);
    expect(() => assertValidWeights({ occupation: 0.5, skills: 0.25, language: 0.15, distance: 0.15, availability: 0.1 })).toThrow(
      RangeError,
    );
  });
});
