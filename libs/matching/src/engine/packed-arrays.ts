// The typed-array layout the fast engine scores on. Everything here lives in
// SharedArrayBuffers so worker threads read it without copies.
// Erasable TypeScript only: worker threads load this file directly.
import type { ScoringWeights } from '../scoring/scoring-weights.js';

/** Words of `occupationGroups` per candidate: 128 bits for the 100 possible sub-major groups. */
export const OCCUPATION_GROUP_WORDS = 4;

export const CANDIDATE_HAS_DRIVING_LICENCE = 1;
export const CANDIDATE_RELOCATES = 2;
export const POSITION_NEEDS_DRIVING_LICENCE = 1;
export const POSITION_IS_IGU = 2;

/**
 * Candidates in packed order: grouped by municipality; inside a group first
 * those who will not relocate, by maxCommuteKm descending (so a scan stops at
 * the first one out of range), then those who will.
 */
export interface CandidateArrays {
  count: number;
  /** Uint32 words per candidate in skillBits. */
  skillWords: number;
  /** A bit index no candidate has set: where skills nobody holds point, so counting needs no branch. */
  unheldSkill: number;
  municipalityCount: number;
  municipalityCodes: Int32Array;
  centreLatitude: Float64Array;
  centreLongitude: Float64Array;
  /** Group m is [groupStart[m], groupStart[m + 1]); relocating members from relocationStart[m]. */
  groupStart: Int32Array;
  relocationStart: Int32Array;
  municipality: Int32Array;
  maxCommuteKm: Float64Array;
  /** 1 / max(maxCommuteKm, 1): score bounds multiply by it (a division costs more in the hottest loops). */
  inverseCommuteKm: Float64Array;
  flags: Uint8Array;
  danishLevel: Uint8Array;
  availableFrom: Int32Array;
  /**
   * Distinct ISCO unit groups of all candidates as integers, from index 1
   * (index 0 is "no occupation" and matches nothing).
   */
  occupationDictionary: Int32Array;
  /**
   * Each candidate's desired and experience occupations as dictionary
   * indices in `occupationSlots` fixed slots (unused slots 0): a fixed count
   * means no per-candidate loop length to mispredict in the hot loop.
   */
  occupationSlots: number;
  occupationIndex: Uint16Array;
  /**
   * The ISCO sub-major groups (code / 100, 0…99) among each candidate's
   * occupations, as bits in OCCUPATION_GROUP_WORDS words a candidate. A pair
   * whose position's group is not set has occupation term 0 (level 0): nine
   * pairs in ten at surge size, told by one load instead of a slot loop.
   */
  occupationGroups: Uint32Array;
  skillBits: Uint32Array;
  /** Rank of the candidate's id among all packed ids (the tie-break), and its inverse. */
  idRank: Int32Array;
  byRank: Int32Array;
}

/** Positions sorted by id, so a position's index is also its tie-break rank. */
export interface PositionArrays {
  count: number;
  latitude: Float64Array;
  longitude: Float64Array;
  municipalityCode: Int32Array;
  occupation: Int32Array;
  flags: Uint8Array;
  requiredLevel: Uint8Array;
  startDay: Int32Array;
  /** Skill indices into the positions' own dictionary; -1 for a code outside it. */
  requiredStart: Int32Array;
  requiredSkills: Int32Array;
  optionalStart: Int32Array;
  optionalSkills: Int32Array;
  /**
   * The order a full run visits positions in: those likely to score well
   * with anyone first, then by municipality (pack-positions.ts says why).
   * Any order gives the same result.
   */
  scanOrder: Int32Array;
}

/** What one scoring run adds: today's dates, IGU eligibility, skills in the candidates' dictionary. */
export interface RunArrays {
  weights: ScoringWeights;
  /** The position's start date, or today when unset (day numbers). */
  effectiveDay: Int32Array;
  /** Row of `eligibility` for IGU positions, -1 for other kinds. */
  eligibilitySlot: Int32Array;
  /** slot × candidate bitset (candidates' skillWords layout: ceil(count / 32) words per slot). */
  eligibility: Uint32Array;
  eligibilityWords: number;
  /** Position skills as bit indices in the candidates' dictionary (candidates.unheldSkill: nobody holds it). */
  requiredSkills: Int32Array;
  optionalSkills: Int32Array;
}

type TypedArrayConstructor<T> = { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

export function sharedArray<T>(Type: TypedArrayConstructor<T>, length: number): T {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}

export function sharedCopy<T extends ArrayLike<number>>(
  Type: TypedArrayConstructor<T & { set(values: ArrayLike<number>): void }>,
  values: ArrayLike<number>,
): T {
  const copy = sharedArray(Type, values.length);
  copy.set(values);
  return copy;
}
