import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Stored matches, one row per list: an open position's best candidates and an
 * available candidate's best positions, best first, with their scores. A full
 * run writes 60,000 rows of arrays instead of millions of pair rows; readers
 * fetch one row and explain the page they show (see MatchQueryService).
 */
@Entity('position_match_list')
export class PositionMatchListEntity {
  @PrimaryColumn('uuid')
  positionId!: string;

  @Column('uuid', { array: true })
  candidateIds!: string[];

  /** Scores in [0, 1] with 4 decimals, aligned with candidateIds. */
  @Column('double precision', { array: true })
  scores!: number[];

  @Column('timestamptz', { default: () => 'now()' })
  computedAt!: Date;
}

@Entity('candidate_match_list')
export class CandidateMatchListEntity {
  @PrimaryColumn('uuid')
  candidateId!: string;

  @Column('uuid', { array: true })
  positionIds!: string[];

  @Column('double precision', { array: true })
  scores!: number[];

  @Column('timestamptz', { default: () => 'now()' })
  computedAt!: Date;
}

/**
 * One row: which state the stored lists are in. Every matching write bumps
 * `generation` under this row's lock, so a worker knows whether the lists it
 * keeps in memory are still the stored ones; `computedOn` is the day the last
 * full run scored for (dates and ages change the scores daily).
 */
@Entity('matching_state')
@Check('matching_state_single_row', 'id = 1')
export class MatchingStateEntity {
  @PrimaryColumn('smallint')
  id!: number;

  @Column('bigint', { default: 0 })
  generation!: string;

  @Column('date', { nullable: true })
  computedOn!: string | null;

  @Column('integer', { nullable: true })
  topK!: number | null;
}
