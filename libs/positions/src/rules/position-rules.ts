import { IGU_LAST_START_DATE } from '@igu/eligibility';
import { isUuid } from '@igu/graphql';
import { LanguageLevel } from '@igu/reference-data';
import { PositionKind } from '../position.enums.js';

/**
 * Pure validation of a position's fields (no Nest, no database): the rules of
 * docs/domain.md §2.3/§4.1 that apply to a vacancy, plus length limits. Reference
 * codes are checked for shape here and for existence by the service.
 */
export enum PositionRule {
  TITLE_LENGTH = 'TITLE_LENGTH',
  DESCRIPTION_LENGTH = 'DESCRIPTION_LENGTH',
  UNKNOWN_OCCUPATION = 'UNKNOWN_OCCUPATION',
  OCCUPATION_NOT_UNIT_GROUP = 'OCCUPATION_NOT_UNIT_GROUP',
  UNKNOWN_MUNICIPALITY = 'UNKNOWN_MUNICIPALITY',
  UNKNOWN_SKILL = 'UNKNOWN_SKILL',
  DUPLICATE_SKILL = 'DUPLICATE_SKILL',
  TOO_MANY_SKILLS = 'TOO_MANY_SKILLS',
  UNKNOWN_UNION = 'UNKNOWN_UNION',
  IGU_UNION_REQUIRED = 'IGU_UNION_REQUIRED',
  WEEKLY_HOURS_OUT_OF_RANGE = 'WEEKLY_HOURS_OUT_OF_RANGE',
  IGU_WEEKLY_HOURS_TOO_LOW = 'IGU_WEEKLY_HOURS_TOO_LOW',
  OPENINGS_OUT_OF_RANGE = 'OPENINGS_OUT_OF_RANGE',
  START_DATE_IN_PAST = 'START_DATE_IN_PAST',
  APPLICATION_DEADLINE_IN_PAST = 'APPLICATION_DEADLINE_IN_PAST',
  DEADLINE_AFTER_START_DATE = 'DEADLINE_AFTER_START_DATE',
  IGU_SCHEME_ENDED = 'IGU_SCHEME_ENDED',
  LOCATION_OUTSIDE_DENMARK = 'LOCATION_OUTSIDE_DENMARK',
  HOURLY_WAGE_OUT_OF_RANGE = 'HOURLY_WAGE_OUT_OF_RANGE',
  COLLECTIVE_AGREEMENT_LENGTH = 'COLLECTIVE_AGREEMENT_LENGTH',
}

export const POSITION_LIMITS = {
  titleLength: [3, 150],
  descriptionLength: [1, 10_000],
  /** Full time in Danish collective agreements is 37 hours. */
  weeklyHours: [1, 37],
  /** IGU: the work part is 25–37 hours a week (docs/domain.md §2.3). */
  iguMinWeeklyHours: 25,
  openings: [1, 1_000],
  skills: 50,
  collectiveAgreementLength: 200,
  hourlyWageDkk: [0.01, 10_000],
} as const;

/** Generous box around Denmark, Bornholm included; positions are in Danish municipalities. */
export const DENMARK_BOUNDS = { latitude: [54.4, 57.9], longitude: [7.9, 15.3] } as const;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface PositionSkillDraft {
  skillCode: string;
  required: boolean;
}

/** Every field of a position as the employer sets it. */
export interface PositionDraft {
  kind: PositionKind;
  title: string;
  description: string;
  occupationCode: string;
  municipalityCode: number;
  /** null: the municipality's centre. */
  location: GeoPoint | null;
  weeklyHours: number;
  openings: number;
  startDate: string | null;
  applicationDeadline: string | null;
  requiredDanishLevel: LanguageLevel;
  drivingLicenceRequired: boolean;
  skills: PositionSkillDraft[];
  unionId: string | null;
  collectiveAgreement: string | null;
  hourlyWageDkk: number | null;
}

export type PositionField = keyof PositionDraft;

export interface RuleViolation {
  reason: PositionRule;
  message: string;
  /** Input path, e.g. `input.weeklyHours`. */
  field: string;
}

export interface ValidationContext {
  /** Today in Denmark, YYYY-MM-DD. */
  today: string;
  /**
   * Fields the request sets. Date-in-the-past rules apply only to these, so an
   * OPEN position whose start date has passed can still get a new title.
   */
  changed: ReadonlySet<PositionField>;
}

/** Trims text fields and turns blank optional text into null. */
export function normaliseDraft(draft: PositionDraft): PositionDraft {
  const agreement = draft.collectiveAgreement?.trim();
  return {
    ...draft,
    title: draft.title.trim(),
    description: draft.description.trim(),
    occupationCode: draft.occupationCode.trim(),
    unionId: draft.unionId?.trim() || null,
    collectiveAgreement: agreement ? agreement : null,
    skills: draft.skills.map((skill) => ({ ...skill, skillCode: skill.skillCode.trim() })),
  };
}

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** Every broken rule, in field order; empty when the draft is valid. */
export function positionViolations(draft: PositionDraft, context: ValidationContext): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (reason: PositionRule, field: string, message: string) => violations.push({ reason, field: `input.${field}`, message });
  const igu = draft.kind === PositionKind.IGU;

  const [titleMin, titleMax] = POSITION_LIMITS.titleLength;
  if (!within(draft.title.length, POSITION_LIMITS.titleLength)) {
    fail(PositionRule.TITLE_LENGTH, 'title', `The title must be ${titleMin}–${titleMax} characters`);
  }
  const [, descriptionMax] = POSITION_LIMITS.descriptionLength;
  if (!within(draft.description.length, POSITION_LIMITS.descriptionLength)) {
    fail(PositionRule.DESCRIPTION_LENGTH, 'description', `The description must be 1–${descriptionMax} characters`);
  }
  if (/^\d{1,3}$/.test(draft.occupationCode)) {
    fail(
      PositionRule.OCCUPATION_NOT_UNIT_GROUP,
      'occupationCode',
      'A position needs an ISCO-08 unit group (4 digits), not a major, sub-major or minor group',
    );
  } else if (!/^\d{4}$/.test(draft.occupationCode)) {
    fail(PositionRule.UNKNOWN_OCCUPATION, 'occupationCode', 'No ISCO-08 unit group has that code');
  }
  if (draft.location && !insideDenmark(draft.location)) {
    fail(PositionRule.LOCATION_OUTSIDE_DENMARK, 'location', 'The location must be in Denmark');
  }
  if (!within(draft.weeklyHours, POSITION_LIMITS.weeklyHours)) {
    fail(PositionRule.WEEKLY_HOURS_OUT_OF_RANGE, 'weeklyHours', 'Weekly hours must be between 1 and 37');
  } else if (igu && draft.weeklyHours < POSITION_LIMITS.iguMinWeeklyHours) {
    fail(
      PositionRule.IGU_WEEKLY_HOURS_TOO_LOW,
      'weeklyHours',
      `The work part of an IGU must allow at least ${POSITION_LIMITS.iguMinWeeklyHours} hours a week`,
    );
  }
  if (!Number.isInteger(draft.openings) || !within(draft.openings, POSITION_LIMITS.openings)) {
    fail(PositionRule.OPENINGS_OUT_OF_RANGE, 'openings', `Openings must be a whole number from 1 to ${POSITION_LIMITS.openings[1]}`);
  }
  violations.push(...dateViolations(draft, context));
  violations.push(...skillViolations(draft.skills));
  if (draft.unionId !== null && !isUuid(draft.unionId)) {
    fail(PositionRule.UNKNOWN_UNION, 'unionId', 'No union has that id');
  } else if (igu && draft.unionId === null) {
    fail(PositionRule.IGU_UNION_REQUIRED, 'unionId', 'An IGU position needs the union of its collective agreement');
  }
  if (draft.collectiveAgreement !== null && draft.collectiveAgreement.length > POSITION_LIMITS.collectiveAgreementLength) {
    fail(
      PositionRule.COLLECTIVE_AGREEMENT_LENGTH,
      'collectiveAgreement',
      `The collective agreement's name must be at most ${POSITION_LIMITS.collectiveAgreementLength} characters`,
    );
  }
  if (draft.hourlyWageDkk !== null && !within(draft.hourlyWageDkk, POSITION_LIMITS.hourlyWageDkk)) {
    fail(PositionRule.HOURLY_WAGE_OUT_OF_RANGE, 'hourlyWageDkk', 'The hourly wage must be above 0 and at most DKK 10,000');
  }
  return violations;
}

function dateViolations(draft: PositionDraft, { today, changed }: ValidationContext): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const { startDate, applicationDeadline } = draft;
  if (startDate !== null && changed.has('startDate') && startDate < today) {
    violations.push({ reason: PositionRule.START_DATE_IN_PAST, field: 'input.startDate', message: 'The start date is in the past' });
  }
  if (applicationDeadline !== null && changed.has('applicationDeadline') && applicationDeadline < today) {
    violations.push({
      reason: PositionRule.APPLICATION_DEADLINE_IN_PAST,
      field: 'input.applicationDeadline',
      message: 'The application deadline is in the past',
    });
  }
  const datesChanged = changed.has('startDate') || changed.has('applicationDeadline');
  if (startDate !== null && applicationDeadline !== null && datesChanged && applicationDeadline > startDate) {
    violations.push({
      reason: PositionRule.DEADLINE_AFTER_START_DATE,
      field: 'input.applicationDeadline',
      message: 'The application deadline must not be after the start date',
    });
  }
  if (draft.kind === PositionKind.IGU && startDate !== null && startDate > IGU_LAST_START_DATE) {
    violations.push({
      reason: PositionRule.IGU_SCHEME_ENDED,
      field: 'input.startDate',
      message: `The IGU scheme takes no programme starting after ${IGU_LAST_START_DATE}`,
    });
  }
  return violations;
}

function skillViolations(skills: readonly PositionSkillDraft[]): RuleViolation[] {
  if (skills.length > POSITION_LIMITS.skills) {
    return [{ reason: PositionRule.TOO_MANY_SKILLS, field: 'input.skills', message: `At most ${POSITION_LIMITS.skills} skills` }];
  }
  const violations: RuleViolation[] = [];
  const seen = new Set<string>();
  skills.forEach(({ skillCode }, index) => {
    const field = `input.skills[${index}].skillCode`;
    if (skillCode.length === 0 || skillCode.length > 100) {
      violations.push({ reason: PositionRule.UNKNOWN_SKILL, field, message: 'No skill has that code' });
    } else if (seen.has(skillCode)) {
      violations.push({ reason: PositionRule.DUPLICATE_SKILL, field, message: `Skill ${skillCode} is listed twice` });
    }
    seen.add(skillCode);
  });
  return violations;
}

export function insideDenmark({ latitude, longitude }: GeoPoint): boolean {
  return within(latitude, DENMARK_BOUNDS.latitude) && within(longitude, DENMARK_BOUNDS.longitude);
}
