import { describe, expect, it } from '@jest/globals';
import { erasureGroundOf } from './erasure-records.js';

describe('erasureGroundOf', () => {
  it.each([
    ['CONSENT_WITHDRAWN', 'CONSENT_WITHDRAWN'],
    ['  no_longer_necessary ', 'NO_LONGER_NECESSARY'],
    ['LEGAL_OBLIGATION', 'LEGAL_OBLIGATION'],
    // Free text is never kept, whatever it says.
    ['Borgeren har bedt om sletning', 'OTHER'],
    ['CONSENT_WITHDRAWN because she moved to Odense', 'OTHER'],
    ['', 'OTHER'],
  ])('keeps %j as %s', (reason, ground) => {
    expect(erasureGroundOf(reason)).toBe(ground);
  });
});
