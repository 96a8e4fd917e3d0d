import { type GraphqlClient, signInAllRoles } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { createCandidate } from './candidates.js';
import { createOpenPosition, jobInput } from './positions.js';

const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`;
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;

/** What a bounded load loop saw answered as success (committed), and how many mutations failed. */
export interface LoadResult {
  candidates: string[];
  proposals: string[];
  failed: number;
}

/**
 * A bounded write load for the fault tests: a caseworker creates a candidate
 * and proposes it to one of a few open positions, one pair at a time, until
 * stopped. Every id the API answered with is a write it said was committed.
 */
export class ProposalLoad {
  private readonly result: LoadResult = { candidates: [], proposals: [], failed: 0 };
  private running?: Promise<void>;
  private stopped = false;

  private constructor(
    private readonly jobcentre: GraphqlClient,
    private readonly positionIds: string[],
    private readonly candidateInput: () => Record<string, unknown>,
  ) {}

  /** Signs in (admin bootstrap, employer, caseworker) and opens three positions. */
  static async prepare(
    client: GraphqlClient,
    dataSource: DataSource,
    admin: { email: string; password: string },
    candidateInput: () => Record<string, unknown>,
  ): Promise<ProposalLoad> {
    const roles = await signInAllRoles(client, dataSource, admin);
    const positions = [];
    for (let i = 0; i < 3; i++) positions.push(await createOpenPosition(roles.employer.client, jobInput({ title: `Load ${i}` })));
    // One candidate through the helper, so a broken input fails here rather than as "failed" writes.
    await createCandidate(roles.jobcentre.client);
    return new ProposalLoad(
      roles.jobcentre.client,
      positions.map((position) => position.id),
      candidateInput,
    );
  }

  start(pauseMs = 40): void {
    this.running = (async () => {
      for (let i = 0; !this.stopped; i++) {
        await this.once(i);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    })();
  }

  /** Proposals answered as created so far. */
  get proposalCount(): number {
    return this.result.proposals.length;
  }

  async stop(): Promise<LoadResult> {
    this.stopped = true;
    await this.running;
    return this.result;
  }

  private async once(i: number): Promise<void> {
    const candidateId = await this.mutate<{ createCandidate: { id: string } }>(CREATE_CANDIDATE, { input: this.candidateInput() });
    if (!candidateId) return;
    this.result.candidates.push(candidateId.createCandidate.id);
    const proposal = await this.mutate<{ proposeCandidate: { id: string } }>(PROPOSE, {
      input: { candidateId: candidateId.createCandidate.id, positionId: this.positionIds[i % this.positionIds.length] },
    });
    if (proposal) this.result.proposals.push(proposal.proposeCandidate.id);
  }

  private async mutate<T>(query: string, variables: Record<string, unknown>): Promise<T | undefined> {
    try {
      const response = await this.jobcentre.request<T>(query, variables);
      if (response.data && !response.errors?.length) return response.data;
    } catch {
      // the API did not answer (should not happen: it stays up); counted below
    }
    this.result.failed++;
    return undefined;
  }
}
