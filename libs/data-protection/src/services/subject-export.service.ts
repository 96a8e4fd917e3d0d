import { type Actor, scopeOf } from '@igu/access';
import { Clock } from '@igu/clock';
import { CandidateSubjects } from '@igu/candidates';
import { accessLogOfSubject, erasureOf, recordPersonalDataRead } from '@igu/personal-data';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataProtectionException, DataProtectionExceptionCode } from '../errors/data-protection.exception.js';
import { PersonalDataContributors } from './personal-data-contributors.js';

/** Everything held about one person (GDPR art. 15), as plain JSON. */
export interface SubjectExport {
  generatedAt: Date;
  asOf: string;
  reference: string;
  /** One entry per feature that holds data about people (candidate, proposals, programmes, matches, …). */
  sections: Record<string, unknown>;
  /** Every read of the person's personal data, oldest first, this export included. */
  accessLog: unknown[];
  erasure: unknown;
}

/** The fields an export reads besides the contributors' own. */
const EXPORT_EXTRA_FIELDS = ['accessLog', 'erasure'];

/**
 * The subject access export, for the candidate's own jobcentre only. The read
 * of every field is logged first, in the transaction that reads them; then
 * each feature contributes its section, decrypted for this purpose only.
 */
@Injectable()
export class SubjectExportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonalDataContributors) private readonly contributors: PersonalDataContributors,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async export(actor: Actor, candidateId: string): Promise<SubjectExport> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre')
      throw new DataProtectionException(DataProtectionExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const subject = await CandidateSubjects.own(manager, scope.jobcentreId, candidateId);
      if (!subject) throw new DataProtectionException(DataProtectionExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
      await recordPersonalDataRead(manager, {
        actor,
        operation: 'export',
        subjectType: 'candidate',
        subjectIds: [subject.id],
        fields: [...this.contributors.fields(), ...EXPORT_EXTRA_FIELDS],
      });
      const sections: Record<string, unknown> = {};
      for (const contributor of this.contributors.all()) sections[contributor.section] = await contributor.exportFor(manager, subject.id);
      // Without the log's own row ids and the subject (the export is about them).
      const accessLog = (await accessLogOfSubject(manager, 'candidate', subject.id)).map((entry) => ({
        at: entry.at,
        actorUserId: entry.actorUserId,
        actorName: entry.actorName,
        actorRole: entry.actorRole,
        organisation: entry.organisation,
        operation: entry.operation,
        fields: entry.fields,
      }));
      return {
        generatedAt: this.clock.now(),
        asOf: this.clock.today(),
        reference: subject.reference,
        sections,
        accessLog,
        erasure: await erasureOf(manager, 'candidate', subject.id),
      };
    });
  }
}
