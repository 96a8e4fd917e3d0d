import { isUuid } from '@igu/graphql';
import type { PositionKind, PositionStatus } from '../position.enums.js';

/** What `positions(filter)` accepts, as the API receives it. */
export interface PositionFilterInput {
  kinds?: PositionKind[] | null;
  statuses?: PositionStatus[] | null;
  municipalityCodes?: number[] | null;
  regionCodes?: number[] | null;
  occupationCodes?: string[] | null;
  near?: { latitude: number; longitude: number; radiusKm: number } | null;
  text?: string | null;
  companyId?: string | null;
}

/** A checked filter: empty lists dropped, text split into at most 8 terms. */
export interface PositionSearch {
  kinds?: PositionKind[];
  statuses?: PositionStatus[];
  municipalityCodes?: number[];
  regionCodes?: number[];
  occupationPrefixes?: string[];
  near?: { latitude: number; longitude: number; radiusKm: number };
  textTerms?: string[];
  companyId?: string;
}

export const FILTER_LIMITS = { listLength: 100, textLength: 200, textTerms: 8, radiusKm: [0.1, 500] } as const;

export interface FilterViolation {
  reason: 'FILTER_TOO_LONG' | 'OCCUPATION_CODE_INVALID' | 'NEAR_INVALID' | 'INVALID_ID';
  field: string;
  message: string;
}

const nonEmpty = <T>(list: T[] | null | undefined): T[] | undefined => (list && list.length > 0 ? [...new Set(list)] : undefined);

/** Checks a filter; returns the search to run or the first problem. */
export function checkPositionFilter(filter: PositionFilterInput | null | undefined): PositionSearch | FilterViolation {
  const input = filter ?? {};
  for (const key of ['kinds', 'statuses', 'municipalityCodes', 'regionCodes', 'occupationCodes'] as const) {
    if ((input[key]?.length ?? 0) > FILTER_LIMITS.listLength) {
      return { reason: 'FILTER_TOO_LONG', field: `filter.${key}`, message: `At most ${FILTER_LIMITS.listLength} values` };
    }
  }
  const occupationPrefixes = nonEmpty(input.occupationCodes?.map((code) => code.trim()));
  const badCode = occupationPrefixes?.findIndex((code) => !/^\d{1,4}$/.test(code)) ?? -1;
  if (badCode >= 0) {
    return {
      reason: 'OCCUPATION_CODE_INVALID',
      field: `filter.occupationCodes[${badCode}]`,
      message: 'Occupation codes are 1–4 digits of ISCO-08 (a prefix matches every unit group below it)',
    };
  }
  const text = input.text?.trim() ?? '';
  if (text.length > FILTER_LIMITS.textLength) {
    return { reason: 'FILTER_TOO_LONG', field: 'filter.text', message: `At most ${FILTER_LIMITS.textLength} characters` };
  }
  const near = input.near ?? undefined;
  if (near) {
    const [minRadius, maxRadius] = FILTER_LIMITS.radiusKm;
    if (Math.abs(near.latitude) > 90) return nearProblem('latitude', 'Latitude must be between -90 and 90');
    if (Math.abs(near.longitude) > 180) return nearProblem('longitude', 'Longitude must be between -180 and 180');
    if (!(near.radiusKm >= minRadius && near.radiusKm <= maxRadius)) {
      return nearProblem('radiusKm', `The radius must be between ${minRadius} and ${maxRadius} km`);
    }
  }
  const companyId = input.companyId?.trim() || undefined;
  if (companyId !== undefined && !isUuid(companyId)) {
    return { reason: 'INVALID_ID', field: 'filter.companyId', message: 'Not a company id' };
  }
  const terms = text.split(/\s+/).filter(Boolean).slice(0, FILTER_LIMITS.textTerms);
  return {
    kinds: nonEmpty(input.kinds),
    statuses: nonEmpty(input.statuses),
    municipalityCodes: nonEmpty(input.municipalityCodes),
    regionCodes: nonEmpty(input.regionCodes),
    occupationPrefixes,
    near,
    textTerms: terms.length > 0 ? terms : undefined,
    companyId,
  };
}

function nearProblem(field: string, message: string): FilterViolation {
  return { reason: 'NEAR_INVALID', field: `filter.near.${field}`, message };
}

export function isFilterViolation(value: PositionSearch | FilterViolation): value is FilterViolation {
  return 'reason' in value;
}
