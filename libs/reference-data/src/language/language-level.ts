import { registerEnumType } from '@nestjs/graphql';

/**
 * CEFR levels; Danish education module 6 of DU1/DU2/DU3 is about A2/B1/B2.
 * Shared by positions (required level) and candidates (held level), so the
 * GraphQL enum is registered once, here.
 */
export enum LanguageLevel {
  NONE = 'NONE',
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

registerEnumType(LanguageLevel, { name: 'LanguageLevel', description: 'CEFR level' });

export const LANGUAGE_LEVELS: readonly LanguageLevel[] = Object.values(LanguageLevel);

/** 0 for NONE … 6 for C2, for "at least" comparisons. */
export function languageLevelRank(level: LanguageLevel): number {
  return LANGUAGE_LEVELS.indexOf(level);
}
