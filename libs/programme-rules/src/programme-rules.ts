import { addDays, addMonths, anniversary, type CalendarDate, isAfter, isBefore, isCalendarDate } from '@igu/calendar';
import { IGU_LAST_START_DATE } from '@igu/eligibility';
import { type ProgrammeKind, type ProgrammeStatus, BonusMilestoneKind } from './programme-enums.js';
import { type RuleViolation, ProgrammeRuleCode, violation } from './rule-violation.js';
import { type SchoolPeriodDraft, minimumSchoolWeeks, schoolPeriodViolations, totalSchoolWeeks } from './school-periods.js';

/**
 * Programme rules of docs/domain.md §2.3 (IGU) and §3 (internship, wage subsidy).
 * `evaluateProgramme` returns every broken rule, never only the first; an empty
 * list means the programme may be submitted (docs/domain.md §4.3).
 */

// ------------------------------------------------------------------ figures

/** IGU duration: 24 months, `endDate = startDate + 24 months − 1 day`. */
export const IGU_DURATION_MONTHS = 24;
/**
 * Dates a programme may carry at all; anything outside is an input error, so
 * calendar arithmetic on stored programmes can never fail.
 */
export const PROGRAMME_DATE_RANGE = { from: '2000-01-01', until: '2099-12-31' } as const;
/** IGU work part, hours a week. */
export const IGU_WEEKLY_HOURS = { min: 25, max: 37 } as const;
/** IGU agreement registered with the authorities within 1 month. */
export const IGU_REGISTRATION_MONTHS = 1;
/** IGU employer bonus per milestone, private employers only. */
export const IGU_BONUS_AMOUNT_DKK = 20_000;
/** Internship and wage-subsidy duration limits. */
export const INTERNSHIP_MAX_WEEKS = 13;
export const WAGE_SUBSIDY_MAX_MONTHS = { private: 6, public: 12 } as const;

// ------------------------------------------------------------------ inputs

/** What the employer enters (CreateProgrammeInput / the stored programme). */
export interface ProgrammeDraft {
  kind: ProgrammeKind;
  startDate: CalendarDate;
  /** Required for INTERNSHIP and WAGE_SUBSIDY; ignored for IGU (computed). */
  endDate?: CalendarDate | null;
  weeklyWorkHours: number;
  hourlyWageDkk?: number | null;
  collectiveAgreement?: string | null;
  unionId?: string | null;
  schoolPeriods: readonly SchoolPeriodDraft[];
  employeeRepresentativeStatement?: string | null;
  noOrdinaryEmploymentLast3Months: boolean;
}

/** The eligibility module's result for the candidate at the programme's start date. */
export interface EligibilityVerdict {
  eligible: boolean;
  reasons: readonly { code: string; message: string }[];
}

export interface ProgrammeRuleContext {
  company: { publicEmployer: boolean; employeeCount: number };
  /**
   * Other INTERNSHIP/WAGE_SUBSIDY programmes of the company that are
   * PENDING_APPROVAL, APPROVED or ACTIVE and overlap this one in time (see `RATIO_COUNTED_KINDS/STATUSES` and
   * `rangesOverlap`); this programme itself is NOT included here.
   */
  otherConcurrentProgrammes: number;
  /** Required for IGU (evaluated at the start date); ignored for other kinds. */
  iguEligibility?: EligibilityVerdict | null;
}

/** Kinds and statuses that count toward the ratio rule (docs/domain.md §3). */
export const RATIO_COUNTED_KINDS: readonly ProgrammeKind[] = ['INTERNSHIP', 'WAGE_SUBSIDY'];
export const RATIO_COUNTED_STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'ACTIVE'] as const;

// ------------------------------------------------------------------ derived values

/**
 * `startDate + 24 months − 1 day`: the day before the 2nd anniversary of
 * the start, with the eligibility rules' anniversary convention (29 February →
 * 1 March in a year without it), so 2024-02-29 ends on 2026-02-28.
 */
export function iguEndDate(startDate: CalendarDate): CalendarDate {
  return addDays(anniversary(startDate, IGU_DURATION_MONTHS / 12), -1);
}

/** The end date the programme will have: computed for IGU, as entered otherwise (null when missing). */
export function programmeEndDate(draft: Pick<ProgrammeDraft, 'kind' | 'startDate' | 'endDate'>): CalendarDate | null {
  return draft.kind === 'IGU' ? iguEndDate(draft.startDate) : (draft.endDate ?? null);
}

/** IGU agreement and education plan registered within 1 month of the start; null for other kinds. */
export function registrationDeadline(kind: ProgrammeKind, startDate: CalendarDate): CalendarDate | null {
  return kind === 'IGU' ? addMonths(startDate, IGU_REGISTRATION_MONTHS) : null;
}

export interface BonusMilestone {
  kind: BonusMilestoneKind;
  dueOn: CalendarDate;
  amountDkk: number;
}

/** Private IGU employers get DKK 20,000 after 6 months and DKK 20,000 at completion (the day after the end date). */
export function bonusMilestones(kind: ProgrammeKind, startDate: CalendarDate, publicEmployer: boolean): BonusMilestone[] {
  if (kind !== 'IGU' || publicEmployer) return [];
  return [
    { kind: BonusMilestoneKind.SIX_MONTHS, dueOn: addMonths(startDate, 6), amountDkk: IGU_BONUS_AMOUNT_DKK },
    { kind: BonusMilestoneKind.COMPLETION, dueOn: addDays(iguEndDate(startDate), 1), amountDkk: IGU_BONUS_AMOUNT_DKK },
  ];
}

/** Statuses in which a programme's bonuses are (or will be) earned. */
export const BONUS_STATUSES: readonly ProgrammeStatus[] = ['APPROVED', 'ACTIVE', 'COMPLETED'];

/**
 * The milestones a programme in its current status can earn: the whole
 * schedule while APPROVED, ACTIVE or COMPLETED; for a TERMINATED one only those
 * due on or before its termination date (earned while it ran); none for a
 * programme that never started or was refused (DRAFT, PENDING_APPROVAL,
 * CHANGES_REQUESTED, REJECTED, WITHDRAWN).
 */
export function earnedBonusMilestones(
  programme: { kind: ProgrammeKind; startDate: CalendarDate; status: ProgrammeStatus; terminatedOn?: CalendarDate | null },
  publicEmployer: boolean,
): BonusMilestone[] {
  if (!isProgrammeDate(programme.startDate)) return [];
  const schedule = bonusMilestones(programme.kind, programme.startDate, publicEmployer);
  if (BONUS_STATUSES.includes(programme.status)) return schedule;
  if (programme.status === 'TERMINATED' && programme.terminatedOn) {
    return schedule.filter((milestone) => !isAfter(milestone.dueOn, programme.terminatedOn!));
  }
  return [];
}

/** A real calendar date inside PROGRAMME_DATE_RANGE. */
export function isProgrammeDate(date: string | null | undefined): date is CalendarDate {
  return typeof date === 'string' && isCalendarDate(date) && date >= PROGRAMME_DATE_RANGE.from && date <= PROGRAMME_DATE_RANGE.until;
}

/** Dates of a draft outside PROGRAMME_DATE_RANGE, with their input paths (empty when all are usable). */
export function programmeDateProblems(draft: {
  startDate?: string | null;
  endDate?: string | null;
  schoolPeriods?: readonly { startDate: string; endDate: string }[] | null;
}): string[] {
  const fields: [string, string | null | undefined][] = [
    ['input.startDate', draft.startDate],
    ['input.endDate', draft.endDate],
    ...(draft.schoolPeriods ?? []).flatMap((period, index): [string, string][] => [
      [`input.schoolPeriods[${index}].startDate`, period.startDate],
      [`input.schoolPeriods[${index}].endDate`, period.endDate],
    ]),
  ];
  return fields.filter(([, date]) => date != null && !isProgrammeDate(date)).map(([field]) => field);
}

/** Ratio rule (rimelighedskrav, docs/domain.md §3): how many INTERNSHIP/WAGE_SUBSIDY programmes may run at once. */
export function ratioLimit(employeeCount: number): number {
  if (employeeCount < 5) return 1;
  if (employeeCount <= 50) return Math.floor(employeeCount / 5);
  return 10 + Math.floor((employeeCount - 50) / 10);
}

/**
 * Latest allowed end date (inclusive) for the kind: internship start + 13 weeks − 1 day,
 * wage subsidy start + 6 (private) / 12 (public) months − 1 day, IGU its fixed end.
 */
export function maximumEndDate(kind: ProgrammeKind, startDate: CalendarDate, publicEmployer: boolean): CalendarDate {
  switch (kind) {
    case 'IGU':
      return iguEndDate(startDate);
    case 'INTERNSHIP':
      return addDays(startDate, INTERNSHIP_MAX_WEEKS * 7 - 1);
    case 'WAGE_SUBSIDY': {
      const months = publicEmployer ? WAGE_SUBSIDY_MAX_MONTHS.public : WAGE_SUBSIDY_MAX_MONTHS.private;
      return addDays(addMonths(startDate, months), -1);
    }
  }
}

// ------------------------------------------------------------------ rules

interface RuleFacts {
  draft: ProgrammeDraft;
  context: ProgrammeRuleContext;
  /** Computed for IGU, entered otherwise. */
  endDate: CalendarDate | null;
}

type Rule = (facts: RuleFacts) => RuleViolation[];

const isBlank = (value: string | null | undefined): boolean => value == null || value.trim() === '';
const when = (broken: boolean, make: () => RuleViolation): RuleViolation[] => (broken ? [make()] : []);

/** Reason codes the programme rules check themselves; not repeated from the eligibility result. */
const OWN_CODES = new Set<string>(Object.values(ProgrammeRuleCode));

// IGU (docs/domain.md §2.3) ---------------------------------------------------------------

/**
 * Employers and union representatives read these violations, so they name the
 * rule, never the person's values (no age, birth or arrival date, residence basis).
 */
const ELIGIBILITY_MESSAGES: Record<string, string> = {
  AGE_OUT_OF_RANGE: 'The candidate is outside the age range of the IGU rules at the start date',
  TOO_LONG_IN_DENMARK: 'The candidate has been in Denmark longer than the IGU rules allow at the start date',
  RESIDENCE_BASIS: "The candidate's residence basis does not qualify for IGU at the start date",
  PRIOR_IGU: 'One IGU per person: the candidate has already had an IGU',
};

const iguEligibility: Rule = ({ context }) => {
  const verdict = context.iguEligibility;
  if (!verdict) throw new Error('evaluateProgramme: iguEligibility is required for an IGU programme');
  if (verdict.eligible) return [];
  return [
    violation(ProgrammeRuleCode.IGU_NOT_ELIGIBLE, 'The candidate is not eligible for IGU at the start date', 'input.startDate'),
    ...verdict.reasons
      .filter((reason) => !OWN_CODES.has(reason.code))
      .map((reason) => ({
        code: reason.code,
        message: ELIGIBILITY_MESSAGES[reason.code] ?? 'An IGU eligibility rule is not met at the start date',
        field: 'input.startDate',
      })),
  ];
};

const schemeEnded: Rule = ({ draft }) =>
  when(isAfter(draft.startDate, IGU_LAST_START_DATE), () =>
    violation(
      ProgrammeRuleCode.SCHEME_ENDED,
      `IGU programmes must start no later than ${IGU_LAST_START_DATE} (scheme end)`,
      'input.startDate',
    ),
  );

const schoolWeeks: Rule = ({ draft }) => {
  const required = minimumSchoolWeeks(draft.startDate);
  const planned = totalSchoolWeeks(draft.schoolPeriods);
  return when(planned < required, () =>
    violation(
      ProgrammeRuleCode.SCHOOL_WEEKS_TOO_FEW,
      `An IGU starting ${draft.startDate} needs at least ${required} school weeks; the periods give ${planned}`,
      'input.schoolPeriods',
    ),
  );
};

const schoolPeriods: Rule = ({ draft, endDate }) =>
  schoolPeriodViolations(draft.schoolPeriods, draft.startDate, endDate ?? iguEndDate(draft.startDate));

const weeklyHours: Rule = ({ draft }) => {
  const hours = draft.weeklyWorkHours;
  return when(!(hours >= IGU_WEEKLY_HOURS.min && hours <= IGU_WEEKLY_HOURS.max), () =>
    violation(
      ProgrammeRuleCode.WEEKLY_HOURS_OUT_OF_RANGE,
      `IGU weekly work hours must be between ${IGU_WEEKLY_HOURS.min} and ${IGU_WEEKLY_HOURS.max}; got ${hours}`,
      'input.weeklyWorkHours',
    ),
  );
};

const wage: Rule = ({ draft }) =>
  when(!(draft.hourlyWageDkk != null && draft.hourlyWageDkk > 0), () =>
    violation(
      ProgrammeRuleCode.WAGE_MISSING,
      'An IGU needs the hourly wage (DKK, above 0) of the collective agreement',
      'input.hourlyWageDkk',
    ),
  );

const collectiveAgreement: Rule = ({ draft }) =>
  when(isBlank(draft.collectiveAgreement), () =>
    violation(
      ProgrammeRuleCode.COLLECTIVE_AGREEMENT_MISSING,
      'An IGU needs the name of the collective agreement that sets the wage',
      'input.collectiveAgreement',
    ),
  );

const unionRequired: Rule = ({ draft }) =>
  when(isBlank(draft.unionId), () =>
    violation(ProgrammeRuleCode.UNION_REQUIRED, 'An IGU needs the union of the collective agreement', 'input.unionId'),
  );

const employmentDeclaration: Rule = ({ draft }) =>
  when(!draft.noOrdinaryEmploymentLast3Months, () =>
    violation(
      ProgrammeRuleCode.EMPLOYMENT_DECLARATION_MISSING,
      'The employer must declare that the candidate had no ordinary employment at the company ' + 'in the 3 months before the start',
      'input.noOrdinaryEmploymentLast3Months',
    ),
  );

// internship and wage subsidy (docs/domain.md §3) ----------------------------------------------------------

const employeeStatement: Rule = ({ draft }) =>
  when(isBlank(draft.employeeRepresentativeStatement), () =>
    violation(
      ProgrammeRuleCode.EMPLOYEE_STATEMENT_MISSING,
      'A written statement from an employee representative is required',
      'input.employeeRepresentativeStatement',
    ),
  );

/** END_DATE_REQUIRED, END_BEFORE_START (a one-day programme, end = start, is allowed) and DURATION_TOO_LONG. */
const endDateAndDuration: Rule = ({ draft, context, endDate }) => {
  if (endDate === null) {
    return [violation(ProgrammeRuleCode.END_DATE_REQUIRED, 'An end date is required', 'input.endDate')];
  }
  if (isBefore(endDate, draft.startDate)) {
    return [
      violation(ProgrammeRuleCode.END_BEFORE_START, `The end date ${endDate} is before the start date ${draft.startDate}`, 'input.endDate'),
    ];
  }
  const latest = maximumEndDate(draft.kind, draft.startDate, context.company.publicEmployer);
  return when(isAfter(endDate, latest), () =>
    violation(
      ProgrammeRuleCode.DURATION_TOO_LONG,
      `${durationLimitText(draft.kind, context.company.publicEmployer)}: the latest end date is ${latest}`,
      'input.endDate',
    ),
  );
};

function durationLimitText(kind: ProgrammeKind, publicEmployer: boolean): string {
  if (kind === 'INTERNSHIP') return `An internship lasts at most ${INTERNSHIP_MAX_WEEKS} weeks`;
  const months = publicEmployer ? WAGE_SUBSIDY_MAX_MONTHS.public : WAGE_SUBSIDY_MAX_MONTHS.private;
  return `A wage subsidy at a ${publicEmployer ? 'public' : 'private'} employer lasts at most ${months} months`;
}

const ratio: Rule = ({ context }) => {
  const limit = ratioLimit(context.company.employeeCount);
  const concurrent = context.otherConcurrentProgrammes + 1;
  return when(concurrent > limit, () =>
    violation(
      ProgrammeRuleCode.RATIO_EXCEEDED,
      `A company with ${context.company.employeeCount} employees may have at most ${limit} internship/wage-subsidy ` +
        `programme(s) at a time; this one would make ${concurrent}`,
    ),
  );
};

/** Which rules apply to which kind, in the order their violations are reported. */
const RULES_BY_KIND: Record<ProgrammeKind, readonly Rule[]> = {
  IGU: [
    iguEligibility,
    schemeEnded,
    weeklyHours,
    wage,
    collectiveAgreement,
    unionRequired,
    employmentDeclaration,
    schoolWeeks,
    schoolPeriods,
  ],
  INTERNSHIP: [employeeStatement, endDateAndDuration, ratio],
  WAGE_SUBSIDY: [employeeStatement, endDateAndDuration, ratio],
};

/**
 * Every broken rule of docs/domain.md §2.3 (IGU) or §3 (INTERNSHIP, WAGE_SUBSIDY); empty when the
 * programme may be submitted. For IGU the entered endDate is ignored (computed).
 * Never throws on dates: one outside PROGRAMME_DATE_RANGE is reported as
 * DATE_OUT_OF_RANGE (and nothing else is evaluated, as no date arithmetic is safe).
 */
export function evaluateProgramme(draft: ProgrammeDraft, context: ProgrammeRuleContext): RuleViolation[] {
  const unusable = programmeDateProblems({
    startDate: draft.startDate,
    endDate: draft.kind === 'IGU' ? null : draft.endDate,
    schoolPeriods: draft.schoolPeriods,
  });
  if (unusable.length > 0) {
    return unusable.map((field) =>
      violation(
        ProgrammeRuleCode.DATE_OUT_OF_RANGE,
        `Dates must lie between ${PROGRAMME_DATE_RANGE.from} and ${PROGRAMME_DATE_RANGE.until}`,
        field,
      ),
    );
  }
  const facts: RuleFacts = { draft, context, endDate: programmeEndDate(draft) };
  return RULES_BY_KIND[draft.kind].flatMap((rule) => rule(facts));
}

/** A programme's kind follows its position's kind; JOB positions have no programme (null). */
export function programmeKindForPosition(positionKind: string): ProgrammeKind | null {
  return positionKind === 'IGU' || positionKind === 'INTERNSHIP' || positionKind === 'WAGE_SUBSIDY' ? positionKind : null;
}
