import { CANDIDATE_ENCRYPTED_COLUMNS } from '@igu/candidates';
import type { EncryptedColumn } from '@igu/personal-data';

/**
 * Every column holding FieldCipher values, for `npm run pii:rotate-keys`.
 * Features that store personal data add their columns here.
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [...CANDIDATE_ENCRYPTED_COLUMNS];
