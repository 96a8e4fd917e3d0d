import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A union that signs IGU agreements. The table is not called `union`, a SQL keyword. */
@Entity('trade_union')
export class TradeUnionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable slug, e.g. `3f`, `hk`. */
  @Column('text', { unique: true })
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  nameEn!: string;

  @Column('text')
  sectors!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  iscoMajorGroups!: string[];
}
