import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('region')
export class RegionEntity {
  /** 1081 Nordjylland … 1085 Sjælland. */
  @PrimaryColumn('smallint')
  code!: number;

  @Column('text')
  name!: string;
}
