import { type Actor, type Scope, scopeOf } from '@igu/access';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

export type JobcentreScope = Extract<Scope, { kind: 'jobcentre' }>;

/** For operations only a jobcentre may call (the resolver's @Roles already says so; this keeps services honest). */
export function requireJobcentre(actor: Actor): JobcentreScope {
  const scope = scopeOf(actor);
  if (scope.kind !== 'jobcentre')
    throw new CandidateException(CandidateExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
  return scope;
}
