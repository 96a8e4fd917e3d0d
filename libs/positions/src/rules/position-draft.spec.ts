import { describe, expect, it } from '@jest/globals';
import { LanguageLevel } from '@igu/reference-data';
import { PositionKind } from '../position.enums.js';
import { applyChanges, draftFromNew } from './position-draft.js';
import type { PositionDraft } from './position-rules.js';

const current: PositionDraft = {
  kind: PositionKind.JOB,
  title: 'Maler',
  description: 'Malerarbejde',
  occupationCode: '7131',
  municipalityCode: 751,
  location: { latitude: 56.15, longitude: 10.2 },
  weeklyHours: 37,
  openings: 1,
  startDate: '2027-01-04',
  applicationDeadline: null,
  requiredDanishLevel: LanguageLevel.NONE,
  drivingLicenceRequired: false,
  skills: [{ skillCode: 'painting', required: true }],
  unionId: null,
  collectiveAgreement: 'Malerfagets overenskomst',
  hourlyWageDkk: 180,
};

describe('applying an update to a position', () => {
  it('keeps absent fields, clears optional fields set to null, and lists what changed', () => {
    const result = applyChanges(current, { title: 'Malersvend', collectiveAgreement: null, startDate: undefined });
    if ('missing' in result) throw new Error('unexpected');
    expect(result.draft).toEqual({ ...current, title: 'Malersvend', collectiveAgreement: null });
    expect([...result.changed].sort()).toEqual(['collectiveAgreement', 'title']);
  });

  it('ignores values equal to the current ones, so a whole form can be resent', () => {
    const result = applyChanges(current, { ...current, skills: [{ skillCode: 'painting', required: true }] });
    if ('missing' in result) throw new Error('unexpected');
    expect(result.changed.size).toBe(0);
  });

  it('refuses null for a field that must have a value', () => {
    expect(applyChanges(current, { weeklyHours: null })).toEqual({ missing: 'weeklyHours' });
    expect(applyChanges(current, { skills: null })).toEqual({ missing: 'skills' });
  });

  it("moves the location to the new municipality's centre unless a location is given", () => {
    const moved = applyChanges(current, { municipalityCode: 101 });
    if ('missing' in moved) throw new Error('unexpected');
    expect(moved.draft.location).toBeNull();
    const placed = applyChanges(current, { municipalityCode: 101, location: { latitude: 55.68, longitude: 12.57 } });
    if ('missing' in placed) throw new Error('unexpected');
    expect(placed.draft.location).toEqual({ latitude: 55.68, longitude: 12.57 });
    const reset = applyChanges(current, { location: null });
    if ('missing' in reset) throw new Error('unexpected');
    expect(reset.draft.location).toBeNull();
  });

  it('treats every field of a new position as set', () => {
    const { draft, changed } = draftFromNew({ ...current, location: undefined, startDate: undefined });
    expect(draft.location).toBeNull();
    expect(draft.startDate).toBeNull();
    expect(changed.has('startDate')).toBe(true);
  });
});
