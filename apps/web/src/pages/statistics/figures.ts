/** The figures of municipality statistics (docs/domain.md §12), how each reads, and how the map shades it. */
export const FIGURES = [
  'offeredWithin14Days',
  'offeredWithin1Month',
  'medianDaysToFirstOffer',
  'candidatesArrived',
  'overdueWithoutOffer',
  'proposalsSent',
  'crossMunicipalityPlacements',
  'iguStarted',
  'iguActive',
] as const;
export type Figure = (typeof FIGURES)[number];

export type FigureValues = { [F in Figure]: number | null };

const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

export function isShare(figure: Figure): boolean {
  return figure === 'offeredWithin14Days' || figure === 'offeredWithin1Month';
}

/** A figure as text: shares in per cent, the median in days (with `days` from i18n), counts as whole numbers. */
export function formatFigure(figure: Figure, value: number, days: (n: string) => string): string {
  if (isShare(figure)) return percent.format(value);
  if (figure === 'medianDaysToFirstOffer') return days(decimal.format(value));
  return decimal.format(value);
}

/** The map shades whole numbers: shares as whole per cents, the median as whole days. */
export function mapValueOf(figure: Figure, value: number): number {
  return Math.round(isShare(figure) ? value * 100 : value);
}

/** The map's whole number back as text. */
export function formatMapValue(figure: Figure, value: number, days: (n: string) => string): string {
  return isShare(figure) ? `${value} %` : formatFigure(figure, value, days);
}

/** Largest first, except the median: fewer days is better, so it ranks smallest first. Empty values last. */
export function rank<T extends FigureValues>(rows: readonly T[], figure: Figure, nameOf: (row: T) => string): T[] {
  const ascending = figure === 'medianDaysToFirstOffer';
  return [...rows].sort((a, b) => {
    const x = a[figure];
    const y = b[figure];
    if (x === null || y === null) return x === y ? nameOf(a).localeCompare(nameOf(b), 'da') : x === null ? 1 : -1;
    return (ascending ? x - y : y - x) || nameOf(a).localeCompare(nameOf(b), 'da');
  });
}

/** Today in Copenhagen as YYYY-MM-DD, and the same day a year earlier plus one (a year of days). */
export function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
  const start = new Date(`${to}T12:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to };
}
