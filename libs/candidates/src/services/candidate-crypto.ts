import type { BlindIndex, EncryptedColumn, FieldCipher } from '@igu/personal-data';
import { nameTokens } from '../rules/name-tokens.js';

/** The authenticated-data context of each encrypted column: a value copied to another column fails to decrypt. */
const CONTEXT = {
  fullName: 'candidate.full_name',
  email: 'candidate.email',
  phone: 'candidate.phone',
  cpr: 'candidate.cpr',
} as const;

/** For `npm run pii:rotate-keys` (listed in ENCRYPTED_COLUMNS). */
export const CANDIDATE_ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'candidate', column: 'full_name_encrypted', context: CONTEXT.fullName },
  { table: 'candidate', column: 'email_encrypted', context: CONTEXT.email },
  { table: 'candidate', column: 'phone_encrypted', context: CONTEXT.phone },
  { table: 'candidate', column: 'cpr_encrypted', context: CONTEXT.cpr },
];

export interface CandidateContactData {
  fullName: string;
  email: string | null;
  phone: string | null;
}

export interface EncryptedCandidateContact {
  reference: string;
  /** Null, like the contact columns, once the record is pseudonymised. */
  fullNameEncrypted: string | null;
  emailEncrypted: string | null;
  phoneEncrypted: string | null;
}

/** Encryption, decryption and blind indexes of a candidate's personal data; the only place that knows the contexts. */
export class CandidateCrypto {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  encryptFullName(fullName: string): string {
    return this.cipher.encrypt(fullName, CONTEXT.fullName);
  }

  encryptOptional(field: 'email' | 'phone', value: string | null): string | null {
    return value === null ? null : this.cipher.encrypt(value, CONTEXT[field]);
  }

  encryptCpr(digits: string): string {
    return this.cipher.encrypt(digits, CONTEXT.cpr);
  }

  /** Equal CPRs give equal indexes (the unique index finds duplicates); without the key it cannot be reversed. */
  cprIndex(digits: string): string {
    return this.blindIndex.of(digits, 'candidate.cpr_index');
  }

  nameSearchIndex(text: string): string[] {
    return nameTokens(text).map((token) => this.blindIndex.of(token, 'candidate.name_token'));
  }

  /** A keyed digest of personal input, so an idempotency record never holds a hash anyone can brute-force. */
  fingerprint(values: readonly (string | null | undefined)[]): string {
    return this.blindIndex.of(JSON.stringify(values.map((value) => value ?? null)), 'candidate.request');
  }

  /** A pseudonymised record has no name left: its reference stands in for it. */
  /** The CPR digits, for the person's own export only (GDPR art. 15); null once pseudonymised. */
  decryptCpr(cprEncrypted: string | null): string | null {
    return cprEncrypted === null ? null : this.cipher.decrypt(cprEncrypted, CONTEXT.cpr);
  }

  decryptContact(row: EncryptedCandidateContact): CandidateContactData {
    return {
      fullName: row.fullNameEncrypted === null ? row.reference : this.cipher.decrypt(row.fullNameEncrypted, CONTEXT.fullName),
      email: row.emailEncrypted === null ? null : this.cipher.decrypt(row.emailEncrypted, CONTEXT.email),
      phone: row.phoneEncrypted === null ? null : this.cipher.decrypt(row.phoneEncrypted, CONTEXT.phone),
    };
  }
}
