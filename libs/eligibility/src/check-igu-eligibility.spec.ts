import { anniversary, type CalendarDate } from '@igu/calendar';
import { describe, expect, it } from '@jest/globals';
import { checkIguEligibility, type EligibilityFacts, isIguEligible } from './check-igu-eligibility.js';
import { IGU_RULE_SETS, ruleSetFor } from './igu-rule-sets.js';
import { ResidenceBasis } from './residence-basis.js';

/** Eligible facts for a start date unless overridden: 30 years old, arrived a year earlier, refugee. */
const factsFor = (start: CalendarDate, overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  dateOfBirth: anniversary(start, -30),
  residenceBasis: ResidenceBasis.REFUGEE,
  arrivedInDenmarkOn: anniversary(start, -1),
  priorIgu: false,
  ...overrides,
});

const codes = (facts: EligibilityFacts, start: CalendarDate) => checkIguEligibility(facts, start).reasons.map((r) => r.code);

describe('IGU rule sets', () => {
  it.each([
    ['2016-07-01', 'IGU-2016'],
    ['2021-04-30', 'IGU-2016'],
    ['2021-05-01', 'IGU-2021'],
    ['2023-12-31', 'IGU-2021'],
    ['2024-01-01', 'IGU-2024'],
    ['2028-01-01', 'IGU-2024'],
  ])('a start on %s is judged by %s', (start, name) => {
    expect(ruleSetFor(start).name).toBe(name);
    expect(checkIguEligibility(factsFor(start), start).ruleSet).toBe(name);
  });

  it('cover every date exactly once', () => {
    for (const [index, next] of IGU_RULE_SETS.slice(1).entries()) {
      expect(next.appliesFrom! > IGU_RULE_SETS[index].appliesUntil!).toBe(true);
    }
    expect(IGU_RULE_SETS[0].appliesFrom).toBeNull();
    expect(IGU_RULE_SETS.at(-1)!.appliesUntil).toBeNull();
  });
});

describe('age at start (birthday limits: the day before and the day of)', () => {
  it.each([
    // [limit, rule set, birth date, start date, eligible]
    ['18', 'IGU-2016', '2002-06-15', '2020-06-14', false],
    ['18', 'IGU-2016', '2002-06-15', '2020-06-15', true],
    ['18', 'IGU-2021', '2004-09-01', '2022-08-31', false],
    ['18', 'IGU-2021', '2004-09-01', '2022-09-01', true],
    ['18', 'IGU-2024', '2007-03-20', '2025-03-19', false],
    ['18', 'IGU-2024', '2007-03-20', '2025-03-20', true],
    ['40', 'IGU-2016', '1980-10-10', '2020-10-09', true],
    ['40', 'IGU-2016', '1980-10-10', '2020-10-10', false],
    ['40', 'IGU-2021', '1983-02-01', '2023-01-31', true],
    ['40', 'IGU-2021', '1983-02-01', '2023-02-01', false],
    ['50', 'IGU-2024', '1975-11-30', '2025-11-29', true],
    ['50', 'IGU-2024', '1975-11-30', '2025-11-30', false],
    ['18 (born 29 Feb)', 'IGU-2021', '2004-02-29', '2022-02-28', false],
    ['18 (born 29 Feb)', 'IGU-2021', '2004-02-29', '2022-03-01', true],
    ['50 (born 29 Feb)', 'IGU-2024', '1976-02-29', '2026-02-28', true],
    ['50 (born 29 Feb)', 'IGU-2024', '1976-02-29', '2026-03-01', false],
  ])('limit %s under %s: born %s, start %s → eligible %s', (_, ruleSet, dateOfBirth, start, eligible) => {
    const result = checkIguEligibility(factsFor(start, { dateOfBirth }), start);
    expect(result.ruleSet).toBe(ruleSet);
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.code)).toEqual(eligible ? [] : ['AGE_OUT_OF_RANGE']);
  });

  it('names the rule and its limits, never the age or a date', () => {
    const [reason] = checkIguEligibility(factsFor('2025-11-30', { dateOfBirth: '1975-11-30' }), '2025-11-30').reasons;
    expect(reason.message).toBe('Age at start must be at least 18 and under 50 (IGU-2024)');
  });
});

describe('time in Denmark (the day before, of and after each limit)', () => {
  it.each([
    // [rule set, arrival, start, eligible]
    ['IGU-2016 (< 5 years)', '2016-03-10', '2021-03-09', true],
    ['IGU-2016 (< 5 years)', '2016-03-10', '2021-03-10', false],
    ['IGU-2016 (< 5 years, arrived 29 Feb)', '2016-02-29', '2021-02-28', true],
    ['IGU-2016 (< 5 years, arrived 29 Feb)', '2016-02-29', '2021-03-01', false],
    ['IGU-2021 (< 10 years)', '2013-06-01', '2023-05-31', true],
    ['IGU-2021 (< 10 years)', '2013-06-01', '2023-06-01', false],
    ['IGU-2024 (≤ 20 years)', '2005-03-15', '2025-03-14', true],
    ['IGU-2024 (≤ 20 years)', '2005-03-15', '2025-03-15', true],
    ['IGU-2024 (≤ 20 years)', '2005-03-15', '2025-03-16', false],
  ])('%s: arrived %s, start %s → eligible %s', (_, arrivedInDenmarkOn, start, eligible) => {
    expect(codes(factsFor(start, { arrivedInDenmarkOn }), start)).toEqual(eligible ? [] : ['TOO_LONG_IN_DENMARK']);
  });
});

describe('change-over dates', () => {
  it('2021-04-30 / 2021-05-01: 5 → 10 years in Denmark', () => {
    const facts = factsFor('2021-05-01', { arrivedInDenmarkOn: '2015-05-15' });
    expect(checkIguEligibility(facts, '2021-04-30')).toMatchObject({ ruleSet: 'IGU-2016', eligible: false });
    expect(codes(facts, '2021-04-30')).toEqual(['TOO_LONG_IN_DENMARK']);
    expect(checkIguEligibility(facts, '2021-05-01')).toMatchObject({ ruleSet: 'IGU-2021', eligible: true, reasons: [] });
  });

  it.each([ResidenceBasis.UKRAINE_SPECIAL_ACT, ResidenceBasis.AFGHAN_SPECIAL_ACT])(
    '2022-02-28 / 2022-03-01: %s starts to qualify',
    (residenceBasis) => {
      const facts = factsFor('2022-03-01', { residenceBasis });
      expect(codes(facts, '2022-02-28')).toEqual(['RESIDENCE_BASIS']);
      expect(codes(facts, '2022-03-01')).toEqual([]);
    },
  );

  it('2023-12-31 / 2024-01-01: age < 40 → < 50, 10 → 20 years, family reunification to others', () => {
    const fortyFive = factsFor('2024-01-01', { dateOfBirth: '1978-07-01' });
    expect(codes(fortyFive, '2023-12-31')).toEqual(['AGE_OUT_OF_RANGE']);
    expect(codes(fortyFive, '2024-01-01')).toEqual([]);
    const fifteenYears = factsFor('2024-01-01', { arrivedInDenmarkOn: '2009-01-01' });
    expect(codes(fifteenYears, '2023-12-31')).toEqual(['TOO_LONG_IN_DENMARK']);
    expect(codes(fifteenYears, '2024-01-01')).toEqual([]);
    const reunified = factsFor('2024-01-01', { residenceBasis: ResidenceBasis.FAMILY_REUNIFIED_OTHER });
    expect(codes(reunified, '2023-12-31')).toEqual(['RESIDENCE_BASIS']);
    expect(codes(reunified, '2024-01-01')).toEqual([]);
  });

  it('2027-12-31 / 2028-01-01: the scheme ends', () => {
    const facts = factsFor('2028-01-01');
    expect(codes(facts, '2027-12-31')).toEqual([]);
    expect(checkIguEligibility(facts, '2028-01-01')).toMatchObject({ ruleSet: 'IGU-2024', eligible: false });
    expect(codes(facts, '2028-01-01')).toEqual(['SCHEME_ENDED']);
  });
});

describe('residence basis per period', () => {
  const periods = ['2019-06-01', '2021-06-01', '2022-06-01', '2024-06-01'] as const; // IGU-2016, IGU-2021 before and after the special acts, IGU-2024
  it.each([
    [ResidenceBasis.REFUGEE, [true, true, true, true]],
    [ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE, [true, true, true, true]],
    [ResidenceBasis.UKRAINE_SPECIAL_ACT, [false, false, true, true]],
    [ResidenceBasis.AFGHAN_SPECIAL_ACT, [false, false, true, true]],
    [ResidenceBasis.FAMILY_REUNIFIED_OTHER, [false, false, false, true]],
    [ResidenceBasis.OTHER, [false, false, false, false]],
  ])('%s qualifies in 2019, 2021, 2022, 2024: %j', (residenceBasis, expected) => {
    expect(periods.map((start) => isIguEligible(factsFor(start, { residenceBasis }), start))).toEqual(expected);
    for (const [index, start] of periods.entries()) {
      expect(codes(factsFor(start, { residenceBasis }), start)).toEqual(expected[index] ? [] : ['RESIDENCE_BASIS']);
    }
  });
});

describe('several failing rules', () => {
  it('reports every failing reason in a fixed order, with the rule set and date applied', () => {
    const result = checkIguEligibility(
      { dateOfBirth: '1970-01-01', residenceBasis: ResidenceBasis.OTHER, arrivedInDenmarkOn: '1995-01-01', priorIgu: true },
      '2028-03-01',
    );
    expect(result).toMatchObject({ eligible: false, ruleSet: 'IGU-2024', asOf: '2028-03-01' });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'AGE_OUT_OF_RANGE',
      'TOO_LONG_IN_DENMARK',
      'RESIDENCE_BASIS',
      'PRIOR_IGU',
      'SCHEME_ENDED',
    ]);
    expect(result.reasons.every((r) => r.message.length > 10)).toBe(true);
  });

  it("names the rules, never the person's values: no age, birth or arrival date, residence basis or start date", () => {
    const facts = { dateOfBirth: '1970-01-01', residenceBasis: ResidenceBasis.OTHER, arrivedInDenmarkOn: '1995-01-01', priorIgu: true };
    const messages = checkIguEligibility(facts, '2028-03-01')
      .reasons.map((r) => r.message)
      .join(' | ');
    for (const value of ['1970', '01-01', '1995', 'OTHER', '58', '33', '2028', '03-01']) expect(messages).not.toContain(value);
    expect(messages).toContain('at least 18 and under 50 (IGU-2024)');
  });

  it('a prior IGU alone makes a person ineligible', () => {
    expect(codes(factsFor('2024-06-01', { priorIgu: true }), '2024-06-01')).toEqual(['PRIOR_IGU']);
  });

  it('refuses a start date that is not a calendar date', () => {
    expect(() => checkIguEligibility(factsFor('2024-06-01'), '2024-02-30')).toThrow(RangeError);
  });
});
