/**
 * Plain records the matching engine works on. They carry only what scoring
 * needs (no names, CPR or contact data), so they can be built from database
 * rows, generated for benchmarks, or shared with worker threads.
 *
 * Dates are 'YYYY-MM-DD' strings. Ids are lowercase uuid strings; ties are
 * broken by plain string order, which equals PostgreSQL's uuid order.
 */

export const LANGUAGE_LEVELS = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export type PositionKind = 'JOB' | 'IGU' | 'INTERNSHIP' | 'WAGE_SUBSIDY';
export type PositionStatus = 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';
export type CandidateStatus = 'AVAILABLE' | 'IN_PROGRAMME' | 'EMPLOYED' | 'INACTIVE';
export const RESIDENCE_BASES = [
  'REFUGEE',
  'FAMILY_REUNIFIED_TO_REFUGEE',
  'FAMILY_REUNIFIED_OTHER',
  'UKRAINE_SPECIAL_ACT',
  'AFGHAN_SPECIAL_ACT',
  'OTHER',
] as const;
export type ResidenceBasis = (typeof RESIDENCE_BASES)[number];

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface MatchPosition {
  id: string;
  kind: PositionKind;
  status: PositionStatus;
  /** ISCO-08 unit group, 4 digits, e.g. '9112'. */
  occupationCode: string;
  location: GeoPoint;
  municipalityCode: number;
  startDate: string | null;
  requiredDanishLevel: LanguageLevel;
  drivingLicenceRequired: boolean;
  requiredSkillCodes: readonly string[];
  optionalSkillCodes: readonly string[];
}

/** What IGU eligibility is decided on (docs/domain.md §2.1). */
export interface EligibilityFacts {
  dateOfBirth: string;
  residenceBasis: ResidenceBasis;
  arrivedInDenmarkOn: string;
  priorIgu: boolean;
}

export interface MatchCandidate extends EligibilityFacts {
  id: string;
  status: CandidateStatus;
  municipalityCode: number;
  /** Centre of the candidate's municipality: distances are measured from here. */
  municipalityCentre: GeoPoint;
  /** ISCO-08 unit groups, 4 digits. */
  desiredOccupationCodes: readonly string[];
  experienceOccupationCodes: readonly string[];
  skillCodes: readonly string[];
  danishLevel: LanguageLevel;
  drivingLicence: boolean;
  maxCommuteKm: number;
  willingToRelocate: boolean;
  availableFrom: string | null;
}

/**
 * Injected IGU eligibility rule (the real one lives in `@igu/eligibility`).
 * `onDay` may give the same rule on one date as bounds, so that a whole
 * candidate side is checked with integer comparisons.
 */
export type EligibilityCheck = ((facts: EligibilityFacts, onDate: string) => boolean) & {
  onDay?: (onDate: string) => EligibilityBounds;
};

/**
 * Who is eligible on one day: dates as YYYYMMDD numbers (`dateKey`; their
 * order is the dates' order, even for a 29 February that a year lacks), all
 * bounds inclusive, and never with a prior IGU.
 */
export interface EligibilityBounds {
  open: boolean;
  bornFrom: number;
  bornTo: number;
  arrivedFrom: number;
  residenceBases: readonly ResidenceBasis[];
}

/**
 * 'YYYY-MM-DD' as the number YYYYMMDD, read digit by digit: a repacked
 * candidate side converts two dates per candidate, and slicing strings was
 * most of that time. Anything but ten characters of that shape is NaN.
 */
export function dateKey(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return NaN;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    key = key * 10 + digit;
  }
  return key;
}

const DASH = 45;
const ZERO = 48;

export function withinBounds(bounds: EligibilityBounds, facts: EligibilityFacts): boolean {
  const born = dateKey(facts.dateOfBirth);
  return (
    bounds.open &&
    !facts.priorIgu &&
    bounds.residenceBases.includes(facts.residenceBasis) &&
    bounds.bornFrom <= born &&
    born <= bounds.bornTo &&
    bounds.arrivedFrom <= dateKey(facts.arrivedInDenmarkOn)
  );
}

export interface ScoreBreakdown {
  occupation: number;
  skills: number;
  language: number;
  distance: number;
  availability: number;
  /** Sorted skill codes the position requires and the candidate lacks. */
  missingRequiredSkills: string[];
  /** Always true for IGU positions (ineligible pairs are filtered out), null otherwise. */
  iguEligible: boolean | null;
}

export interface PairScore {
  positionId: string;
  candidateId: string;
  /** Weighted sum rounded to 4 decimals. */
  score: number;
  breakdown: ScoreBreakdown;
  /** Great-circle distance, rounded to 2 decimals for display (filters use the exact value). */
  distanceKm: number;
  crossMunicipality: boolean;
}
