// Dates as whole days since 1970-01-01 (UTC), so the engine compares and
// subtracts integers instead of parsing strings in its inner loop.

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Stands for "no date" in Int32 day arrays (e.g. availableFrom unset). */
export const NO_DATE = -2_147_483_648;

export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 2025-02-30 over to March; a round trip catches it.
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms / MS_PER_DAY;
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

export function optionalDayNumber(date: string | null): number {
  return date === null ? NO_DATE : dayNumber(date);
}

/** 'YYYY-MM-DD' of a day number; remembered, as eligibility asks for the same few days again and again. */
export function dateOfDay(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (dates.size >= 100_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}

const dates = new Map<number, string>();
