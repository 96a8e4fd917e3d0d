/** CEFR levels, lowest first; Danish education module 6 of DU1/DU2/DU3 ≈ A2/B1/B2. */
export enum LanguageLevel {
  NONE = 'NONE',
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

/** In ascending order: a level's index is its rank (a requirement is met by any level of equal or higher rank). */
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = Object.values(LanguageLevel);

export function languageLevelRank(level: LanguageLevel): number {
  return LANGUAGE_LEVELS.indexOf(level);
}
