import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('company')
@Check('company_employee_count_non_negative', 'employee_count >= 0')
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 8 digits, modulus-11 valid; one company per CVR. */
  @Index('company_cvr_unique', { unique: true })
  @Column('char', { length: 8 })
  cvr!: string;

  @Column('text')
  name!: string;

  @Index()
  @ForeignKey('municipality', { onDelete: 'RESTRICT' })
  @Column('smallint')
  municipalityCode!: number;

  /** Public employers get no IGU bonus and other wage-subsidy limits. */
  @Column('boolean', { default: false })
  publicEmployer!: boolean;

  @Column('integer')
  employeeCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
