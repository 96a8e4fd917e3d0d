/** One broken rule, as the contract's `RuleViolation` (code, message, field). */
export interface RuleViolation {
  /** UPPER_SNAKE rule name, e.g. `SCHOOL_WEEKS_TOO_FEW`, or an eligibility reason code. */
  code: string;
  /** Safe to show; never personal data. */
  message: string;
  /** Input path the rule is about, e.g. `input.schoolPeriods[1].endDate`; null for the programme as a whole. */
  field: string | null;
}

/** The codes the programme rules produce themselves (eligibility adds its own reason codes). */
export const ProgrammeRuleCode = {
  // IGU (docs/domain.md §2.3)
  IGU_NOT_ELIGIBLE: 'IGU_NOT_ELIGIBLE',
  SCHEME_ENDED: 'SCHEME_ENDED',
  SCHOOL_WEEKS_TOO_FEW: 'SCHOOL_WEEKS_TOO_FEW',
  SCHOOL_PERIOD_INVALID: 'SCHOOL_PERIOD_INVALID',
  SCHOOL_PERIOD_OUTSIDE_PROGRAMME: 'SCHOOL_PERIOD_OUTSIDE_PROGRAMME',
  SCHOOL_PERIODS_OVERLAP: 'SCHOOL_PERIODS_OVERLAP',
  WEEKLY_HOURS_OUT_OF_RANGE: 'WEEKLY_HOURS_OUT_OF_RANGE',
  WAGE_MISSING: 'WAGE_MISSING',
  COLLECTIVE_AGREEMENT_MISSING: 'COLLECTIVE_AGREEMENT_MISSING',
  UNION_REQUIRED: 'UNION_REQUIRED',
  EMPLOYMENT_DECLARATION_MISSING: 'EMPLOYMENT_DECLARATION_MISSING',
  // internship and wage subsidy (docs/domain.md §3)
  EMPLOYEE_STATEMENT_MISSING: 'EMPLOYEE_STATEMENT_MISSING',
  END_DATE_REQUIRED: 'END_DATE_REQUIRED',
  END_BEFORE_START: 'END_BEFORE_START',
  DURATION_TOO_LONG: 'DURATION_TOO_LONG',
  RATIO_EXCEEDED: 'RATIO_EXCEEDED',
  // dates any programme may carry
  DATE_OUT_OF_RANGE: 'DATE_OUT_OF_RANGE',
} as const;
export type ProgrammeRuleCode = (typeof ProgrammeRuleCode)[keyof typeof ProgrammeRuleCode];

export function violation(code: ProgrammeRuleCode, message: string, field: string | null = null): RuleViolation {
  return { code, message, field };
}
