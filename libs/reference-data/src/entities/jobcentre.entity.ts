import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A jobcentre serves one or more municipalities (seeded: one per municipality). */
@Entity('jobcentre')
export class JobcentreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable natural key used by seeding, e.g. `jc-101`. */
  @Column('text', { unique: true })
  code!: string;

  @Column('text')
  name!: string;
}
