const MAX_TOKENS = 10;

/**
 * The words of a name as the name search sees them: Unicode-normalised,
 * lower-case, split on anything that is not a letter or digit
 * ("Al-Hassan" → "al", "hassan"). Each word is stored only as a keyed HMAC.
 */
export function nameTokens(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TOKENS);
}
