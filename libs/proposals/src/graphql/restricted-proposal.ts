import type { ProposalObject } from './proposal.objects.js';

const RESTRICTED = Symbol('restricted proposal');

/**
 * The proposal as far as a programme needs it (id, status, position, candidate
 * reference), for viewers who may not read proposals themselves (union
 * representatives, ADMIN): its note, decision reason and interview (time, mode,
 * location) are null, and so are its history notes and interviews.
 */
export function restrictedProposal(proposal: ProposalObject): ProposalObject {
  return Object.assign(
    { ...proposal, note: null, decisionReason: null, interviewAt: null, interviewMode: null, interviewLocation: null },
    { [RESTRICTED]: true },
  );
}

export function isRestricted(proposal: ProposalObject): boolean {
  return (proposal as unknown as Record<symbol, unknown>)[RESTRICTED] === true;
}
