/**
 * docs/domain.md §12, like the official jobindsats portal: a row where any
 * count is from 1 to 4 is suppressed as a whole (`suppressed = true`, every
 * count, share and median null). Zero is shown as zero: "nobody" reveals no
 * one. Stricter than jobindsats' cell-by-cell rule and simple to audit.
 *
 * The counts behind the shares and the median (how many were offered within
 * 14 days, within a month, at all) count too: a share of 2/10 would reveal
 * the 2 as surely as the count itself.
 */
export const SUPPRESSION_THRESHOLD = 5;

export function isSmallCount(count: number): boolean {
  return count >= 1 && count < SUPPRESSION_THRESHOLD;
}

export function mustSuppress(counts: readonly number[]): boolean {
  return counts.some(isSmallCount);
}
