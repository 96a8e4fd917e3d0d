import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProgrammeKind, ProgrammeStatus } from '@igu/programme-rules';
import type { SchoolPeriodDraft } from '@igu/programme-rules';

const numericToNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An IGU, internship or wage-subsidy programme created from an ACCEPTED
 * proposal. One programme per proposal, and at most one IGU programme of a
 * candidate in progress (DRAFT to APPROVED): unique indexes, so a race gives
 * one. "One IGU per person, ever" is the candidate's `igu_started_on`, set when
 * an IGU programme becomes ACTIVE; one that never started blocks nothing.
 */
@Entity('programme')
@Index('programme_one_per_proposal', ['proposalId'], { unique: true })
@Index('programme_one_igu_in_progress', ['candidateId'], {
  unique: true,
  where: `kind = 'IGU' AND status IN ('DRAFT', 'CHANGES_REQUESTED', 'PENDING_APPROVAL', 'APPROVED')`,
})
@Index('programme_company_status', ['companyId', 'status'])
@Index('programme_union_status', ['unionId', 'status'])
@Check('programme_end_after_start', 'end_date IS NULL OR end_date >= start_date')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('enum', { enum: Object.values(ProgrammeKind), enumName: 'programme_kind' })
  kind!: ProgrammeKind;

  @Column('enum', { enum: Object.values(ProgrammeStatus), enumName: 'programme_status', default: ProgrammeStatus.DRAFT })
  status!: ProgrammeStatus;

  @ForeignKey('proposal', { onDelete: 'RESTRICT' })
  @Column('uuid')
  proposalId!: string;

  @Index()
  @ForeignKey('position', { onDelete: 'RESTRICT' })
  @Column('uuid')
  positionId!: string;

  @Index()
  @ForeignKey('candidate', { onDelete: 'RESTRICT' })
  @Column('uuid')
  candidateId!: string;

  @ForeignKey('company', { onDelete: 'RESTRICT' })
  @Column('uuid')
  companyId!: string;

  @ForeignKey('trade_union', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  unionId!: string | null;

  @Column('date')
  startDate!: string;

  /** IGU: computed (start + 24 months − 1 day); otherwise as given (null until given). */
  @Column('date', { nullable: true })
  endDate!: string | null;

  @Column('double precision')
  weeklyWorkHours!: number;

  @Column('numeric', { precision: 9, scale: 2, nullable: true, transformer: numericToNumber })
  hourlyWageDkk!: number | null;

  @Column('text', { nullable: true })
  collectiveAgreement!: string | null;

  /** School periods, in order; small and always read with the programme. */
  @Column('jsonb', { default: () => "'[]'" })
  schoolPeriods!: SchoolPeriodDraft[];

  @Column('text', { nullable: true })
  employeeRepresentativeStatement!: string | null;

  @Column('boolean', { default: false })
  noOrdinaryEmploymentLast3Months!: boolean;

  /** First submission; a union sees the programme from then on, never before. */
  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('text', { nullable: true })
  withdrawalReason!: string | null;

  @Column('date', { nullable: true })
  terminatedOn!: string | null;

  @Column('text', { nullable: true })
  terminationReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
