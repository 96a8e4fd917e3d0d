import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** ISCO-08 (DISCO-08) in four levels; codes keep leading zeros. */
@Entity('occupation')
@Check('occupation_level_matches_code', 'length(code) = level')
export class OccupationEntity {
  @PrimaryColumn('varchar', { length: 4 })
  code!: string;

  @Index()
  @Column('smallint')
  level!: number;

  @Column('text')
  title!: string;

  @Column('varchar', { length: 3, nullable: true })
  parentCode!: string | null;
}
