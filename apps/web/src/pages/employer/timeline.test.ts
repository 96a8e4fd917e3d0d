import { describe, expect, it } from 'vitest';
import { timelineLayout } from './timeline.js';

describe('timelineLayout', () => {
  it('puts a tick on every month of a 24-month programme and a bar per school period', () => {
    const { ticks, bars } = timelineLayout('2027-01-01', '2028-12-31', [{ startDate: '2027-01-01', endDate: '2027-12-31' }]);
    expect(ticks).toHaveLength(25);
    expect(ticks[0]).toEqual({ x: 0, date: '2027-01-01', month: 0 });
    expect(ticks[24]).toMatchObject({ x: 100, date: '2029-01-01' });
    expect(bars).toHaveLength(1);
    expect(bars[0].x).toBe(0);
    expect(bars[0].width).toBeCloseTo((365 / 731) * 100);
    expect(bars[0].outside).toBe(false);
  });

  it('clips a period that runs past the end, flags it, and skips one that ends before it starts', () => {
    const { bars } = timelineLayout('2027-01-01', '2028-12-31', [
      { startDate: '2028-12-01', endDate: '2029-02-01' },
      { startDate: '2027-05-01', endDate: '2027-04-01' },
    ]);
    expect(bars).toHaveLength(1);
    expect(bars[0].outside).toBe(true);
    expect(bars[0].x + bars[0].width).toBe(100);
  });
});
