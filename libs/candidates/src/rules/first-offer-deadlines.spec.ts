import { describe, expect, it } from '@jest/globals';
import { firstOfferDates, isFirstOfferOverdue } from './first-offer-deadlines.js';

describe('first-offer deadlines', () => {
  it.each([
    // [arrived in municipality, target (+14 days), deadline (+1 calendar month)]
    ['2025-03-10', '2025-03-24', '2025-04-10'],
    ['2025-01-31', '2025-02-14', '2025-02-28'], // clamped at the end of February
    ['2024-01-31', '2024-02-14', '2024-02-29'], // leap year
    ['2025-03-31', '2025-04-14', '2025-04-30'],
    ['2024-12-20', '2025-01-03', '2025-01-20'], // across the year
    ['2025-02-28', '2025-03-14', '2025-03-28'],
  ])('arrived %s: target %s, deadline %s', (arrived, target, deadline) => {
    expect(firstOfferDates(arrived)).toEqual({ firstOfferTargetDate: target, firstOfferDeadline: deadline });
  });

  it('is overdue only after the deadline day, and only without an offer', () => {
    const candidate = { firstOfferDeadline: '2025-04-10', firstOfferAt: null };
    expect(isFirstOfferOverdue(candidate, '2025-04-10')).toBe(false);
    expect(isFirstOfferOverdue(candidate, '2025-04-11')).toBe(true);
    expect(isFirstOfferOverdue({ ...candidate, firstOfferAt: '2025-04-20' }, '2025-05-01')).toBe(false);
  });
});
