import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@igu/access';

/** A person who signs in. Exactly the organisation column of the role is set. */
@Entity('app_user')
@Check('app_user_email_lower_case', 'email = lower(email)')
@Check(
  'app_user_role_organisation',
  `(role = 'EMPLOYER') = (company_id IS NOT NULL) AND (role = 'JOBCENTRE') = (jobcentre_id IS NOT NULL)
   AND (role = 'UNION_REP') = (union_id IS NOT NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case: e-mail addresses are matched case-insensitively. */
  @Index('app_user_email_unique', { unique: true })
  @Column('text')
  email!: string;

  /** argon2id, PHC string format. */
  @Column('text')
  passwordHash!: string;

  @Column('text')
  displayName!: string;

  @Column('enum', { enum: Role, enumName: 'user_role' })
  role!: Role;

  @Index({ where: 'company_id IS NOT NULL' })
  @ForeignKey('company', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  companyId!: string | null;

  @ForeignKey('jobcentre', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  jobcentreId!: string | null;

  @ForeignKey('trade_union', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  unionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
