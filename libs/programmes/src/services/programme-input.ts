import { isUuid } from '@igu/graphql';
import { programmeDateProblems, PROGRAMME_DATE_RANGE, type SchoolPeriodDraft, TEXT_LIMITS } from '@igu/programme-rules';
import { assertTextLimits } from '@igu/proposals';
import type { EntityManager } from 'typeorm';
import { ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';
import { queryRow } from '@igu/database';

export interface ProgrammeFields {
  startDate?: string | null;
  endDate?: string | null;
  weeklyWorkHours?: number | null;
  hourlyWageDkk?: number | null;
  collectiveAgreement?: string | null;
  unionId?: string | null;
  schoolPeriods?: SchoolPeriodDraft[] | null;
  employeeRepresentativeStatement?: string | null;
  noOrdinaryEmploymentLast3Months?: boolean | null;
}

/**
 * Input shapes only; rule violations are not input errors (they show in
 * `ruleViolations`). A start before `today` is refused: a backdated start would
 * change the eligibility verdict and make bonuses due at once.
 */
export async function checkProgrammeInput(manager: EntityManager, input: ProgrammeFields, today: string): Promise<void> {
  assertTextLimits([
    ['input.collectiveAgreement', input.collectiveAgreement, TEXT_LIMITS.collectiveAgreement],
    ['input.employeeRepresentativeStatement', input.employeeRepresentativeStatement, TEXT_LIMITS.text],
    ...(input.schoolPeriods ?? []).map(
      (period, index) => [`input.schoolPeriods[${index}].description`, period.description, TEXT_LIMITS.text] as const,
    ),
  ]);
  const [badDate] = programmeDateProblems(input);
  if (badDate) {
    throw new ProgrammeException(
      ProgrammeExceptionCode.DATE_OUT_OF_RANGE,
      `Dates must lie between ${PROGRAMME_DATE_RANGE.from} and ${PROGRAMME_DATE_RANGE.until}`,
      badDate,
    );
  }
  if (input.startDate != null && input.startDate < today) {
    throw new ProgrammeException(
      ProgrammeExceptionCode.START_DATE_IN_PAST,
      `The start date may not be before today (${today})`,
      'input.startDate',
    );
  }
  if (input.weeklyWorkHours != null && !(input.weeklyWorkHours > 0 && input.weeklyWorkHours <= 80)) {
    throw new ProgrammeException(
      ProgrammeExceptionCode.WEEKLY_HOURS_INVALID,
      'weeklyWorkHours must be between 0 and 80',
      'input.weeklyWorkHours',
    );
  }
  if (input.hourlyWageDkk != null && !(input.hourlyWageDkk >= 0 && input.hourlyWageDkk < 10_000)) {
    throw new ProgrammeException(ProgrammeExceptionCode.WAGE_INVALID, 'hourlyWageDkk must be a positive amount', 'input.hourlyWageDkk');
  }
  if (input.unionId) {
    const known =
      isUuid(input.unionId) && (await queryRow(manager, 'SELECT 1 FROM trade_union WHERE id = $1', [input.unionId])) !== undefined;
    if (!known) throw new ProgrammeException(ProgrammeExceptionCode.UNKNOWN_UNION, 'No union has that id', 'input.unionId');
  }
  if (input.schoolPeriods && input.schoolPeriods.length > 20) {
    throw new ProgrammeException(ProgrammeExceptionCode.TOO_MANY_SCHOOL_PERIODS, 'At most 20 school periods', 'input.schoolPeriods');
  }
}

export function normalisedSchoolPeriods(periods: readonly SchoolPeriodDraft[]): SchoolPeriodDraft[] {
  return periods.map((period) => ({
    startDate: period.startDate,
    endDate: period.endDate,
    description: period.description?.trim() || null,
  }));
}

/**
 * The approving union (docs/domain.md §4.3): the position's union whenever the position names
 * one (another is BAD_USER_INPUT), otherwise the one the employer names. Once
 * submitted (a union may have asked for changes) it can be neither cleared nor
 * swapped, so an employer cannot go union shopping.
 */
export function resolveUnion(options: {
  positionUnionId: string | null;
  requested: string | null | undefined;
  current?: string | null;
  submitted?: boolean;
}): string | null {
  const { positionUnionId, requested, current = null, submitted = false } = options;
  if (requested === undefined) return positionUnionId ?? current;
  if (positionUnionId) {
    if (requested !== positionUnionId) {
      throw new ProgrammeException(
        ProgrammeExceptionCode.UNION_NOT_POSITION_UNION,
        "The programme's union is the union of its position",
        'input.unionId',
      );
    }
    return positionUnionId;
  }
  if (submitted && requested !== current) {
    throw new ProgrammeException(
      ProgrammeExceptionCode.UNION_FIXED,
      'The union cannot be changed once the programme has been submitted',
      'input.unionId',
    );
  }
  return requested;
}
