import { addDays } from '@igu/calendar';
// The § numbers in test names are sections of docs/domain.md.
import { describe, expect, it } from '@jest/globals';
import { minimumSchoolWeeks, schoolPeriodViolations, schoolPeriodWeeks, totalSchoolWeeks } from './school-periods.js';

/** Monday `monday` through the Friday of the `weeks`-th week. */
const block = (monday: string, weeks: number) => ({ startDate: monday, endDate: addDays(monday, weeks * 7 - 3) });

describe('minimumSchoolWeeks (§2, by start date)', () => {
  it.each([
    ['2016-06-30', 20],
    ['2021-04-30', 20],
    ['2021-05-01', 23],
    ['2024-01-01', 23],
    ['2027-12-31', 23],
  ])('start %s needs %d weeks', (start, weeks) => expect(minimumSchoolWeeks(start)).toBe(weeks));
});

describe('schoolPeriodWeeks: whole weeks of 5 weekdays', () => {
  it.each([
    [{ startDate: '2025-01-06', endDate: '2025-01-10' }, 1], // Mon–Fri
    [{ startDate: '2025-01-06', endDate: '2025-01-09' }, 0], // Mon–Thu
    [{ startDate: '2025-01-06', endDate: '2025-01-12' }, 1], // Mon–Sun
    [block('2025-01-06', 6), 6], // 40 calendar days, still 6 school weeks
    [block('2025-01-06', 23), 23],
    [{ startDate: '2025-01-10', endDate: '2025-01-06' }, 0], // invalid
  ])('%o → %d', (period, weeks) => expect(schoolPeriodWeeks(period)).toBe(weeks));
});

describe('totalSchoolWeeks', () => {
  it('is 0 without periods', () => expect(totalSchoolWeeks([])).toBe(0));

  it('adds whole blocks', () => {
    expect(totalSchoolWeeks([block('2025-01-06', 10), block('2025-08-04', 13)])).toBe(23);
  });

  it('pools partial weeks of several periods (Mon–Wed + Thu–Fri around a holiday = 1 week)', () => {
    const periods = [
      { startDate: '2025-04-07', endDate: '2025-04-09' }, // Mon–Wed: 3 days
      { startDate: '2025-04-24', endDate: '2025-04-25' }, // Thu–Fri: 2 days
    ];
    expect(periods.map(schoolPeriodWeeks)).toEqual([0, 0]);
    expect(totalSchoolWeeks(periods)).toBe(1);
  });

  it('counts days covered by overlapping periods once, in any input order', () => {
    const overlapping = [block('2025-01-13', 2), block('2025-01-06', 2)]; // weeks 2–3 and 1–2
    expect(totalSchoolWeeks(overlapping)).toBe(3);
    expect(totalSchoolWeeks([block('2025-01-06', 4), block('2025-01-13', 1)])).toBe(4); // contained
    expect(totalSchoolWeeks([block('2025-01-06', 2), block('2025-01-06', 2)])).toBe(2); // duplicate
  });

  it('ignores a period that ends before it starts', () => {
    expect(totalSchoolWeeks([block('2025-01-06', 2), { startDate: '2025-03-07', endDate: '2025-03-03' }])).toBe(2);
  });
});

describe('schoolPeriodViolations', () => {
  const start = '2025-03-03';
  const end = '2027-03-02';
  const codesAndFields = (periods: Parameters<typeof schoolPeriodViolations>[0]) =>
    schoolPeriodViolations(periods, start, end).map((v) => [v.code, v.field]);

  it('accepts periods inside the programme, including its first and last day, and adjacent periods', () => {
    const periods = [
      { startDate: start, endDate: '2025-03-31' },
      { startDate: '2025-04-01', endDate: '2025-04-30' }, // adjacent: starts the day after
      { startDate: '2027-02-01', endDate: end },
    ];
    expect(schoolPeriodViolations(periods, start, end)).toEqual([]);
  });

  it('reports a period starting the day before the programme or ending the day after', () => {
    expect(codesAndFields([{ startDate: '2025-03-02', endDate: '2025-03-31' }])).toEqual([
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].startDate'],
    ]);
    expect(codesAndFields([{ startDate: '2027-02-01', endDate: '2027-03-03' }])).toEqual([
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].endDate'],
    ]);
  });

  it('reports both ends of a period that spans the programme', () => {
    expect(codesAndFields([{ startDate: '2025-01-01', endDate: '2027-12-31' }])).toEqual([
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].startDate'],
      ['SCHOOL_PERIOD_OUTSIDE_PROGRAMME', 'input.schoolPeriods[0].endDate'],
    ]);
  });

  it('reports a period whose end is before its start, but a one-day period is fine', () => {
    expect(codesAndFields([{ startDate: '2025-05-02', endDate: '2025-05-01' }])).toEqual([
      ['SCHOOL_PERIOD_INVALID', 'input.schoolPeriods[0].endDate'],
    ]);
    expect(codesAndFields([{ startDate: '2025-05-02', endDate: '2025-05-02' }])).toEqual([]);
  });

  it('reports every overlapping pair, on the later period, and not adjacent ones', () => {
    const periods = [
      { startDate: '2025-04-01', endDate: '2025-04-30' },
      { startDate: '2025-04-30', endDate: '2025-05-15' }, // shares 30 April with [0]
      { startDate: '2025-05-16', endDate: '2025-05-31' }, // adjacent to [1]
      { startDate: '2025-04-10', endDate: '2025-05-20' }, // overlaps [0], [1] and [2]
    ];
    const violations = schoolPeriodViolations(periods, start, end);
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[1].startDate'],
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[3].startDate'],
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[3].startDate'],
      ['SCHOOL_PERIODS_OVERLAP', 'input.schoolPeriods[3].startDate'],
    ]);
    expect(violations[0].message).toBe('School period 2 overlaps school period 1');
    expect(violations[3].message).toBe('School period 4 overlaps school period 3');
  });

  it('does not report an invalid period as overlapping', () => {
    const periods = [
      { startDate: '2025-04-01', endDate: '2025-04-30' },
      { startDate: '2025-04-20', endDate: '2025-04-10' },
    ];
    expect(codesAndFields(periods)).toEqual([['SCHOOL_PERIOD_INVALID', 'input.schoolPeriods[1].endDate']]);
  });
});
