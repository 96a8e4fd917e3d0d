import { MunicipalityEntity } from '@igu/reference-data';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

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
  @Column('smallint')
  municipalityCode!: number;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;

  /** Public employers get no IGU bonus and other wage-subsidy limits. */
  @Column('boolean', { default: false })
  publicEmployer!: boolean;

  @Column('integer')
  employeeCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
