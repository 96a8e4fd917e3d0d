import { describe, expect, it } from '@jest/globals';
import { LanguageLevel } from '@igu/reference-data';
import { PositionKind } from '../position.enums.js';
import { normaliseDraft, type PositionDraft, type PositionField, PositionRule, positionViolations } from './position-rules.js';

const TODAY = '2026-11-23';
const ALL = new Set<PositionField>([
  'title',
  'description',
  'occupationCode',
  'municipalityCode',
  'location',
  'weeklyHours',
  'openings',
  'startDate',
  'applicationDeadline',
  'skills',
  'unionId',
  'collectiveAgreement',
  'hourlyWageDkk',
]);
const UNION = '2b0d7f3e-8c4a-4b1e-9f7d-3a5c6e8b9d01';

const draft = (overrides: Partial<PositionDraft> = {}): PositionDraft => ({
  kind: PositionKind.JOB,
  title: 'Rengøringsassistent',
  description: 'Rengøring af kontorer i Aarhus C',
  occupationCode: '9112',
  municipalityCode: 751,
  location: null,
  weeklyHours: 30,
  openings: 2,
  startDate: '2027-01-04',
  applicationDeadline: '2026-12-15',
  requiredDanishLevel: LanguageLevel.A2,
  drivingLicenceRequired: false,
  skills: [{ skillCode: 'cleaning', required: true }],
  unionId: null,
  collectiveAgreement: null,
  hourlyWageDkk: 150,
  ...overrides,
});

const reasons = (d: PositionDraft, changed: ReadonlySet<PositionField> = ALL) =>
  positionViolations(d, { today: TODAY, changed }).map((v) => `${v.reason}@${v.field}`);

describe('position rules', () => {
  it('accepts a valid JOB and a valid IGU position', () => {
    expect(reasons(draft())).toEqual([]);
    expect(reasons(draft({ kind: PositionKind.IGU, weeklyHours: 25, unionId: UNION }))).toEqual([]);
  });

  it.each([
    [{ weeklyHours: 0.5 }, 'WEEKLY_HOURS_OUT_OF_RANGE@input.weeklyHours'],
    [{ weeklyHours: 37.5 }, 'WEEKLY_HOURS_OUT_OF_RANGE@input.weeklyHours'],
    [{ kind: PositionKind.IGU, unionId: UNION, weeklyHours: 24.5 }, 'IGU_WEEKLY_HOURS_TOO_LOW@input.weeklyHours'],
    [{ kind: PositionKind.IGU, unionId: null }, 'IGU_UNION_REQUIRED@input.unionId'],
    [{ unionId: 'not-a-uuid' }, 'UNKNOWN_UNION@input.unionId'],
    [{ openings: 0 }, 'OPENINGS_OUT_OF_RANGE@input.openings'],
    [{ openings: 1.5 }, 'OPENINGS_OUT_OF_RANGE@input.openings'],
    [{ occupationCode: '91' }, 'OCCUPATION_NOT_UNIT_GROUP@input.occupationCode'],
    [{ occupationCode: '91x2' }, 'UNKNOWN_OCCUPATION@input.occupationCode'],
    [{ title: 'ab' }, 'TITLE_LENGTH@input.title'],
    [{ title: 'x'.repeat(151) }, 'TITLE_LENGTH@input.title'],
    [{ description: '' }, 'DESCRIPTION_LENGTH@input.description'],
    [{ description: 'x'.repeat(10_001) }, 'DESCRIPTION_LENGTH@input.description'],
    [{ startDate: '2026-11-22', applicationDeadline: null }, 'START_DATE_IN_PAST@input.startDate'],
    [{ applicationDeadline: '2026-11-22' }, 'APPLICATION_DEADLINE_IN_PAST@input.applicationDeadline'],
    [{ applicationDeadline: '2027-01-05' }, 'DEADLINE_AFTER_START_DATE@input.applicationDeadline'],
    [{ kind: PositionKind.IGU, unionId: UNION, startDate: '2028-01-01', applicationDeadline: null }, 'IGU_SCHEME_ENDED@input.startDate'],
    [{ location: { latitude: 52.52, longitude: 13.4 } }, 'LOCATION_OUTSIDE_DENMARK@input.location'],
    [{ hourlyWageDkk: 0 }, 'HOURLY_WAGE_OUT_OF_RANGE@input.hourlyWageDkk'],
    [{ collectiveAgreement: 'x'.repeat(201) }, 'COLLECTIVE_AGREEMENT_LENGTH@input.collectiveAgreement'],
    [
      {
        skills: [
          { skillCode: 'cleaning', required: true },
          { skillCode: 'cleaning', required: false },
        ],
      },
      'DUPLICATE_SKILL@input.skills[1].skillCode',
    ],
    [{ skills: Array.from({ length: 51 }, (_, i) => ({ skillCode: `s${i}`, required: true })) }, 'TOO_MANY_SKILLS@input.skills'],
  ])('refuses %j with %s', (overrides, expected) => {
    expect(reasons(draft(overrides as Partial<PositionDraft>))).toEqual([expected]);
  });

  it('accepts the edges: 1 and 37 hours, IGU at exactly 25, today as start and deadline, Bornholm', () => {
    expect(reasons(draft({ weeklyHours: 1 }))).toEqual([]);
    expect(reasons(draft({ weeklyHours: 37 }))).toEqual([]);
    expect(reasons(draft({ startDate: TODAY, applicationDeadline: TODAY }))).toEqual([]);
    expect(reasons(draft({ kind: PositionKind.IGU, unionId: UNION, startDate: '2027-12-31', applicationDeadline: null }))).toEqual([]);
    expect(reasons(draft({ location: { latitude: 55.1, longitude: 14.9 } }))).toEqual([]);
  });

  it('checks past dates only when the request sets them', () => {
    const stale = draft({ startDate: '2026-01-05', applicationDeadline: '2025-12-01' });
    expect(reasons(stale, new Set(['title']))).toEqual([]);
    expect(reasons(stale, new Set(['startDate']))).toEqual(['START_DATE_IN_PAST@input.startDate']);
  });

  it('reports every broken rule, in field order', () => {
    expect(reasons(draft({ kind: PositionKind.IGU, weeklyHours: 20, openings: 0 }))).toEqual([
      'IGU_WEEKLY_HOURS_TOO_LOW@input.weeklyHours',
      'OPENINGS_OUT_OF_RANGE@input.openings',
      'IGU_UNION_REQUIRED@input.unionId',
    ]);
  });

  it('trims text and empties blank optional text before validating', () => {
    const normal = normaliseDraft(draft({ title: '  Maler  ', collectiveAgreement: '   ', unionId: ' ' }));
    expect(normal).toMatchObject({ title: 'Maler', collectiveAgreement: null, unionId: null });
    expect(reasons(normaliseDraft(draft({ title: '   ab   ' })))).toEqual([`${PositionRule.TITLE_LENGTH}@input.title`]);
  });
});
