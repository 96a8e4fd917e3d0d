import { addDays } from '@igu/calendar';
// The § numbers in test names are sections of docs/domain.md.
import { describe, expect, it } from '@jest/globals';
import {
  type ProgrammeDraft,
  type ProgrammeRuleContext,
  bonusMilestones,
  earnedBonusMilestones,
  evaluateProgramme,
  programmeDateProblems,
  RATIO_COUNTED_STATUSES,
  iguEndDate,
  maximumEndDate,
  programmeEndDate,
  programmeKindForPosition,
  ratioLimit,
  registrationDeadline,
} from './programme-rules.js';
import { type RuleViolation } from './rule-violation.js';

/** Monday `monday` through the Friday of the `weeks`-th week: exactly `weeks` school weeks. */
const block = (monday: string, weeks: number) => ({
  startDate: monday,
  endDate: addDays(monday, weeks * 7 - 3),
  description: 'Danish and vocational school',
});

const ELIGIBLE = { eligible: true, reasons: [] };

const iguDraft = (overrides: Partial<ProgrammeDraft> = {}): ProgrammeDraft => ({
  kind: 'IGU',
  startDate: '2025-03-03',
  endDate: null,
  weeklyWorkHours: 30,
  hourlyWageDkk: 75.5,
  collectiveAgreement: 'Industriens Overenskomst',
  unionId: 'union-3f',
  schoolPeriods: [block('2025-08-04', 12), block('2026-08-03', 11)],
  employeeRepresentativeStatement: null,
  noOrdinaryEmploymentLast3Months: true,
  ...overrides,
});

const subsidisedDraft = (overrides: Partial<ProgrammeDraft> = {}): ProgrammeDraft => ({
  kind: 'INTERNSHIP',
  startDate: '2025-01-06',
  endDate: '2025-03-28',
  weeklyWorkHours: 20,
  hourlyWageDkk: null,
  collectiveAgreement: null,
  unionId: null,
  schoolPeriods: [],
  employeeRepresentativeStatement: 'The shop steward supports the internship.',
  noOrdinaryEmploymentLast3Months: false,
  ...overrides,
});

const context = (overrides: Partial<ProgrammeRuleContext> = {}): ProgrammeRuleContext => ({
  company: { publicEmployer: false, employeeCount: 40 },
  otherConcurrentProgrammes: 0,
  iguEligibility: ELIGIBLE,
  ...overrides,
});

const codes = (violations: RuleViolation[]) => violations.map((v) => v.code);

describe('iguEndDate: start + 24 months − 1 day (§2)', () => {
  it.each([
    ['2025-03-03', '2027-03-02'],
    ['2025-01-01', '2026-12-31'],
    ['2024-12-31', '2026-12-30'],
    ['2024-08-31', '2026-08-30'],
    ['2024-03-01', '2026-02-28'],
    ['2022-03-01', '2024-02-29'], // ends on a leap day
    ['2022-02-28', '2024-02-27'],
    ['2024-02-28', '2026-02-27'],
    // 29 February: the 2nd anniversary is 1 March (the eligibility rules' convention), so the day before.
    ['2024-02-29', '2026-02-28'],
  ])('%s → %s', (start, end) => expect(iguEndDate(start)).toBe(end));
});

describe('evaluateProgramme — IGU (§2)', () => {
  it('accepts a complete IGU programme', () => {
    expect(evaluateProgramme(iguDraft(), context())).toEqual([]);
  });

  it('ignores the entered end date and checks periods against the computed one', () => {
    const draft = iguDraft({ endDate: '2025-01-01', schoolPeriods: [block('2025-08-04', 12), block('2027-01-04', 11)] });
    // The last block ends 2027-03-19, after the computed end 2027-03-02; no END_BEFORE_START for the bogus endDate.
    expect(evaluateProgramme(draft, context()).map((v) => [v.code, v.field])).toEqual([
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[1].endDate'],
    ]);
    expect(programmeEndDate(draft)).toBe('2027-03-02');
  });

  describe('eligibility at the start date (injected result)', () => {
    it('turns failing reasons into IGU_NOT_ELIGIBLE plus each reason code, naming rules and no personal values', () => {
      const iguEligibility = {
        eligible: false,
        reasons: [
          { code: 'AGE_OUT_OF_RANGE', message: 'the person is 52 on 2025-03-03' },
          { code: 'TOO_LONG_IN_DENMARK', message: 'arrived 2004-01-01' },
          { code: 'RESIDENCE_BASIS', message: 'Residence basis UKRAINE_SPECIAL_ACT does not qualify' },
        ],
      };
      const violations = evaluateProgramme(iguDraft(), context({ iguEligibility }));
      expect(violations).toEqual([
        { code: 'IGU_NOT_ELIGIBLE', message: 'The candidate is not eligible for IGU at the start date', field: 'input.startDate' },
        {
          code: 'AGE_OUT_OF_RANGE',
          message: 'The candidate is outside the age range of the IGU rules at the start date',
          field: 'input.startDate',
        },
        {
          code: 'TOO_LONG_IN_DENMARK',
          message: 'The candidate has been in Denmark longer than the IGU rules allow at the start date',
          field: 'input.startDate',
        },
        {
          code: 'RESIDENCE_BASIS',
          message: "The candidate's residence basis does not qualify for IGU at the start date",
          field: 'input.startDate',
        },
      ]);
      const shown = JSON.stringify(violations);
      for (const personal of ['52', '2004', 'UKRAINE', '2025-03-03']) expect(shown).not.toContain(personal);
    });

    it('does not repeat SCHEME_ENDED, which the programme rules report themselves', () => {
      const iguEligibility = { eligible: false, reasons: [{ code: 'SCHEME_ENDED', message: 'The IGU scheme has ended' }] };
      const draft = iguDraft({ startDate: '2028-01-03', schoolPeriods: [block('2028-08-07', 23)] });
      expect(codes(evaluateProgramme(draft, context({ iguEligibility })))).toEqual(['IGU_NOT_ELIGIBLE', 'SCHEME_ENDED']);
    });

    it('refuses to evaluate an IGU programme without an eligibility result', () => {
      expect(() => evaluateProgramme(iguDraft(), context({ iguEligibility: null }))).toThrow(/iguEligibility/);
    });
  });

  it.each([
    ['2027-12-31', []],
    ['2028-01-01', ['SCHEME_ENDED']],
  ])('last possible start: %s → %j', (startDate, expected) => {
    const draft = iguDraft({ startDate, schoolPeriods: [block('2028-03-06', 23)] });
    expect(codes(evaluateProgramme(draft, context()))).toEqual(expected);
  });

  describe('school weeks: ≥ 20 before 2021-05-01, ≥ 23 from then', () => {
    it.each([
      ['2021-04-30', 19, ['SCHOOL_WEEKS_TOO_FEW']],
      ['2021-04-30', 20, []],
      ['2021-05-01', 20, ['SCHOOL_WEEKS_TOO_FEW']],
      ['2021-05-01', 22, ['SCHOOL_WEEKS_TOO_FEW']],
      ['2021-05-01', 23, []],
    ])('start %s with %d weeks → %j', (startDate, weeks, expected) => {
      const draft = iguDraft({ startDate, schoolPeriods: [block('2021-09-06', weeks)] });
      expect(codes(evaluateProgramme(draft, context()))).toEqual(expected);
    });

    it('names the requirement and the count on input.schoolPeriods', () => {
      const [violation] = evaluateProgramme(iguDraft({ schoolPeriods: [] }), context());
      expect(violation).toEqual({
        code: 'SCHOOL_WEEKS_TOO_FEW',
        message: 'An IGU starting 2025-03-03 needs at least 23 school weeks; the periods give 0',
        field: 'input.schoolPeriods',
      });
    });
  });

  it('reports overlapping school periods and accepts adjacent ones', () => {
    const adjacent = [block('2025-08-04', 12), block(addDays('2025-08-04', 12 * 7), 11)];
    expect(evaluateProgramme(iguDraft({ schoolPeriods: adjacent }), context())).toEqual([]);

    const overlapping = [block('2025-08-04', 12), block('2025-10-20', 12)]; // second starts inside the first
    expect(evaluateProgramme(iguDraft({ schoolPeriods: overlapping }), context()).map((v) => [v.code, v.field])).toEqual([
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[1].startDate'],
    ]);
  });

  it('reports a school period before the start and an invalid one', () => {
    const periods = [
      block('2025-02-24', 1),
      { startDate: '2025-09-05', endDate: '2025-09-01' },
      block('2025-08-04', 12),
      block('2026-08-03', 11),
    ];
    expect(evaluateProgramme(iguDraft({ schoolPeriods: periods }), context()).map((v) => [v.code, v.field])).toEqual([
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].startDate'],
      ['SCHOOL_PERIOD_INVALID', 'input.schoolPeriods[1].endDate'],
    ]);
  });

  it.each([
    [24.9, ['WEEKLY_HOURS_OUT_OF_RANGE']],
    [25, []],
    [37, []],
    [37.1, ['WEEKLY_HOURS_OUT_OF_RANGE']],
    [0, ['WEEKLY_HOURS_OUT_OF_RANGE']],
    [Number.NaN, ['WEEKLY_HOURS_OUT_OF_RANGE']],
  ])('weekly work hours %d → %j', (weeklyWorkHours, expected) => {
    const violations = evaluateProgramme(iguDraft({ weeklyWorkHours }), context());
    expect(codes(violations)).toEqual(expected);
    violations.forEach((v) => expect(v.field).toBe('input.weeklyWorkHours'));
  });

  it.each([
    [null, ['WAGE_MISSING']],
    [undefined, ['WAGE_MISSING']],
    [0, ['WAGE_MISSING']],
    [-10, ['WAGE_MISSING']],
    [0.01, []],
  ])('hourly wage %p → %j', (hourlyWageDkk, expected) => {
    expect(codes(evaluateProgramme(iguDraft({ hourlyWageDkk }), context()))).toEqual(expected);
  });

  it.each([null, '', '   '])('collective agreement %p is missing', (collectiveAgreement) => {
    expect(evaluateProgramme(iguDraft({ collectiveAgreement }), context())).toEqual([
      expect.objectContaining({ code: 'COLLECTIVE_AGREEMENT_MISSING', field: 'input.collectiveAgreement' }),
    ]);
  });

  it.each([null, undefined, ''])('union %p is required', (unionId) => {
    expect(evaluateProgramme(iguDraft({ unionId }), context())).toEqual([
      expect.objectContaining({ code: 'UNION_REQUIRED', field: 'input.unionId' }),
    ]);
  });

  it('requires the 3-month employment declaration', () => {
    expect(evaluateProgramme(iguDraft({ noOrdinaryEmploymentLast3Months: false }), context())).toEqual([
      expect.objectContaining({ code: 'EMPLOYMENT_DECLARATION_MISSING', field: 'input.noOrdinaryEmploymentLast3Months' }),
    ]);
  });

  it('does not apply the internship/wage-subsidy rules (statement, ratio) to IGU', () => {
    const draft = iguDraft({ employeeRepresentativeStatement: null });
    const crowded = context({ otherConcurrentProgrammes: 50, company: { publicEmployer: false, employeeCount: 1 } });
    expect(evaluateProgramme(draft, crowded)).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    const draft = iguDraft({
      startDate: '2028-01-03',
      weeklyWorkHours: 40,
      hourlyWageDkk: null,
      collectiveAgreement: ' ',
      unionId: null,
      noOrdinaryEmploymentLast3Months: false,
      schoolPeriods: [
        { startDate: '2027-12-06', endDate: '2027-12-10' }, // before the start
        { startDate: '2028-03-10', endDate: '2028-03-06' }, // invalid
        block('2028-04-03', 4),
        block('2028-04-24', 2), // overlaps the previous one
      ],
    });
    const iguEligibility = { eligible: false, reasons: [{ code: 'PRIOR_IGU', message: 'Has had an IGU before' }] };
    expect(evaluateProgramme(draft, context({ iguEligibility })).map((v) => [v.code, v.field])).toEqual([
      ['IGU_NOT_ELIGIBLE', 'input.startDate'],
      ['PRIOR_IGU', 'input.startDate'],
      ['SCHEME_ENDED', 'input.startDate'],
      ['WEEKLY_HOURS_OUT_OF_RANGE', 'input.weeklyWorkHours'],
      ['WAGE_MISSING', 'input.hourlyWageDkk'],
      ['COLLECTIVE_AGREEMENT_MISSING', 'input.collectiveAgreement'],
      ['UNION_REQUIRED', 'input.unionId'],
      ['EMPLOYMENT_DECLARATION_MISSING', 'input.noOrdinaryEmploymentLast3Months'],
      ['SCHOOL_WEEKS_TOO_FEW', 'input.schoolPeriods'],
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].startDate'],
      ['SCHOOL_PERIOD_INVALID', 'input.schoolPeriods[1].endDate'],
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[3].startDate'],
    ]);
  });
});

describe('evaluateProgramme — internship and wage subsidy (§3)', () => {
  it('accepts a complete internship without IGU fields or an eligibility result', () => {
    expect(evaluateProgramme(subsidisedDraft(), context({ iguEligibility: null }))).toEqual([]);
  });

  it.each([null, '', '  '])('employee representative statement %p is missing', (employeeRepresentativeStatement) => {
    expect(evaluateProgramme(subsidisedDraft({ employeeRepresentativeStatement }), context())).toEqual([
      expect.objectContaining({ code: 'EMPLOYEE_STATEMENT_MISSING', field: 'input.employeeRepresentativeStatement' }),
    ]);
  });

  it.each([null, undefined])('requires an end date (%p)', (endDate) => {
    expect(evaluateProgramme(subsidisedDraft({ endDate }), context())).toEqual([
      { code: 'END_DATE_REQUIRED', message: 'An end date is required', field: 'input.endDate' },
    ]);
  });

  it('refuses an end before the start and allows a one-day programme', () => {
    expect(codes(evaluateProgramme(subsidisedDraft({ endDate: '2025-01-05' }), context()))).toEqual(['END_BEFORE_START']);
    expect(evaluateProgramme(subsidisedDraft({ endDate: '2025-01-06' }), context())).toEqual([]);
  });

  it.each([
    ['2025-04-06', []], // 13 weeks exactly: 91 days
    ['2025-04-07', ['DURATION_TOO_LONG']], // 13 weeks + 1 day
  ])('internship from 2025-01-06 to %s → %j', (endDate, expected) => {
    expect(codes(evaluateProgramme(subsidisedDraft({ endDate }), context()))).toEqual(expected);
  });

  it.each([
    [false, '2025-07-14', []], // 6 months exactly
    [false, '2025-07-15', ['DURATION_TOO_LONG']],
    [false, '2026-01-14', ['DURATION_TOO_LONG']], // 12 months at a private employer
    [true, '2026-01-14', []], // 12 months exactly at a public employer
    [true, '2026-01-15', ['DURATION_TOO_LONG']],
  ])('wage subsidy from 2025-01-15 (public %s) to %s → %j', (publicEmployer, endDate, expected) => {
    const draft = subsidisedDraft({ kind: 'WAGE_SUBSIDY', startDate: '2025-01-15', endDate });
    expect(codes(evaluateProgramme(draft, context({ company: { publicEmployer, employeeCount: 40 } })))).toEqual(expected);
  });

  it('states the limit and the latest end date', () => {
    const draft = subsidisedDraft({ kind: 'WAGE_SUBSIDY', startDate: '2025-08-31', endDate: '2026-02-28' });
    expect(evaluateProgramme(draft, context())).toEqual([
      {
        code: 'DURATION_TOO_LONG',
        message: 'A wage subsidy at a private employer lasts at most 6 months: the latest end date is 2026-02-27',
        field: 'input.endDate',
      },
    ]);
  });

  describe('ratio rule (rimelighedskrav)', () => {
    it.each([
      [0, 1],
      [4, 1],
      [5, 1],
      [9, 1],
      [10, 2],
      [49, 9],
      [50, 10],
      [51, 10],
      [59, 10],
      [60, 11],
      [61, 11],
      [70, 12],
    ])('%d employees → limit %d', (employeeCount, limit) => expect(ratioLimit(employeeCount)).toBe(limit));

    it.each([4, 5, 9, 10, 50, 51, 60, 61])(
      'at %d employees: limit − 1 others is fine, limit others (this one included: limit + 1) is RATIO_EXCEEDED',
      (employeeCount) => {
        const limit = ratioLimit(employeeCount);
        const company = { publicEmployer: false, employeeCount };
        for (const kind of ['INTERNSHIP', 'WAGE_SUBSIDY'] as const) {
          const draft = subsidisedDraft({ kind });
          expect(evaluateProgramme(draft, context({ company, otherConcurrentProgrammes: limit - 1 }))).toEqual([]);
          expect(codes(evaluateProgramme(draft, context({ company, otherConcurrentProgrammes: limit })))).toEqual(['RATIO_EXCEEDED']);
        }
      },
    );

    it('explains the limit', () => {
      const company = { publicEmployer: false, employeeCount: 12 };
      expect(evaluateProgramme(subsidisedDraft(), context({ company, otherConcurrentProgrammes: 2 }))).toEqual([
        {
          code: 'RATIO_EXCEEDED',
          message:
            'A company with 12 employees may have at most 2 internship/wage-subsidy programme(s) at a time; ' + 'this one would make 3',
          field: null,
        },
      ]);
    });
  });

  it('does not apply IGU rules to internships', () => {
    const draft = subsidisedDraft({ weeklyWorkHours: 10, startDate: '2028-06-05', endDate: '2028-06-30' });
    expect(evaluateProgramme(draft, context({ iguEligibility: { eligible: false, reasons: [] } }))).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    const draft = subsidisedDraft({ employeeRepresentativeStatement: null, endDate: '2025-06-30' });
    const company = { publicEmployer: false, employeeCount: 3 };
    expect(codes(evaluateProgramme(draft, context({ company, otherConcurrentProgrammes: 1 })))).toEqual([
      'EMPLOYEE_STATEMENT_MISSING',
      'DURATION_TOO_LONG',
      'RATIO_EXCEEDED',
    ]);
  });
});

describe('maximumEndDate', () => {
  it.each([
    ['INTERNSHIP', '2025-01-06', false, '2025-04-06'],
    ['WAGE_SUBSIDY', '2025-01-15', false, '2025-07-14'],
    ['WAGE_SUBSIDY', '2025-01-15', true, '2026-01-14'],
    ['WAGE_SUBSIDY', '2024-02-29', true, '2025-02-27'],
    ['IGU', '2025-03-03', false, '2027-03-02'],
  ] as const)('%s from %s (public %s) ends by %s', (kind, start, publicEmployer, expected) =>
    expect(maximumEndDate(kind, start, publicEmployer)).toBe(expected),
  );
});

describe('programmeEndDate', () => {
  it('computes IGU and passes the entered date through otherwise', () => {
    expect(programmeEndDate({ kind: 'IGU', startDate: '2024-02-29', endDate: '2030-01-01' })).toBe('2026-02-28');
    expect(programmeEndDate({ kind: 'INTERNSHIP', startDate: '2025-01-06', endDate: '2025-02-01' })).toBe('2025-02-01');
    expect(programmeEndDate({ kind: 'WAGE_SUBSIDY', startDate: '2025-01-06' })).toBeNull();
  });
});

describe('registrationDeadline: IGU start + 1 month (§2)', () => {
  it.each([
    ['IGU', '2025-03-03', '2025-04-03'],
    ['IGU', '2025-01-31', '2025-02-28'],
    ['IGU', '2024-01-31', '2024-02-29'],
    ['IGU', '2024-12-15', '2025-01-15'],
    ['INTERNSHIP', '2025-03-03', null],
    ['WAGE_SUBSIDY', '2025-03-03', null],
  ] as const)('%s from %s → %s', (kind, start, expected) => expect(registrationDeadline(kind, start)).toBe(expected));
});

describe('bonusMilestones: private IGU employers only (§2)', () => {
  it('gives DKK 20,000 at 6 months and DKK 20,000 at completion (24 months)', () => {
    expect(bonusMilestones('IGU', '2025-03-03', false)).toEqual([
      { kind: 'SIX_MONTHS', dueOn: '2025-09-03', amountDkk: 20_000 },
      { kind: 'COMPLETION', dueOn: '2027-03-03', amountDkk: 20_000 },
    ]);
  });

  it('clamps month ends', () => {
    // Completion: the day after the end date (29 February: 1 March, as the anniversary rule).
    expect(bonusMilestones('IGU', '2024-02-29', false).map((m) => m.dueOn)).toEqual(['2024-08-29', '2026-03-01']);
    expect(bonusMilestones('IGU', '2025-08-31', false).map((m) => m.dueOn)).toEqual(['2026-02-28', '2027-08-31']);
  });

  it('gives none to public employers or for other kinds', () => {
    expect(bonusMilestones('IGU', '2025-03-03', true)).toEqual([]);
    expect(bonusMilestones('INTERNSHIP', '2025-03-03', false)).toEqual([]);
    expect(bonusMilestones('WAGE_SUBSIDY', '2025-03-03', false)).toEqual([]);
  });
});

describe('earnedBonusMilestones: only for programmes that run or ran', () => {
  const igu = { kind: 'IGU' as const, startDate: '2025-03-03' };
  it.each(['APPROVED', 'ACTIVE', 'COMPLETED'] as const)('%s: the whole schedule', (status) => {
    expect(earnedBonusMilestones({ ...igu, status }, false).map((m) => m.kind)).toEqual(['SIX_MONTHS', 'COMPLETION']);
  });

  it.each(['DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN'] as const)('%s: none', (status) => {
    expect(earnedBonusMilestones({ ...igu, status }, false)).toEqual([]);
  });

  it('TERMINATED: only what fell due while it ran', () => {
    expect(earnedBonusMilestones({ ...igu, status: 'TERMINATED', terminatedOn: '2025-05-01' }, false)).toEqual([]);
    expect(earnedBonusMilestones({ ...igu, status: 'TERMINATED', terminatedOn: '2025-09-03' }, false).map((m) => m.kind)).toEqual([
      'SIX_MONTHS',
    ]);
  });

  it('public employers: none', () => {
    expect(earnedBonusMilestones({ ...igu, status: 'ACTIVE' }, true)).toEqual([]);
  });
});

describe('dates outside the usable range', () => {
  it('are input problems with their paths', () => {
    expect(
      programmeDateProblems({
        startDate: '9999-12-31',
        endDate: '2026-01-01',
        schoolPeriods: [{ startDate: '2026-01-05', endDate: '9998-01-01' }],
      }),
    ).toEqual(['input.startDate', 'input.schoolPeriods[0].endDate']);
  });

  it('never make evaluateProgramme throw', () => {
    for (const kind of ['IGU', 'INTERNSHIP', 'WAGE_SUBSIDY'] as const) {
      const draft =
        kind === 'IGU' ? iguDraft({ startDate: '9998-02-01' }) : subsidisedDraft({ kind, startDate: '9999-12-31', endDate: '9999-12-31' });
      expect(codes(evaluateProgramme(draft, context()))[0]).toBe('DATE_OUT_OF_RANGE');
    }
  });
});

describe('ratio rule: which programmes count (§3)', () => {
  it('PENDING_APPROVAL, APPROVED and ACTIVE', () => {
    expect([...RATIO_COUNTED_STATUSES].sort()).toEqual(['ACTIVE', 'APPROVED', 'PENDING_APPROVAL']);
  });
});

describe('programmeKindForPosition (§4)', () => {
  it.each([
    ['IGU', 'IGU'],
    ['INTERNSHIP', 'INTERNSHIP'],
    ['WAGE_SUBSIDY', 'WAGE_SUBSIDY'],
    ['JOB', null],
  ])('%s position → %s', (positionKind, expected) => expect(programmeKindForPosition(positionKind)).toBe(expected));
});
