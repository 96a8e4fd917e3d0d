export { ResidenceBasis } from './residence-basis.js';
export {
  IGU_LAST_START_DATE,
  IGU_RULE_SETS,
  type IguRuleSet,
  type IguRuleSetName,
  qualifyingResidenceBases,
  type QualifyingResidence,
  ruleSetFor,
  SPECIAL_ACTS_FROM,
} from './igu-rule-sets.js';
export {
  checkIguEligibility,
  type EligibilityFacts,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityResult,
  isIguEligible,
} from './check-igu-eligibility.js';
export { eligibilityWindow, type EligibilityWindow, matchesEligibilityWindow } from './eligibility-window.js';
