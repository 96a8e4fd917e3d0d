import { describe, expect, it } from '@jest/globals';
import { maskCpr, parseCpr } from '@igu/personal-data';
import { maskedCprOf } from './candidate-views.js';

describe('masked CPR from the birth date', () => {
  it.each(['150395-1187', '050201-4125', '290200-4000', '311299-1234'])('equals maskCpr of %s', (cpr) => {
    const parsed = parseCpr(cpr)!;
    expect(maskedCprOf(parsed.dateOfBirth)).toBe(maskCpr(parsed.digits));
  });
});
