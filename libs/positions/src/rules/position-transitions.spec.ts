import { describe, expect, it } from '@jest/globals';
import type { Scope } from '@igu/access';
import { PositionStatus } from '../position.enums.js';
import { canViewPosition, closeRefusal, editRefusal, managesPosition, publishRefusal, versionRefusal } from './position-transitions.js';

const { DRAFT, OPEN, FILLED, CLOSED } = PositionStatus;

describe('position life cycle', () => {
  it.each([
    [DRAFT, null],
    [OPEN, 'ILLEGAL_TRANSITION'],
    [FILLED, 'ILLEGAL_TRANSITION'],
    [CLOSED, 'ILLEGAL_TRANSITION'],
  ])('publish from %s: %s', (status, reason) => {
    expect(publishRefusal(status)?.reason ?? null).toBe(reason);
  });

  it.each([
    [DRAFT, null],
    [OPEN, null],
    [FILLED, 'ILLEGAL_TRANSITION'],
    [CLOSED, 'ILLEGAL_TRANSITION'],
  ])('close from %s: %s', (status, reason) => {
    expect(closeRefusal(status)?.reason ?? null).toBe(reason);
  });

  it('edits DRAFT freely, OPEN except occupation and municipality, never FILLED or CLOSED', () => {
    expect(editRefusal(DRAFT, new Set(['occupationCode', 'municipalityCode']))).toBeNull();
    expect(editRefusal(OPEN, new Set(['title', 'weeklyHours', 'skills', 'location']))).toBeNull();
    expect(editRefusal(OPEN, new Set(['title', 'occupationCode']))?.reason).toBe('FIELD_LOCKED_WHILE_OPEN');
    expect(editRefusal(OPEN, new Set(['municipalityCode']))?.reason).toBe('FIELD_LOCKED_WHILE_OPEN');
    expect(editRefusal(FILLED, new Set(['title']))?.reason).toBe('POSITION_NOT_EDITABLE');
    expect(editRefusal(CLOSED, new Set())?.reason).toBe('POSITION_NOT_EDITABLE');
  });

  it('refuses a stale version, and accepts any version when none is expected', () => {
    expect(versionRefusal(3, 3)).toBeNull();
    expect(versionRefusal(3, undefined)).toBeNull();
    expect(versionRefusal(4, 3)?.reason).toBe('VERSION_MISMATCH');
  });
});

describe('position visibility (docs/domain.md §5)', () => {
  const own: Scope = { kind: 'company', companyId: 'c1' };
  const other: Scope = { kind: 'company', companyId: 'c2' };
  const jobcentre: Scope = { kind: 'jobcentre', jobcentreId: 'j1' };
  const union: Scope = { kind: 'union', unionId: 'u1' };
  const admin: Scope = { kind: 'admin' };

  it.each([
    [DRAFT, [true, false, false, false, true]],
    [OPEN, [true, true, true, true, true]],
    [FILLED, [true, false, false, false, true]],
    [CLOSED, [true, false, false, false, true]],
  ])('%s is visible to own company, other company, jobcentre, union, admin: %j', (status, expected) => {
    const position = { status, companyId: 'c1' };
    expect([own, other, jobcentre, union, admin].map((scope) => canViewPosition(scope, position))).toEqual(expected);
  });

  it('only the own company manages a position', () => {
    expect([own, other, jobcentre, admin].map((scope) => managesPosition(scope, { companyId: 'c1' }))).toEqual([true, false, false, false]);
  });
});
