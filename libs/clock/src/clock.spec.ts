import { describe, expect, it } from '@jest/globals';
import { danishDayOf } from '@igu/calendar';
import { FixedDayClock, SystemClock } from './clock.js';

describe('Clock', () => {
  it('pins the day when fixed, and follows the system otherwise', () => {
    expect(new FixedDayClock('2026-11-02').today()).toBe('2026-11-02');
    expect(new SystemClock().today()).toBe(danishDayOf(new Date()));
  });
});
