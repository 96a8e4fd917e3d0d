import type { MatchPosition } from '../match.types.js';
import { toDayNumber } from '@igu/calendar';
import { NO_DATE, optionalDayNumber } from '../scoring/day-number.js';
import { haversineKm } from '@igu/geo';
import { compareIds, languageOrdinal } from '../scoring/score-pair.js';
import { POSITION_IS_IGU, POSITION_NEEDS_DRIVING_LICENCE, sharedArray, sharedCopy, type PositionArrays } from './packed-arrays.js';
import { assertPackable, assertUniqueIds, occupationNumber, skillDictionary, type SkillDictionary } from './skill-dictionary.js';

export interface PositionSchedule {
  effectiveDay: Int32Array;
  eligibilitySlot: Int32Array;
  /** Distinct days IGU positions are checked on, one per slot. */
  slotDays: number[];
}

export interface PackedPositions {
  readonly arrays: PositionArrays;
  /** Sorted by id; index i of every array is records[i]. */
  readonly records: readonly MatchPosition[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly skills: SkillDictionary;
  /** Effective start days and IGU slots for a given today (cached: incremental calls reuse it). */
  schedule(today: string): PositionSchedule;
  /** Distances from every position to a municipality centre (cached per centre). */
  distancesTo(latitude: number, longitude: number): Float64Array;
  /** The centres distancesTo was asked for so far. */
  centresAsked(): readonly (readonly [latitude: number, longitude: number])[];
}

export interface PackPositionsOptions {
  /** Index skills in this dictionary (codes outside it become -1, held by nobody). */
  skills?: SkillDictionary;
}

/** Packs the OPEN positions; only those are matched (docs/domain.md §6). */
export function packPositions(positions: readonly MatchPosition[], options: PackPositionsOptions = {}): PackedPositions {
  const records = positions.filter((position) => position.status === 'OPEN').sort((a, b) => compareIds(a.id, b.id));
  assertPackable(records.length, 'positions');
  assertUniqueIds(
    records.map((position) => position.id),
    'position',
  );
  const skills =
    options.skills ?? skillDictionary(records.flatMap((position) => [...position.requiredSkillCodes, ...position.optionalSkillCodes]));
  const arrays = fillArrays(records, skills);
  const schedules = new Map<string, PositionSchedule>();
  const columns = new Map<string, Float64Array>();
  const centres: (readonly [number, number])[] = [];
  return {
    arrays,
    records,
    indexById: new Map(records.map((position, index) => [position.id, index])),
    skills,
    schedule(today) {
      return cached(schedules, today, () => scheduleFor(arrays, today));
    },
    // At most one column per municipality (98 × positions doubles): cheap to keep.
    distancesTo(latitude, longitude) {
      return cached(columns, `${latitude},${longitude}`, () => {
        centres.push([latitude, longitude]);
        return distancesFrom(arrays, latitude, longitude);
      });
    },
    centresAsked: () => centres,
  };
}

function cached<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

function fillArrays(records: readonly MatchPosition[], skills: SkillDictionary): PositionArrays {
  const count = records.length;
  const required = records.map((position) => skillIndices(position.requiredSkillCodes, skills));
  const optional = records.map((position) => skillIndices(position.optionalSkillCodes, skills));
  const arrays: PositionArrays = {
    count,
    latitude: sharedCopy(
      Float64Array,
      records.map((position) => position.location.latitude),
    ),
    longitude: sharedCopy(
      Float64Array,
      records.map((position) => position.location.longitude),
    ),
    municipalityCode: sharedCopy(
      Int32Array,
      records.map((position) => position.municipalityCode),
    ),
    occupation: sharedCopy(
      Int32Array,
      records.map((position) => occupationNumber(position.occupationCode)),
    ),
    flags: sharedCopy(Uint8Array, records.map(positionFlags)),
    requiredLevel: sharedCopy(
      Uint8Array,
      records.map((position) => languageOrdinal(position.requiredDanishLevel)),
    ),
    startDay: sharedCopy(
      Int32Array,
      records.map((position) => optionalDayNumber(position.startDate)),
    ),
    requiredStart: sharedCopy(Int32Array, offsets(required)),
    requiredSkills: sharedCopy(Int32Array, required.flat()),
    optionalStart: sharedCopy(Int32Array, offsets(optional)),
    optionalSkills: sharedCopy(Int32Array, optional.flat()),
    scanOrder: sharedCopy(Int32Array, scanOrder(records)),
  };
  records.forEach(assertLocated);
  return arrays;
}

/**
 * Positions that score well with nearly anyone first (no required skills, no
 * Danish requirement, no driving licence): the candidates' floors rise early,
 * so fewer pairs enter a heap only to be pushed out again, and more are
 * dropped by their bound. Then by municipality, so that consecutive positions
 * reach the same candidates.
 */
function scanOrder(records: readonly MatchPosition[]): number[] {
  const openness = records.map(
    (position) =>
      (position.requiredSkillCodes.length === 0 ? 4 : 0) +
      (position.optionalSkillCodes.length === 0 ? 1 : 0) +
      Math.max(0, 3 - languageOrdinal(position.requiredDanishLevel)) +
      (position.drivingLicenceRequired ? 0 : 1),
  );
  return records
    .map((_, index) => index)
    .sort((a, b) => openness[b] - openness[a] || records[a].municipalityCode - records[b].municipalityCode || a - b);
}

function positionFlags(position: MatchPosition): number {
  return (position.drivingLicenceRequired ? POSITION_NEEDS_DRIVING_LICENCE : 0) | (position.kind === 'IGU' ? POSITION_IS_IGU : 0);
}

function assertLocated(position: MatchPosition): void {
  if (!Number.isFinite(position.location.latitude) || !Number.isFinite(position.location.longitude)) {
    throw new RangeError(`Position ${position.id} has no location`);
  }
}

/** A skill listed twice counts once, as in the reference scorer. */
function skillIndices(codes: readonly string[], skills: SkillDictionary): number[] {
  return [...new Set(codes)].map((code) => skills.index.get(code) ?? -1);
}

function offsets(groups: readonly (readonly number[])[]): number[] {
  const result = [0];
  for (const group of groups) result.push(result[result.length - 1] + group.length);
  return result;
}

/** IGU positions are checked for eligibility on their start day (or today); each distinct day gets a slot. */
function scheduleFor(arrays: PositionArrays, today: string): PositionSchedule {
  const todayDay = toDayNumber(today);
  const effectiveDay = sharedArray(Int32Array, arrays.count);
  const eligibilitySlot = sharedArray(Int32Array, arrays.count);
  const slotByDay = new Map<number, number>();
  for (let position = 0; position < arrays.count; position++) {
    const start = arrays.startDay[position];
    const day = start === NO_DATE ? todayDay : start;
    effectiveDay[position] = day;
    eligibilitySlot[position] = arrays.flags[position] & POSITION_IS_IGU ? slotOf(slotByDay, day) : -1;
  }
  return { effectiveDay, eligibilitySlot, slotDays: [...slotByDay.keys()] };
}

function slotOf(slotByDay: Map<number, number>, day: number): number {
  let slot = slotByDay.get(day);
  if (slot === undefined) slotByDay.set(day, (slot = slotByDay.size));
  return slot;
}

function distancesFrom(arrays: PositionArrays, latitude: number, longitude: number): Float64Array {
  const distances = new Float64Array(arrays.count);
  for (let position = 0; position < arrays.count; position++) {
    distances[position] = haversineKm(arrays.latitude[position], arrays.longitude[position], latitude, longitude);
  }
  return distances;
}
