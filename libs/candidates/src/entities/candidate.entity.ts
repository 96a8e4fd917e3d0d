import { ResidenceBasis } from '@igu/eligibility';
import { LanguageLevel } from '@igu/reference-data';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CandidateStatus } from '../candidate-status.js';

/**
 * A newly arrived refugee registered by a jobcentre. Name, CPR and contact are
 * stored encrypted (FieldCipher, `*_encrypted`); the CPR is found for
 * duplicates through a keyed blind index. The birth date is kept in plain:
 * age and IGU eligibility are filtered on it (its DDMMYY is also what the
 * masked CPR shows). Everything else is non-personal profile data.
 */
@Entity('candidate')
@Check('candidate_reference_format', `reference ~ '^C-[A-Z0-9]{6}$'`)
@Check('candidate_max_commute_km_range', 'max_commute_km BETWEEN 0 AND 500')
@Check('candidate_arrival_order', 'arrived_in_municipality_on >= arrived_in_denmark_on')
@Check('candidate_version_positive', 'version >= 1')
// Identity is present until the record is pseudonymised, and then nothing personal is left (erasure, retention).
@Check(
  'candidate_identity_present',
  'pseudonymised_at IS NOT NULL OR (full_name_encrypted IS NOT NULL AND cpr_encrypted IS NOT NULL AND cpr_index IS NOT NULL)',
)
@Check(
  'candidate_pseudonymised_empty',
  `pseudonymised_at IS NULL OR (full_name_encrypted IS NULL AND cpr_encrypted IS NULL AND cpr_index IS NULL AND email_encrypted IS NULL
   AND phone_encrypted IS NULL AND name_search_index = '{}' AND extract(month FROM date_of_birth) = 1 AND extract(day FROM date_of_birth) = 1)`,
)
// Nationwide profile search: shared AVAILABLE profiles, newest first.
@Index('candidate_shared_available', ['createdAt', 'id'], { where: `status = 'AVAILABLE' AND share_profile_with_employers` })
// A jobcentre's own list, newest first.
@Index('candidate_jobcentre_created', ['jobcentreId', 'createdAt', 'id'])
// A jobcentre's overdue list: no offer yet, oldest deadline first.
@Index('candidate_first_offer_pending', ['jobcentreId', 'firstOfferDeadline', 'id'], { where: 'first_offer_at IS NULL' })
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Bumped by every edit; edits are conditional on it (`WHERE version = $expected`). */
  @Column('integer', { default: 1 })
  version!: number;

  @ForeignKey('jobcentre', { onDelete: 'RESTRICT' })
  @Column('uuid')
  jobcentreId!: string;

  /** Served by `jobcentreId` (checked on every write). */
  @Index('candidate_municipality')
  @ForeignKey('municipality', { onDelete: 'RESTRICT' })
  @Column('smallint')
  municipalityCode!: number;

  @Column('enum', { enum: CandidateStatus, enumName: 'candidate_status', default: CandidateStatus.AVAILABLE })
  status!: CandidateStatus;

  /** Stable random pseudonym (e.g. C-7F3A9K), never derived from personal data. */
  @Index('candidate_reference_unique', { unique: true })
  @Column('text')
  reference!: string;

  /** Null once pseudonymised (as are the CPR, its index, contact and name tokens). */
  @Column('text', { nullable: true })
  fullNameEncrypted!: string | null;

  @Column('text', { nullable: true })
  emailEncrypted!: string | null;

  @Column('text', { nullable: true })
  phoneEncrypted!: string | null;

  /** The ten digits, encrypted; never returned by the API. */
  @Column('text', { nullable: true })
  cprEncrypted!: string | null;

  /** Keyed HMAC of the CPR digits: one candidate per CPR nationwide. */
  @Index('candidate_cpr_index_unique', { unique: true })
  @Column('text', { nullable: true })
  cprIndex!: string | null;

  /** Keyed HMACs of the normalised name words, for whole-word name search without decrypting. */
  @Index('candidate_name_search', { type: 'gin' })
  @Column('text', { array: true, default: () => "'{}'" })
  nameSearchIndex!: string[];

  /** From the CPR; 1 January of the birth year once pseudonymised (the year is kept for statistics and age). */
  @Column('date')
  dateOfBirth!: string;

  @Column('enum', { enum: ResidenceBasis, enumName: 'residence_basis' })
  residenceBasis!: ResidenceBasis;

  @Column('date')
  arrivedInDenmarkOn!: string;

  @Column('date')
  arrivedInMunicipalityOn!: string;

  /** An IGU before this system, as the caseworker recorded it. */
  @Column('boolean', { default: false })
  priorIgu!: boolean;

  /**
   * The day an IGU programme of this person first became ACTIVE. One IGU per
   * person, ever: set once by the programme's start, never by an edit, so the
   * person stays ineligible after that IGU ends, whatever `priorIgu` says.
   */
  @Column('date', { nullable: true })
  iguStartedOn!: string | null;

  /** ISCO-08 unit groups (4 digits). */
  @Column('text', { array: true, default: () => "'{}'" })
  desiredOccupationCodes!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  experienceOccupationCodes!: string[];

  /** Every ISCO prefix (1–4 digits) of the desired and experience occupations: prefix search through a GIN index. */
  @Index('candidate_occupation_prefixes', { type: 'gin' })
  @Column('text', { array: true, default: () => "'{}'" })
  occupationPrefixes!: string[];

  @Index('candidate_skill_codes', { type: 'gin' })
  @Column('text', { array: true, default: () => "'{}'" })
  skillCodes!: string[];

  /** A PostgreSQL enum in CEFR order, so `danish_level >= 'B1'` compares levels. */
  @Index('candidate_danish_level')
  @Column('enum', { enum: LanguageLevel, enumName: 'candidate_language_level', default: LanguageLevel.NONE })
  danishLevel!: LanguageLevel;

  @Column('enum', { enum: LanguageLevel, enumName: 'candidate_language_level', default: LanguageLevel.NONE })
  englishLevel!: LanguageLevel;

  @Column('boolean', { default: false })
  drivingLicence!: boolean;

  @Column('smallint', { default: 30 })
  maxCommuteKm!: number;

  @Column('boolean', { default: false })
  willingToRelocate!: boolean;

  @Column('date', { nullable: true })
  availableFrom!: string | null;

  @Column('boolean', { default: false })
  shareProfileWithEmployers!: boolean;

  /** arrivedInMunicipalityOn + 14 days; stored with the deadline, both recomputed when the arrival date changes. */
  @Column('date')
  firstOfferTargetDate!: string;

  /** arrivedInMunicipalityOn + 1 calendar month. */
  @Column('date')
  firstOfferDeadline!: string;

  /** The first proposal accepted by an employer (set by proposals). */
  @Column('date', { nullable: true })
  firstOfferAt!: string | null;

  /** Millisecond precision, so a keyset cursor holding a JS Date compares exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  /** When the personal data was removed (erasure on request or retention); null while it is held. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pseudonymisedAt!: Date | null;
}
