import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@igu/access';
import { alignByKey } from '@igu/graphql';
import { queryRows } from '@igu/database';
import { withAccessLog } from '@igu/personal-data';
import { DataSource } from 'typeorm';
import { CandidateCrypto, type CandidateContactData, type EncryptedCandidateContact } from './candidate-crypto.js';

const CONTACT_FIELDS = ['fullName', 'email', 'phone'];

export type CandidateContact = CandidateContactData & { id: string };

/**
 * Name and contact of candidates (never the CPR), for callers that decided the
 * actor may see them. The one place outside candidates' own records that
 * decrypts contact data. Every read is logged: the read and its log rows are
 * one statement (`withAccessLog`), so nothing is shown unless the log is
 * written, in one round trip on a screen every employer opens.
 */
@Injectable()
export class CandidateContactService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CandidateCrypto) private readonly crypto: CandidateCrypto,
  ) {}

  /** In the order of `ids`; null for an unknown id. */
  async read(actor: Actor, ids: readonly string[]): Promise<(CandidateContact | null)[]> {
    if (ids.length === 0) return [];
    const read = { actor, operation: 'candidateContact', subjectType: 'candidate', subjectIds: ids, fields: CONTACT_FIELDS };
    const rows = await queryRows<EncryptedCandidateContact & { id: string }>(
      this.dataSource,
      ...withAccessLog(read, CONTACT_SQL, [[...new Set(ids)]]),
    );
    return alignByKey(
      ids,
      rows.map((row) => ({ id: row.id, ...this.crypto.decryptContact(row) })),
      (contact) => contact.id,
    );
  }
}

const CONTACT_SQL = `SELECT id, reference, full_name_encrypted AS "fullNameEncrypted", email_encrypted AS "emailEncrypted",
    phone_encrypted AS "phoneEncrypted"
  FROM candidate WHERE id = ANY($7::uuid[])`;
