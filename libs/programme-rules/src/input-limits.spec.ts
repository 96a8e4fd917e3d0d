import { describe, expect, it } from '@jest/globals';
import { firstTooLong, TEXT_LIMITS } from './input-limits.js';

describe('firstTooLong', () => {
  it('names the first value over its limit; the limit itself is allowed', () => {
    const ok = 'x'.repeat(TEXT_LIMITS.text);
    expect(
      firstTooLong([
        ['reason', ok, TEXT_LIMITS.text],
        ['comment', null, TEXT_LIMITS.text],
      ]),
    ).toBeNull();
    expect(
      firstTooLong([
        ['reason', ok, TEXT_LIMITS.text],
        ['input.collectiveAgreement', 'x'.repeat(201), TEXT_LIMITS.collectiveAgreement],
        ['comment', `${ok}x`, TEXT_LIMITS.text],
      ]),
    ).toEqual({ field: 'input.collectiveAgreement', max: 200 });
  });
});
