import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Stored matches: the union of every open position's top K candidates and
 * every available candidate's top K positions (flags say which list a row is in).
 */
@Entity('match')
@Index('match_position_top', ['positionId', 'score', 'candidateId'], { where: 'in_position_top' })
@Index('match_candidate_top', ['candidateId', 'score', 'positionId'], { where: 'in_candidate_top' })
@Index('match_candidate', ['candidateId'])
export class MatchEntity {
  @PrimaryColumn('uuid')
  positionId!: string;

  @PrimaryColumn('uuid')
  candidateId!: string;

  @Column('double precision')
  score!: number;

  @Column('double precision')
  occupation!: number;

  @Column('double precision')
  skills!: number;

  @Column('double precision')
  language!: number;

  @Column('double precision')
  distance!: number;

  @Column('double precision')
  availability!: number;

  @Column('boolean', { nullable: true })
  iguEligible!: boolean | null;

  @Column('text', { array: true, default: () => "'{}'" })
  missingRequiredSkills!: string[];

  @Column('double precision')
  distanceKm!: number;

  @Column('boolean')
  crossMunicipality!: boolean;

  @Column('boolean', { default: false })
  inPositionTop!: boolean;

  @Column('boolean', { default: false })
  inCandidateTop!: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  computedAt!: Date;
}
