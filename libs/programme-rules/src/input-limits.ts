/**
 * Length limits of free text in proposals and programmes: long enough for any
 * real note, short enough that nobody stores megabytes through a reason field.
 */
export const TEXT_LIMITS = {
  /** Reasons, comments, notes, statements, school period descriptions. */
  text: 2000,
  /** The name of a collective agreement (as positions). */
  collectiveAgreement: 200,
} as const;

export interface TooLong {
  field: string;
  max: number;
}

/** The first value longer than its limit, or null. Each entry: [input path, value, limit]. */
export function firstTooLong(entries: readonly (readonly [string, string | null | undefined, number])[]): TooLong | null {
  for (const [field, value, max] of entries) {
    if (typeof value === 'string' && value.length > max) return { field, max };
  }
  return null;
}
