import type { MatchCandidate } from '../match.types.js';
import { optionalDayNumber } from '../scoring/day-number.js';
import { compareIds, languageOrdinal } from '../scoring/score-pair.js';
import { EligibilityCache } from './eligibility-cache.js';
import {
  CANDIDATE_HAS_DRIVING_LICENCE,
  CANDIDATE_RELOCATES,
  OCCUPATION_GROUP_WORDS,
  sharedArray,
  sharedCopy,
  type CandidateArrays,
} from './packed-arrays.js';
import { assertPackable, occupationNumber, skillDictionary, type SkillDictionary } from './skill-dictionary.js';

export interface PackedCandidates {
  readonly arrays: CandidateArrays;
  /** In packed order (index i of every array is records[i]). */
  readonly records: readonly MatchCandidate[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly skills: SkillDictionary;
  /** IGU eligibility per day, filled on first use. */
  readonly eligibility: EligibilityCache;
}

export interface PackCandidatesOptions {
  /**
   * Lay skill bits out over this dictionary instead of the candidates' own
   * codes (skills outside it are dropped: no position asks for them). Used to
   * score one candidate against already packed positions.
   */
  skills?: SkillDictionary;
}

/** Packs the AVAILABLE candidates; the others never match (docs/domain.md §6), so they are left out. */
export function packCandidates(candidates: readonly MatchCandidate[], options: PackCandidatesOptions = {}): PackedCandidates {
  const available = candidates.filter((candidate) => candidate.status === 'AVAILABLE');
  assertPackable(available.length, 'candidates');
  const idRanks = uniqueIdRanks(available);
  const municipalities = municipalityTable(available);
  const order = packedOrder(available, idRanks, municipalities.indexByCode);
  const records = Array.from(order, (index) => available[index]);
  const skills = options.skills ?? skillDictionary(skillCodesOf(records));
  const arrays = fillArrays(records, municipalities, skills);
  fillRanks(arrays, order, idRanks);
  return {
    arrays,
    records,
    indexById: new Map(records.map((candidate, index) => [candidate.id, index])),
    skills,
    eligibility: new EligibilityCache(records),
  };
}

/** Every skill code the candidates hold, once (no flattened copy of every list: a surge run holds two million). */
function skillCodesOf(records: readonly MatchCandidate[]): Set<string> {
  const codes = new Set<string>();
  for (const candidate of records) for (const code of candidate.skillCodes) codes.add(code);
  return codes;
}

interface MunicipalityTable {
  codes: number[];
  latitude: number[];
  longitude: number[];
  indexByCode: Map<number, number>;
}

/** Distinct municipalities, by code; distances are computed once per municipality centre. */
function municipalityTable(candidates: readonly MatchCandidate[]): MunicipalityTable {
  const centres = new Map<number, MatchCandidate['municipalityCentre']>();
  for (const candidate of candidates) {
    const known = centres.get(candidate.municipalityCode);
    const centre = candidate.municipalityCentre;
    if (!Number.isFinite(centre.latitude) || !Number.isFinite(centre.longitude)) {
      throw new RangeError(`Candidate ${candidate.id} has no municipality centre`);
    }
    if (!known) centres.set(candidate.municipalityCode, centre);
    else if (known.latitude !== centre.latitude || known.longitude !== centre.longitude) {
      throw new RangeError(`Municipality ${candidate.municipalityCode} has two different centres`);
    }
  }
  const codes = [...centres.keys()].sort((a, b) => a - b);
  return {
    codes,
    latitude: codes.map((code) => centres.get(code)!.latitude),
    longitude: codes.map((code) => centres.get(code)!.longitude),
    indexByCode: new Map(codes.map((code, index) => [code, index])),
  };
}

/**
 * Each candidate's rank among the ids (the tie-break), by input index. A full
 * run loads candidates in id order, so that is checked in one pass (which
 * also proves the ids unique) before falling back to a sort: string
 * comparisons of a quarter of a million ids cost about half a second.
 */
function uniqueIdRanks(candidates: readonly MatchCandidate[]): Int32Array {
  const ranks = new Int32Array(candidates.length);
  let sorted = true;
  for (let i = 1; i < candidates.length && sorted; i++) sorted = compareIds(candidates[i - 1].id, candidates[i].id) < 0;
  if (sorted) {
    for (let i = 0; i < ranks.length; i++) ranks[i] = i;
    return ranks;
  }
  const byId = Array.from(candidates, (_, index) => index).sort((a, b) => compareIds(candidates[a].id, candidates[b].id));
  byId.forEach((index, rank) => {
    if (rank > 0 && candidates[byId[rank - 1]].id === candidates[index].id)
      throw new RangeError(`Duplicate candidate id ${candidates[index].id}`);
    ranks[index] = rank;
  });
  return ranks;
}

/**
 * Input indices in packed order: municipality, then non-relocating by
 * maxCommuteKm descending, then relocating; id last. The comparator reads
 * typed arrays only (a property read per record and comparison was most of
 * the sort's time).
 */
function packedOrder(candidates: readonly MatchCandidate[], idRanks: Int32Array, indexByCode: Map<number, number>): Int32Array {
  const count = candidates.length;
  // Relocating candidates after the others in their municipality, and without a commute order.
  const group = new Int32Array(count);
  const commute = new Float64Array(count);
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const candidate = candidates[index];
    group[index] = indexByCode.get(candidate.municipalityCode)! * 2 + (candidate.willingToRelocate ? 1 : 0);
    commute[index] = candidate.willingToRelocate ? 0 : candidate.maxCommuteKm;
    order[index] = index;
  }
  return order.sort((i, j) => group[i] - group[j] || commute[j] - commute[i] || idRanks[i] - idRanks[j]);
}

function fillArrays(records: readonly MatchCandidate[], municipalities: MunicipalityTable, skills: SkillDictionary): CandidateArrays {
  const count = records.length;
  // One spare bit past the dictionary: the never-set `unheldSkill`.
  const skillWords = Math.floor(skills.codes.length / 32) + 1;
  const occupations = occupationTable(records);
  const arrays: CandidateArrays = {
    count,
    skillWords,
    unheldSkill: skills.codes.length,
    municipalityCount: municipalities.codes.length,
    municipalityCodes: sharedCopy(Int32Array, municipalities.codes),
    centreLatitude: sharedCopy(Float64Array, municipalities.latitude),
    centreLongitude: sharedCopy(Float64Array, municipalities.longitude),
    groupStart: sharedArray(Int32Array, municipalities.codes.length + 1),
    relocationStart: sharedArray(Int32Array, municipalities.codes.length),
    municipality: sharedArray(Int32Array, count),
    maxCommuteKm: sharedArray(Float64Array, count),
    inverseCommuteKm: sharedArray(Float64Array, count),
    flags: sharedArray(Uint8Array, count),
    danishLevel: sharedArray(Uint8Array, count),
    availableFrom: sharedArray(Int32Array, count),
    occupationDictionary: sharedCopy(Int32Array, [-1, ...occupations.codes]),
    occupationSlots: occupations.slots,
    occupationIndex: sharedArray(Uint16Array, count * occupations.slots),
    occupationGroups: sharedArray(Uint32Array, count * OCCUPATION_GROUP_WORDS),
    skillBits: sharedArray(Uint32Array, count * skillWords),
    idRank: sharedArray(Int32Array, count),
    byRank: sharedArray(Int32Array, count),
  };
  const days = new Map<string | null, number>();
  records.forEach((candidate, index) => fillCandidate(arrays, index, candidate, { municipalities, skills, occupations, days }));
  fillGroups(arrays);
  return arrays;
}

/** Desired and experience codes together, without repeats: the component takes the best of them. */
function occupationNumbers(candidate: MatchCandidate): number[] {
  return [...new Set([...candidate.desiredOccupationCodes, ...candidate.experienceOccupationCodes])].map(occupationNumber);
}

interface OccupationTable {
  codes: number[];
  /** Dictionary index (from 1) of each code. */
  indexByCode: Map<number, number>;
  slots: number;
  /** occupationNumbers of each record, by index. */
  perCandidate: number[][];
}

function occupationTable(records: readonly MatchCandidate[]): OccupationTable {
  const perCandidate = records.map(occupationNumbers);
  const codes = [...new Set(perCandidate.flat())].sort((a, b) => a - b);
  if (codes.length >= 65_535) throw new RangeError('Too many distinct occupations to pack');
  return {
    codes,
    indexByCode: new Map(codes.map((code, index) => [code, index + 1])),
    slots: perCandidate.reduce((most, own) => Math.max(most, own.length), 1),
    perCandidate,
  };
}

/** What every candidate is filled from; `days` remembers each distinct date's day number (a few hundred, a quarter of a million candidates). */
interface FillTables {
  municipalities: MunicipalityTable;
  skills: SkillDictionary;
  occupations: OccupationTable;
  days: Map<string | null, number>;
}

function fillCandidate(arrays: CandidateArrays, index: number, candidate: MatchCandidate, tables: FillTables): void {
  const { municipalities, skills, occupations, days } = tables;
  if (!(candidate.maxCommuteKm >= 0)) throw new RangeError(`Candidate ${candidate.id} has an invalid maxCommuteKm`);
  arrays.municipality[index] = municipalities.indexByCode.get(candidate.municipalityCode)!;
  arrays.maxCommuteKm[index] = candidate.maxCommuteKm;
  arrays.inverseCommuteKm[index] = 1 / Math.max(candidate.maxCommuteKm, 1);
  arrays.flags[index] =
    (candidate.drivingLicence ? CANDIDATE_HAS_DRIVING_LICENCE : 0) | (candidate.willingToRelocate ? CANDIDATE_RELOCATES : 0);
  arrays.danishLevel[index] = languageOrdinal(candidate.danishLevel);
  let day = days.get(candidate.availableFrom);
  if (day === undefined) days.set(candidate.availableFrom, (day = optionalDayNumber(candidate.availableFrom)));
  arrays.availableFrom[index] = day;
  occupations.perCandidate[index].forEach((code, slot) => {
    arrays.occupationIndex[index * arrays.occupationSlots + slot] = occupations.indexByCode.get(code)!;
    const group = Math.floor(code / 100);
    arrays.occupationGroups[index * OCCUPATION_GROUP_WORDS + (group >>> 5)] |= 1 << (group & 31);
  });
  const base = index * arrays.skillWords;
  for (const code of candidate.skillCodes) {
    const bit = skills.index.get(code);
    if (bit !== undefined) arrays.skillBits[base + (bit >>> 5)] |= 1 << (bit & 31);
  }
}

/** Records are sorted by municipality, so each group is a contiguous range. */
function fillGroups(arrays: CandidateArrays): void {
  let index = 0;
  for (let municipality = 0; municipality < arrays.municipalityCount; municipality++) {
    arrays.groupStart[municipality] = index;
    while (index < arrays.count && arrays.municipality[index] === municipality && !(arrays.flags[index] & CANDIDATE_RELOCATES)) {
      index++;
    }
    arrays.relocationStart[municipality] = index;
    while (index < arrays.count && arrays.municipality[index] === municipality) index++;
  }
  arrays.groupStart[arrays.municipalityCount] = index;
}

/** `order[packed]` is the input index of packed candidate `packed`; ranks come from the input. */
function fillRanks(arrays: CandidateArrays, order: Int32Array, idRanks: Int32Array): void {
  order.forEach((index, packed) => {
    const rank = idRanks[index];
    arrays.idRank[packed] = rank;
    arrays.byRank[rank] = packed;
  });
}
