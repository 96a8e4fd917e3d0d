import { type Actor, Role } from '@igu/access';
import type { UserObject } from '@igu/auth';

/**
 * A reader as the viewer may see them. ADMIN manages every user and sees them
 * whole; a caseworker sees the users of their own jobcentre by name, anyone
 * else only by role and organisation (e-mail and name empty), as elsewhere in
 * the API: names and e-mails of users are not for other organisations.
 */
export function userAsSeenBy(viewer: Actor, user: UserObject | null): UserObject | null {
  if (!user) return null;
  if (viewer.role === Role.ADMIN || user.id === viewer.userId) return user;
  if (viewer.role === Role.JOBCENTRE && user.jobcentreId === viewer.jobcentreId) return user;
  return { ...user, email: '', displayName: '' };
}
