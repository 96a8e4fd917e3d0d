import { type Actor, Role } from '@igu/access';
import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';

/**
 * SQL condition (on alias `p`, joined `pos`) limiting proposals to what the
 * actor may see (docs/domain.md §5): an employer those on its company's
 * positions, a jobcentre those it made. Other roles see none.
 */
export function visibleProposals(actor: Actor, parameterIndex: number): { sql: string; params: string[] } {
  switch (actor.role) {
    case Role.EMPLOYER:
      return { sql: `pos.company_id = $${parameterIndex}`, params: [actor.companyId] };
    case Role.JOBCENTRE:
      return { sql: `p.jobcentre_id = $${parameterIndex}`, params: [actor.jobcentreId] };
    default:
      throw new ProposalException(ProposalExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
  }
}
