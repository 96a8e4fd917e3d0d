import type { EligibilityCheck } from '../match.types.js';
import { DEFAULT_SCORING_WEIGHTS, assertValidWeights, type ScoringWeights } from '../scoring/scoring-weights.js';
import type { PackedCandidates } from './pack-candidates.js';
import type { PackedPositions } from './pack-positions.js';
import { sharedArray, type RunArrays } from './packed-arrays.js';

export interface ScoringOptions {
  /** 'YYYY-MM-DD': the start date of positions without one. */
  today: string;
  isEligible: EligibilityCheck;
  weights?: ScoringWeights;
}

/** Everything a run needs beyond the packed arrays; IGU eligibility comes from the candidates' cache. */
export function prepareRun(positions: PackedPositions, candidates: PackedCandidates, options: ScoringOptions): RunArrays {
  const { slotDays } = positions.schedule(options.today);
  const slotBits = slotDays.map((day) => candidates.eligibility.bitsFor(day, options.isEligible));
  return assembleRun(positions, candidates, options, slotBits);
}

/** Same, yielding to the event loop while the eligibility rules run. */
export async function prepareRunAsync(
  positions: PackedPositions,
  candidates: PackedCandidates,
  options: ScoringOptions,
): Promise<RunArrays> {
  const { slotDays } = positions.schedule(options.today);
  const slotBits: Uint32Array[] = [];
  for (const day of slotDays) slotBits.push(await candidates.eligibility.bitsForAsync(day, options.isEligible));
  return assembleRun(positions, candidates, options, slotBits);
}

function assembleRun(
  positions: PackedPositions,
  candidates: PackedCandidates,
  options: ScoringOptions,
  slotBits: readonly Uint32Array[],
): RunArrays {
  const schedule = positions.schedule(options.today);
  const words = candidates.eligibility.words;
  const eligibility = sharedArray(Uint32Array, slotBits.length * words);
  slotBits.forEach((bits, slot) => eligibility.set(bits, slot * words));
  return {
    weights: assertValidWeights({ ...(options.weights ?? DEFAULT_SCORING_WEIGHTS) }),
    effectiveDay: schedule.effectiveDay,
    eligibilitySlot: schedule.eligibilitySlot,
    eligibility,
    eligibilityWords: words,
    ...skillsInCandidateDictionary(positions, candidates),
  };
}

interface RemappedSkills {
  requiredSkills: Int32Array;
  optionalSkills: Int32Array;
}

/**
 * Remapped skill lists, kept per (positions, candidate dictionary): a
 * candidate scored alone against the positions is packed over their
 * dictionary, so every incremental candidate row reuses the same arrays.
 */
const remappedSkills = new WeakMap<PackedPositions, WeakMap<object, RemappedSkills>>();

function skillsInCandidateDictionary(positions: PackedPositions, candidates: PackedCandidates): RemappedSkills {
  let byDictionary = remappedSkills.get(positions);
  if (!byDictionary) remappedSkills.set(positions, (byDictionary = new WeakMap()));
  let remapped = byDictionary.get(candidates.skills);
  if (!remapped) {
    remapped = {
      requiredSkills: inCandidateDictionary(positions.arrays.requiredSkills, positions, candidates),
      optionalSkills: inCandidateDictionary(positions.arrays.optionalSkills, positions, candidates),
    };
    byDictionary.set(candidates.skills, remapped);
  }
  return remapped;
}

/** Position skill indices re-expressed as bit positions in the candidates' dictionary. */
function inCandidateDictionary(skills: Int32Array, positions: PackedPositions, candidates: PackedCandidates): Int32Array {
  const sameDictionary = positions.skills === candidates.skills;
  const { unheldSkill } = candidates.arrays;
  const remapped = sharedArray(Int32Array, skills.length);
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i];
    if (skill < 0) remapped[i] = unheldSkill;
    else remapped[i] = sameDictionary ? skill : (candidates.skills.index.get(positions.skills.codes[skill]) ?? unheldSkill);
  }
  return remapped;
}
