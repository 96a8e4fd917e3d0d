import { Inject, Injectable } from '@nestjs/common';
import { CandidateProfileService } from '@igu/candidates';
import { queryRows } from '@igu/database';
import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import type { EntityManager } from 'typeorm';

/**
 * The notices that mention the person. They name a candidate only by its
 * `reference` (a fixed-length random pseudonym, so a match in the text is
 * exact), which pseudonymisation keeps: there is nothing to remove here.
 * One notice goes to several users of an organisation; the export lists each
 * notice once (by its dedupe key) and not who received it.
 */
@Injectable()
@PersonalDataContributorOf('notifications')
export class NotificationPersonalData implements PersonalDataContributor {
  readonly section = 'notifications';
  readonly fields = ['notifications'] as const;

  constructor(@Inject(CandidateProfileService) private readonly candidates: CandidateProfileService) {}

  async exportFor(manager: EntityManager, candidateId: string): Promise<unknown> {
    const reference = (await this.candidates.byIds([candidateId])).at(0)?.reference;
    if (!reference) return [];
    return queryRows<{ kind: string; title: string; body: string; createdAt: Date }>(
      manager,
      `SELECT kind, title, body, "createdAt" FROM (
         SELECT DISTINCT ON (dedupe_key) kind, title, body, created_at AS "createdAt", id
         FROM notification WHERE strpos(body, $1) > 0 ORDER BY dedupe_key, created_at, id
       ) n ORDER BY "createdAt", id`,
      [reference],
    );
  }

  /** Notices hold the reference only, which pseudonymisation keeps. */
  pseudonymise(): Promise<void> {
    return Promise.resolve();
  }
}
