import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { JobcentreEntity } from './jobcentre.entity.js';
import { RegionEntity } from './region.entity.js';

@Entity('municipality')
export class MunicipalityEntity {
  /** Official 3-digit code, e.g. 101 København, 751 Aarhus. */
  @PrimaryColumn('smallint')
  code!: number;

  @Column('text')
  name!: string;

  @Index()
  @Column('smallint')
  regionCode!: number;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<RegionEntity>;

  @Column('double precision')
  latitude!: number;

  @Column('double precision')
  longitude!: number;

  @Column('integer')
  population!: number;

  @Index()
  @Column('uuid')
  jobcentreId!: string;

  @ManyToOne(() => JobcentreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jobcentre_id' })
  jobcentre?: Relation<JobcentreEntity>;
}
