export enum Role {
  EMPLOYER = 'EMPLOYER',
  JOBCENTRE = 'JOBCENTRE',
  UNION_REP = 'UNION_REP',
  ADMIN = 'ADMIN',
}

/** The authenticated caller. Each role carries exactly the organisation it acts for. */
export type Actor =
  | { userId: string; role: Role.EMPLOYER; companyId: string }
  | { userId: string; role: Role.JOBCENTRE; jobcentreId: string }
  | { userId: string; role: Role.UNION_REP; unionId: string }
  | { userId: string; role: Role.ADMIN };

/**
 * What a repository query may see. Services pass this, never a bare user id,
 * so an unscoped query does not compile.
 */
export type Scope =
  | { kind: 'company'; companyId: string }
  | { kind: 'jobcentre'; jobcentreId: string }
  | { kind: 'union'; unionId: string }
  | { kind: 'admin' };

export function scopeOf(actor: Actor): Scope {
  switch (actor.role) {
    case Role.EMPLOYER:
      return { kind: 'company', companyId: actor.companyId };
    case Role.JOBCENTRE:
      return { kind: 'jobcentre', jobcentreId: actor.jobcentreId };
    case Role.UNION_REP:
      return { kind: 'union', unionId: actor.unionId };
    case Role.ADMIN:
      return { kind: 'admin' };
  }
}
