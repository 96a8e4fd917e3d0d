import { describe, expect, it } from 'vitest';
import { firstOfferStatus, todayInDenmark } from './first-offer.js';

const dates = { firstOfferTargetDate: '2027-03-15', firstOfferDeadline: '2027-04-01' };

describe('firstOfferStatus', () => {
  it.each([
    ['2027-03-01', 'withinTarget'],
    ['2027-03-15', 'withinTarget'],
    ['2027-03-16', 'approaching'],
    ['2027-04-01', 'approaching'],
    ['2027-04-02', 'overdue'],
  ] as const)('on %s is %s', (today, status) => expect(firstOfferStatus(dates, today)).toBe(status));

  it('is offered once an offer exists, whatever the date', () => {
    expect(firstOfferStatus({ ...dates, firstOfferAt: '2027-03-20' }, '2027-05-01')).toBe('offered');
  });
});

describe('todayInDenmark', () => {
  it('is the Danish calendar day, not the UTC one', () => {
    expect(todayInDenmark(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(todayInDenmark(new Date('2027-01-01T12:00:00Z'))).toBe('2027-01-01');
  });
});
