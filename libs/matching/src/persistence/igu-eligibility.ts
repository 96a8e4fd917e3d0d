import { type EligibilityFacts, isIguEligible } from '@igu/eligibility';
import type { EligibilityCheck } from '../match.types.js';

/** The real IGU rule (domain guide §2) as the engine's hard filter; the residence bases are the same strings. */
export const iguEligibility: EligibilityCheck = (facts, onDate) => isIguEligible(facts as EligibilityFacts, onDate);
