import { type Actor, Role } from '@igu/access';

/** The organisation fields of a user record. */
export interface OrganisationMember {
  id: string;
  companyId: string | null;
  jobcentreId: string | null;
  unionId: string | null;
}

/**
 * Whether `actor` may see who `user` is: themself, or a user of the actor's own
 * company, jobcentre or union. Users of other organisations stay anonymous
 * (their e-mail and name are not for other organisations; ADMIN sees only itself here).
 */
export function mayNameUser(actor: Actor, user: OrganisationMember): boolean {
  if (user.id === actor.userId) return true;
  switch (actor.role) {
    case Role.EMPLOYER:
      return user.companyId === actor.companyId;
    case Role.JOBCENTRE:
      return user.jobcentreId === actor.jobcentreId;
    case Role.UNION_REP:
      return user.unionId === actor.unionId;
    default:
      return false;
  }
}
