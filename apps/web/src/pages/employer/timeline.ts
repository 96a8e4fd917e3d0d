/** Geometry of the programme timeline, in percent of its width (pure, so it is tested without a browser). */

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export interface TimelineTick {
  /** Percent from the left. */
  x: number;
  /** The month's first day, YYYY-MM-DD. */
  date: string;
  /** Months since the start: 0, 1, … */
  month: number;
}

export interface TimelineBar {
  x: number;
  width: number;
  /** Some of it lies outside the programme (drawn clipped, flagged). */
  outside: boolean;
  index: number;
}

export interface TimelinePeriod {
  startDate: string;
  endDate: string;
}

/** Month boundaries from the start (every month after it) and the school periods as bars, clipped to the programme. */
export function timelineLayout(startDate: string, endDate: string, periods: readonly TimelinePeriod[]) {
  const from = dayNumber(startDate);
  const length = dayNumber(endDate) + 1 - from;
  const percent = (day: number) => Math.min(100, Math.max(0, ((day - from) / length) * 100));

  const ticks: TimelineTick[] = [];
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  for (let m = 0; ; m++) {
    const date = new Date(Date.UTC(year, month - 1 + m, day)).toISOString().slice(0, 10);
    if (dayNumber(date) > dayNumber(endDate) + 1) break;
    ticks.push({ x: percent(dayNumber(date)), date, month: m });
  }

  const bars: TimelineBar[] = periods.flatMap((period, index) => {
    const start = dayNumber(period.startDate);
    const end = dayNumber(period.endDate) + 1;
    if (!(end > start)) return [];
    const x = percent(start);
    const width = percent(end) - x;
    return [{ x, width, outside: start < from || end > from + length, index }];
  });
  return { ticks, bars };
}
