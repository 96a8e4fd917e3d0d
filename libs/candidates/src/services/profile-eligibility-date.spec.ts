import { describe, expect, it } from '@jest/globals';
import { Role } from '@igu/access';
import { ageThisYear } from './candidate-views.js';
import { eligibilityDateFor } from './profile-eligibility-date.js';

const profile = { jobcentreId: 'jc-own', eligibilityDate: null as string | null };
const TODAY = '2026-11-02';

describe('the date a profile’s IGU eligibility is evaluated at', () => {
  it('is the asked date (default today) for the candidate’s own jobcentre only', () => {
    const own = { userId: 'u', role: Role.JOBCENTRE, jobcentreId: 'jc-own' } as const;
    expect(eligibilityDateFor(own, profile, '2016-01-01', TODAY)).toBe('2016-01-01');
    expect(eligibilityDateFor(own, { ...profile, eligibilityDate: '2027-01-01' }, null, TODAY)).toBe(TODAY);
  });

  it('ignores the asked date for everyone else: the position in context, else today', () => {
    const viewers = [
      { userId: 'u', role: Role.JOBCENTRE, jobcentreId: 'jc-other' },
      { userId: 'u', role: Role.EMPLOYER, companyId: 'c' },
      { userId: 'u', role: Role.UNION_REP, unionId: 'x' },
      { userId: 'u', role: Role.ADMIN },
    ] as const;
    for (const viewer of viewers) {
      expect(eligibilityDateFor(viewer, profile, '2016-01-01', TODAY)).toBe(TODAY);
      expect(eligibilityDateFor(viewer, { ...profile, eligibilityDate: '2027-01-01' }, '2016-01-01', TODAY)).toBe('2027-01-01');
    }
  });
});

describe('profile age', () => {
  it('is the age reached this calendar year, the same all year long', () => {
    for (const born of ['1996-01-01', '1996-11-02', '1996-11-03', '1996-12-31']) expect(ageThisYear(born, TODAY)).toBe(30);
    expect(ageThisYear('1996-12-31', '2027-01-01')).toBe(31);
  });
});
