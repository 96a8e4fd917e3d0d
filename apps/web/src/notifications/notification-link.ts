import type { NotificationSubject, Role } from '../graphql/generated/graphql.js';

/** The page of a role's base path for each subject; null when the role has no page for it. */
const ROLE_BASE: Record<Role, string> = { EMPLOYER: '/employer', JOBCENTRE: '/jobcentre', UNION_REP: '/union', ADMIN: '/administration' };

export function notificationsPath(role: Role): string {
  return `${ROLE_BASE[role]}/notifications`;
}

/**
 * Where a notification leads. An employer's proposal lives on its position's
 * page, which the caller finds with `proposal(id) { position { id } }`
 * (`needsProposalLookup`); everything else is a direct path.
 */
export function notificationLink(
  role: Role,
  subjectType: NotificationSubject | null | undefined,
  subjectId: string | null | undefined,
): string | null {
  if (!subjectType || !subjectId) return null;
  switch (role) {
    case 'EMPLOYER':
      if (subjectType === 'POSITION') return `/employer/positions/${subjectId}`;
      if (subjectType === 'PROGRAMME') return `/employer/programmes/${subjectId}`;
      return null;
    case 'JOBCENTRE':
      if (subjectType === 'CANDIDATE') return `/jobcentre/candidates/${subjectId}`;
      if (subjectType === 'PROPOSAL' || subjectType === 'PROGRAMME') return '/jobcentre/proposals';
      if (subjectType === 'HANDOVER_IMPORT') return '/jobcentre/handover';
      return null;
    case 'UNION_REP':
      return subjectType === 'PROGRAMME' ? `/union/programmes/${subjectId}` : null;
    case 'ADMIN':
      return null;
  }
}

export const needsProposalLookup = (role: Role, subjectType: NotificationSubject | null | undefined): boolean =>
  role === 'EMPLOYER' && subjectType === 'PROPOSAL';
