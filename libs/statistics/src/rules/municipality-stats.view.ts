import type { MunicipalityStatsRow } from '../services/municipality-stats.sql.js';
import { compareMunicipalityNames } from './municipality-order.js';
import { mustSuppress } from './suppression.js';

/** The figures of one municipality over one period, as the API shows them (null = suppressed, or nothing to divide). */
export interface MunicipalityFigures {
  candidatesArrived: number | null;
  offeredWithin14Days: number | null;
  offeredWithin1Month: number | null;
  medianDaysToFirstOffer: number | null;
  overdueWithoutOffer: number | null;
  proposalsSent: number | null;
  crossMunicipalityPlacements: number | null;
  iguStarted: number | null;
  iguActive: number | null;
}

export const FIGURES = [
  'candidatesArrived',
  'offeredWithin14Days',
  'offeredWithin1Month',
  'medianDaysToFirstOffer',
  'overdueWithoutOffer',
  'proposalsSent',
  'crossMunicipalityPlacements',
  'iguStarted',
  'iguActive',
] as const satisfies readonly (keyof MunicipalityFigures)[];
export type Figure = (typeof FIGURES)[number];

export interface MunicipalityStatsView extends MunicipalityFigures {
  municipality: {
    code: number;
    name: string;
    regionCode: number;
    latitude: number;
    longitude: number;
    population: number;
    jobcentreId: string;
  };
  from: string;
  to: string;
  suppressed: boolean;
}

const NO_FIGURES: MunicipalityFigures = {
  candidatesArrived: null,
  offeredWithin14Days: null,
  offeredWithin1Month: null,
  medianDaysToFirstOffer: null,
  overdueWithoutOffer: null,
  proposalsSent: null,
  crossMunicipalityPlacements: null,
  iguStarted: null,
  iguActive: null,
};

/** Applies the suppression rule (rules/suppression.ts) to one computed row: every count of the row, shown or behind a share, decides. */
export function toStatsView(row: MunicipalityStatsRow): MunicipalityStatsView {
  const { code, name, regionCode, latitude, longitude, population, jobcentreId, from, to } = row;
  const suppressed = mustSuppress([
    row.candidatesArrived,
    row.offeredWithin14DaysCount,
    row.offeredWithin1MonthCount,
    row.offeredCount,
    row.overdueWithoutOffer,
    row.proposalsSent,
    row.crossMunicipalityPlacements,
    row.iguStarted,
    row.iguActive,
  ]);
  const figures: MunicipalityFigures = suppressed
    ? NO_FIGURES
    : {
        candidatesArrived: row.candidatesArrived,
        offeredWithin14Days: row.offeredWithin14Days,
        offeredWithin1Month: row.offeredWithin1Month,
        medianDaysToFirstOffer: row.medianDaysToFirstOffer,
        overdueWithoutOffer: row.overdueWithoutOffer,
        proposalsSent: row.proposalsSent,
        crossMunicipalityPlacements: row.crossMunicipalityPlacements,
        iguStarted: row.iguStarted,
        iguActive: row.iguActive,
      };
  return { municipality: { code, name, regionCode, latitude, longitude, population, jobcentreId }, from, to, suppressed, ...figures };
}

/** `null` sorts by name (Danish order); a figure sorts largest first, suppressed and empty rows last, ties by name. */
export function sortStats(rows: MunicipalityStatsView[], by: Figure | null): MunicipalityStatsView[] {
  const byName = (a: MunicipalityStatsView, b: MunicipalityStatsView) => compareMunicipalityNames(a.municipality.name, b.municipality.name);
  if (by === null) return rows.sort(byName);
  return rows.sort((a, b) => {
    const x = a[by];
    const y = b[by];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}
