import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@igu/access';
import { alignByKey } from '@igu/graphql';
import { recordPersonalDataRead } from '@igu/personal-data';
import { DataSource, In } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CandidateCrypto, type CandidateContactData } from './candidate-crypto.js';

const CONTACT_FIELDS = ['fullName', 'email', 'phone'];

export type CandidateContact = CandidateContactData & { id: string };

/**
 * Name and contact of candidates (never the CPR), for callers that decided the
 * actor may see them. The one place outside candidates' own records that
 * decrypts contact data. Every read is logged, one statement per batch, and
 * nothing is shown unless the log row is committed. The log and the read run
 * side by side as two single statements rather than one transaction: the same
 * guarantee in one round trip instead of four, on a screen every employer opens.
 */
@Injectable()
export class CandidateContactService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CandidateCrypto) private readonly crypto: CandidateCrypto,
  ) {}

  /** In the order of `ids`; null for an unknown id. */
  async read(actor: Actor, ids: readonly string[]): Promise<(CandidateContact | null)[]> {
    const [, rows] = await Promise.all([
      recordPersonalDataRead(this.dataSource.manager, {
        actor,
        operation: 'candidateContact',
        subjectType: 'candidate',
        subjectIds: ids,
        fields: CONTACT_FIELDS,
      }),
      this.dataSource.getRepository(CandidateEntity).find({
        select: { id: true, reference: true, fullNameEncrypted: true, emailEncrypted: true, phoneEncrypted: true },
        where: { id: In([...ids]) },
      }),
    ]);
    return alignByKey(
      ids,
      rows.map((row) => ({ id: row.id, ...this.crypto.decryptContact(row) })),
      (contact) => contact.id,
    );
  }
}
