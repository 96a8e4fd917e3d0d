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
 * decrypts contact data: the read is logged first, in the same transaction and
 * one statement per batch; if the log fails, nothing is shown.
 */
@Injectable()
export class CandidateContactService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CandidateCrypto) private readonly crypto: CandidateCrypto,
  ) {}

  /** In the order of `ids`; null for an unknown id. */
  read(actor: Actor, ids: readonly string[]): Promise<(CandidateContact | null)[]> {
    return this.dataSource.transaction(async (manager) => {
      await recordPersonalDataRead(manager, {
        actor,
        operation: 'candidateContact',
        subjectType: 'candidate',
        subjectIds: ids,
        fields: CONTACT_FIELDS,
      });
      const rows = await manager.getRepository(CandidateEntity).find({
        select: { id: true, reference: true, fullNameEncrypted: true, emailEncrypted: true, phoneEncrypted: true },
        where: { id: In([...ids]) },
      });
      return alignByKey(
        ids,
        rows.map((row) => ({ id: row.id, ...this.crypto.decryptContact(row) })),
        (contact) => contact.id,
      );
    });
  }
}
