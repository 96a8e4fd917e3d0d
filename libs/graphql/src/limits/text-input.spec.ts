import { describe, expect, it } from '@jest/globals';
import { MAX_TEXT_LENGTH, textProblem } from './text-input.js';

describe('text inputs', () => {
  it.each(['', 'Olena', 'København Ø', 'emoji 👩‍🔧 pairs', 'x'.repeat(MAX_TEXT_LENGTH)])('accepts %j', (value) => {
    expect(textProblem(value)).toBeNull();
  });

  it.each([
    ['a NUL character', 'a\u0000b', 'INVALID_TEXT'],
    ['a lone high surrogate', 'a\uD800', 'INVALID_TEXT'],
    ['a lone low surrogate', '\uDC00b', 'INVALID_TEXT'],
    ['more than the global maximum', 'x'.repeat(MAX_TEXT_LENGTH + 1), 'TEXT_TOO_LONG'],
  ])('refuses %s', (_name, value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });
});
