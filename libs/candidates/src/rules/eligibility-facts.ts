import type { EligibilityFacts } from '@igu/eligibility';
import type { CandidateEntity } from '../entities/candidate.entity.js';

export type EligibilityFactsRow = Pick<
  CandidateEntity,
  'dateOfBirth' | 'residenceBasis' | 'arrivedInDenmarkOn' | 'priorIgu' | 'iguStartedOn'
>;

/** One IGU per person, ever: one recorded before this system, or one of ours that became ACTIVE. */
export function hadIgu(row: Pick<CandidateEntity, 'priorIgu' | 'iguStartedOn'>): boolean {
  return row.priorIgu || (row.iguStartedOn ?? null) !== null;
}

/** The facts IGU eligibility is judged on, from a candidate row: the one place this mapping is written. */
export function eligibilityFactsOf(row: EligibilityFactsRow): EligibilityFacts {
  return {
    dateOfBirth: row.dateOfBirth,
    residenceBasis: row.residenceBasis,
    arrivedInDenmarkOn: row.arrivedInDenmarkOn,
    priorIgu: hadIgu(row),
  };
}
