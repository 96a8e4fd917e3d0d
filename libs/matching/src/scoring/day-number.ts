import { fromDayNumber, toDayNumber } from '@igu/calendar';

// The engine keeps dates as day numbers (@igu/calendar's `toDayNumber`) in
// Int32Arrays, so its inner loop compares integers instead of strings.

/** Stands for "no date" in Int32 day arrays (e.g. availableFrom unset). */
export const NO_DATE = -2_147_483_648;

export function optionalDayNumber(date: string | null): number {
  return date === null ? NO_DATE : toDayNumber(date);
}

/** 'YYYY-MM-DD' of a day number; remembered, as eligibility asks for the same few days again and again. */
export function dateOfDay(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    if (dates.size >= 100_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}

const dates = new Map<number, string>();
