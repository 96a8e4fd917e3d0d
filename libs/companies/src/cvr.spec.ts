import { describe, expect, it } from '@jest/globals';
import { isValidCvr } from './cvr.js';

describe('CVR modulus 11', () => {
  it.each(['13748136', '10403782', '25313763'])('accepts %s', (cvr) => expect(isValidCvr(cvr)).toBe(true));
  it.each([
    ['13748137', 'check digit off by one'],
    ['1374813', 'seven digits'],
    ['137481360', 'nine digits'],
    ['1374813A', 'a letter'],
    ['00000000', 'leading zero'],
  ])('rejects %s (%s)', (cvr) => expect(isValidCvr(cvr)).toBe(false));
});
