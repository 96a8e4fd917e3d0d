import { LanguageLevel } from '@igu/reference-data';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PositionKind, PositionStatus } from '../position.enums.js';

/** numeric columns arrive as strings from pg; money keeps exact øre in the database. */
const numericToNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A vacancy of a company. Edits are conditional updates on `version` (never
 * `save()`); every change bumps it. Indexes written by hand in the migration
 * (expressions TypeORM cannot express) are declared with `synchronize: false`
 * so the drift check leaves them alone:
 * - position_open_listing: the nationwide OPEN listing in its keyset order
 * - position_occupation_prefix: occupation code prefixes (LIKE '91%')
 * - position_text_fts / position_text_trgm: Danish full text (search_vector) and substrings
 * - position_location: GiST on point(longitude, latitude) for the `near` bounding box
 */
@Entity('position')
@Index('position_open_listing', { synchronize: false })
@Index('position_occupation_prefix', { synchronize: false })
@Index('position_text_fts', { synchronize: false })
@Index('position_text_trgm', { synchronize: false })
@Index('position_location', { synchronize: false })
@Index('position_company_status', ['companyId', 'status'])
@Index('position_status_kind', ['status', 'kind'])
@Check('position_weekly_hours_range', 'weekly_hours >= 1 AND weekly_hours <= 37')
@Check('position_igu_rules', `kind <> 'IGU' OR (union_id IS NOT NULL AND weekly_hours >= 25)`)
@Check('position_openings_positive', 'openings >= 1')
@Check('position_location_range', 'latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180')
@Check('position_hourly_wage_positive', 'hourly_wage_dkk IS NULL OR hourly_wage_dkk > 0')
@Check('position_listed_has_published_at', `status NOT IN ('OPEN', 'FILLED') OR published_at IS NOT NULL`)
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Starts at 1; every change (edit, publish, close) adds 1. */
  @Column('integer', { default: 1 })
  version!: number;

  @Column({ type: 'enum', enum: PositionKind, enumName: 'position_kind' })
  kind!: PositionKind;

  @Column({ type: 'enum', enum: PositionStatus, enumName: 'position_status', default: PositionStatus.DRAFT })
  status!: PositionStatus;

  @ForeignKey('company', { onDelete: 'RESTRICT' })
  @Column('uuid')
  companyId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  /** ISCO-08 unit group (4 digits). */
  @ForeignKey('occupation', { onDelete: 'RESTRICT' })
  @Column('varchar', { length: 4 })
  occupationCode!: string;

  @Index()
  @ForeignKey('municipality', { onDelete: 'RESTRICT' })
  @Column('smallint')
  municipalityCode!: number;

  /** Workplace; the municipality's centre unless given. */
  @Column('double precision')
  latitude!: number;

  @Column('double precision')
  longitude!: number;

  @Column('double precision')
  weeklyHours!: number;

  @Column('integer', { default: 1 })
  openings!: number;

  @Column('date', { nullable: true })
  startDate!: string | null;

  @Column('date', { nullable: true })
  applicationDeadline!: string | null;

  @Column({
    type: 'enum',
    enum: LanguageLevel,
    enumName: 'position_language_level',
    default: LanguageLevel.NONE,
  })
  requiredDanishLevel!: LanguageLevel;

  @Column('boolean', { default: false })
  drivingLicenceRequired!: boolean;

  /** Union of the collective agreement; required for IGU. */
  @Index({ where: 'union_id IS NOT NULL' })
  @ForeignKey('trade_union', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  unionId!: string | null;

  @Column('text', { nullable: true })
  collectiveAgreement!: string | null;

  @Column('numeric', { precision: 9, scale: 2, nullable: true, transformer: numericToNumber })
  hourlyWageDkk!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('text', { nullable: true })
  closeReason!: string | null;

  /**
   * Danish full-text vector of title and description, kept by a trigger (see
   * the migration) so searches never recompute it per row. Never selected.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;
}
