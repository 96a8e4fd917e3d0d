import { describe, expect, it } from '@jest/globals';
import { Role } from '@igu/access';
import type { UserObject } from '@igu/auth';
import { userAsSeenBy } from './user-visibility.js';

const user = (overrides: Partial<UserObject>): UserObject => ({
  id: 'u1',
  email: 'kim@jobcenter.example',
  displayName: 'Kim',
  role: Role.JOBCENTRE,
  companyId: null,
  jobcentreId: 'j1',
  unionId: null,
  ...overrides,
});

describe('userAsSeenBy', () => {
  it('shows ADMIN and colleagues of the same jobcentre the whole user', () => {
    expect(userAsSeenBy({ userId: 'a', role: Role.ADMIN }, user({}))).toMatchObject({ email: 'kim@jobcenter.example' });
    expect(userAsSeenBy({ userId: 'x', role: Role.JOBCENTRE, jobcentreId: 'j1' }, user({}))).toMatchObject({ displayName: 'Kim' });
  });

  it('shows anyone else only role and organisation', () => {
    const employer = user({ id: 'e1', role: Role.EMPLOYER, jobcentreId: null, companyId: 'c1' });
    expect(userAsSeenBy({ userId: 'x', role: Role.JOBCENTRE, jobcentreId: 'j1' }, employer)).toEqual({
      ...employer,
      email: '',
      displayName: '',
    });
    expect(userAsSeenBy({ userId: 'x', role: Role.JOBCENTRE, jobcentreId: 'j2' }, user({}))).toMatchObject({ email: '', displayName: '' });
  });

  it('answers null for no user', () => {
    expect(userAsSeenBy({ userId: 'a', role: Role.ADMIN }, null)).toBeNull();
  });
});
