// Deterministic, realistic test and benchmark data: the same seed and size
// always give the same records. Realistic shapes: refugees
// spread like the population, IGU-typical occupations (ISCO major groups 5, 7,
// 8 and 9), modest Danish, positions of all four kinds nationwide.
import type {
  CandidateStatus,
  LanguageLevel,
  MatchCandidate,
  MatchPosition,
  PositionKind,
  PositionStatus,
  ResidenceBasis,
} from '@igu/matching';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '@igu/calendar';
import { referenceTables, type MunicipalityInfo, type OccupationInfo, type ReferenceTables } from './reference-tables.js';
import { SeededRandom, WeightedPicker, weighted } from './seeded-random.js';

export const GENERATOR_SIZES = {
  tiny: { candidates: 200, positions: 50 },
  quick: { candidates: 2_000, positions: 400 },
  national: { candidates: 50_000, positions: 10_000 },
  surge: { candidates: 250_000, positions: 10_000 },
} as const;

export type GeneratorSize = keyof typeof GENERATOR_SIZES;

export interface GenerateOptions {
  seed?: number;
  /** The generated dates are relative to this day; default 2026-01-05. */
  today?: string;
  /**
   * Extra non-AVAILABLE candidates and non-OPEN positions, as a share of the
   * size (default 0.05), so filters have something to drop. The size counts
   * AVAILABLE candidates and OPEN positions.
   */
  inactiveShare?: number;
}

export interface MatchData {
  seed: number;
  today: string;
  candidates: MatchCandidate[];
  positions: MatchPosition[];
}

export const DEFAULT_GENERATOR_SEED = 20_260_105;
export const DEFAULT_GENERATOR_TODAY = '2026-01-05';

export function generateMatchData(
  size: GeneratorSize | { candidates: number; positions: number },
  options: GenerateOptions = {},
): MatchData {
  const counts = typeof size === 'string' ? GENERATOR_SIZES[size] : size;
  const seed = options.seed ?? DEFAULT_GENERATOR_SEED;
  const today = options.today ?? DEFAULT_GENERATOR_TODAY;
  const inactiveShare = options.inactiveShare ?? 0.05;
  const world = new World(referenceTables(), toDayNumber(today));
  // Separate streams: changing the candidate count leaves the positions as they were.
  const candidateRandom = new SeededRandom(seed ^ 0x5eed_c0de);
  const positionRandom = new SeededRandom(seed ^ 0x0b05_1710);
  return {
    seed,
    today,
    candidates: withInactive(counts.candidates, inactiveShare, (active) => world.candidate(candidateRandom, active)),
    positions: withInactive(counts.positions, inactiveShare, (active) => world.position(positionRandom, active)),
  };
}

function withInactive<T>(active: number, inactiveShare: number, make: (active: boolean) => T): T[] {
  const inactive = Math.round(active * inactiveShare);
  return Array.from({ length: active + inactive }, (_, index) => make(index < active));
}

const LANGUAGE_OF_CANDIDATES = weighted<LanguageLevel>([
  ['NONE', 25],
  ['A1', 25],
  ['A2', 22],
  ['B1', 15],
  ['B2', 8],
  ['C1', 4],
  ['C2', 1],
]);
const LANGUAGE_REQUIRED = weighted<LanguageLevel>([
  ['NONE', 45],
  ['A1', 20],
  ['A2', 20],
  ['B1', 10],
  ['B2', 5],
]);
const RESIDENCE_BASIS = weighted<ResidenceBasis>([
  ['REFUGEE', 45],
  ['FAMILY_REUNIFIED_TO_REFUGEE', 20],
  ['UKRAINE_SPECIAL_ACT', 20],
  ['AFGHAN_SPECIAL_ACT', 3],
  ['FAMILY_REUNIFIED_OTHER', 7],
  ['OTHER', 5],
]);
const AGE_YEARS = weighted<[number, number]>([
  [[18, 24], 25],
  [[25, 34], 35],
  [[35, 44], 25],
  [[45, 54], 12],
  [[55, 60], 3],
]);
const YEARS_IN_DENMARK = weighted<[number, number]>([
  [[0, 1], 30],
  [[1, 3], 30],
  [[3, 6], 20],
  [[6, 10], 12],
  [[10, 22], 8],
]);
const MAX_COMMUTE_KM = weighted<number>([
  [5, 5],
  [10, 15],
  [15, 15],
  [20, 20],
  [25, 10],
  [30, 15],
  [40, 10],
  [50, 7],
  [75, 3],
]);
const POSITION_KIND = weighted<PositionKind>([
  ['JOB', 40],
  ['IGU', 25],
  ['INTERNSHIP', 22],
  ['WAGE_SUBSIDY', 13],
]);
const INACTIVE_CANDIDATE = weighted<CandidateStatus>([
  ['IN_PROGRAMME', 2],
  ['EMPLOYED', 2],
  ['INACTIVE', 1],
]);
const INACTIVE_POSITION = weighted<PositionStatus>([
  ['DRAFT', 1],
  ['FILLED', 1],
  ['CLOSED', 2],
]);

/** IGU-typical major groups weigh more; occupations with known skills more than those without. */
function occupationWeight(occupation: OccupationInfo): number {
  const major = occupation.code[0];
  const typical = '5789'.includes(major);
  if (occupation.skillCodes.length === 0) return typical ? 1 : 0.2;
  if (typical) return 8;
  return '46'.includes(major) ? 3 : major === '3' ? 1.5 : 0.5;
}

class World {
  private readonly municipalities: WeightedPicker<MunicipalityInfo>;
  private readonly occupations: WeightedPicker<OccupationInfo>;
  private readonly occupationByCode: Map<string, OccupationInfo>;
  private readonly byMinorGroup: Map<string, OccupationInfo[]>;
  private readonly bySubMajorGroup: Map<string, OccupationInfo[]>;

  constructor(
    private readonly tables: ReferenceTables,
    private readonly today: number,
  ) {
    this.municipalities = new WeightedPicker(
      tables.municipalities,
      tables.municipalities.map((municipality) => municipality.population),
    );
    this.occupations = new WeightedPicker(tables.occupations, tables.occupations.map(occupationWeight));
    this.occupationByCode = new Map(tables.occupations.map((occupation) => [occupation.code, occupation]));
    this.byMinorGroup = Map.groupBy(tables.occupations, (occupation) => occupation.code.slice(0, 3));
    this.bySubMajorGroup = Map.groupBy(tables.occupations, (occupation) => occupation.code.slice(0, 2));
  }

  candidate(random: SeededRandom, active: boolean): MatchCandidate {
    const municipality = this.municipalities.pick(random);
    const desired = this.relatedOccupations(random, random.int(1, 3));
    const experience = random.chance(0.6) ? this.relatedOccupations(random, random.int(1, 2), desired[0]) : [];
    const drivingLicence = random.chance(0.35);
    const [ageFrom, ageTo] = AGE_YEARS.pick(random);
    const [yearsFrom, yearsTo] = YEARS_IN_DENMARK.pick(random);
    return {
      id: random.uuid(),
      status: active ? 'AVAILABLE' : INACTIVE_CANDIDATE.pick(random),
      municipalityCode: municipality.code,
      municipalityCentre: { latitude: municipality.latitude, longitude: municipality.longitude },
      desiredOccupationCodes: desired,
      experienceOccupationCodes: experience,
      skillCodes: this.candidateSkills(random, [...desired, ...experience], drivingLicence),
      danishLevel: LANGUAGE_OF_CANDIDATES.pick(random),
      drivingLicence,
      maxCommuteKm: MAX_COMMUTE_KM.pick(random),
      willingToRelocate: random.chance(0.08),
      availableFrom: random.chance(0.6) ? null : this.day(random.int(0, 150)),
      dateOfBirth: this.day(-Math.round(random.int(ageFrom, ageTo) * 365.25) - random.int(0, 364)),
      residenceBasis: RESIDENCE_BASIS.pick(random),
      arrivedInDenmarkOn: this.day(-random.int(Math.round(yearsFrom * 365.25), Math.round(yearsTo * 365.25))),
      priorIgu: random.chance(0.03),
    };
  }

  position(random: SeededRandom, active: boolean): MatchPosition {
    const municipality = this.municipalities.pick(random);
    const occupation = this.occupations.pick(random);
    const kind = POSITION_KIND.pick(random);
    const pool = occupation.skillCodes.length > 0 ? occupation.skillCodes : this.tables.transversalSkillCodes;
    const required = random.sample(pool, random.int(0, 3));
    const optional = random
      .sample([...pool, ...this.tables.transversalSkillCodes], random.int(0, 3))
      .filter((code) => !required.includes(code));
    return {
      id: random.uuid(),
      kind,
      status: active ? 'OPEN' : INACTIVE_POSITION.pick(random),
      occupationCode: occupation.code,
      location: nearCentre(random, municipality),
      municipalityCode: municipality.code,
      startDate: this.startDate(random, kind),
      requiredDanishLevel: LANGUAGE_REQUIRED.pick(random),
      drivingLicenceRequired: random.chance(occupation.code.startsWith('83') ? 0.5 : 0.12),
      requiredSkillCodes: required,
      optionalSkillCodes: optional,
    };
  }

  /** The first occupation at random; the others often near it (same minor or sub-major group). */
  private relatedOccupations(random: SeededRandom, count: number, anchor?: string): string[] {
    const first = anchor ?? this.occupations.pick(random).code;
    const codes = new Set<string>(anchor === undefined || random.chance(0.5) ? [first] : []);
    for (let attempt = 0; codes.size < count && attempt < 20; attempt++) codes.add(this.nearOccupation(random, first));
    return [...codes];
  }

  private nearOccupation(random: SeededRandom, code: string): string {
    if (random.chance(0.4)) return this.occupations.pick(random).code;
    const group = random.chance(0.5) ? this.byMinorGroup.get(code.slice(0, 3)) : this.bySubMajorGroup.get(code.slice(0, 2));
    return random.pick(group!).code;
  }

  private candidateSkills(random: SeededRandom, occupations: readonly string[], drivingLicence: boolean): string[] {
    const skills = new Set<string>();
    for (const code of occupations) {
      for (const skill of this.occupationByCode.get(code)?.skillCodes ?? []) if (random.chance(0.5)) skills.add(skill);
    }
    for (const skill of random.sample(this.tables.transversalSkillCodes, random.int(1, 5))) skills.add(skill);
    if (drivingLicence && this.tables.drivingLicenceSkillCode) skills.add(this.tables.drivingLicenceSkillCode);
    return [...skills];
  }

  /** IGU programmes mostly start on the 1st or 15th of a coming month; other kinds any day, or unset. */
  private startDate(random: SeededRandom, kind: PositionKind): string | null {
    if (kind === 'IGU') {
      if (random.chance(0.1)) return null;
      const firstOfMonth = addMonths(`${fromDayNumber(this.today).slice(0, 7)}-01`, random.int(1, 6));
      return addDays(firstOfMonth, random.chance(0.5) ? 0 : 14);
    }
    return random.chance(0.35) ? null : this.day(random.int(7, 120));
  }

  private day(offset: number): string {
    return fromDayNumber(this.today + offset);
  }
}

/** Somewhere within ~6 km of the municipality centre. */
function nearCentre(random: SeededRandom, municipality: MunicipalityInfo): { latitude: number; longitude: number } {
  const distanceKm = 6 * Math.sqrt(random.next());
  const bearing = 2 * Math.PI * random.next();
  const latitude = municipality.latitude + (distanceKm * Math.cos(bearing)) / 111.2;
  const longitude = municipality.longitude + (distanceKm * Math.sin(bearing)) / (111.2 * Math.cos((municipality.latitude * Math.PI) / 180));
  return { latitude: round6(latitude), longitude: round6(longitude) };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
