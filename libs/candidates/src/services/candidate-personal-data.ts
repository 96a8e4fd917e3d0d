import type { CalendarDate } from '@igu/calendar';
import { forgetIdempotencyRecords, queryRows } from '@igu/database';
import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import { recordOutboxEvent } from '@igu/queue';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { CandidateCrypto } from './candidate-crypto.js';
import { consentHistories } from './candidate-consent.js';

/** The record itself: identity, contact, arrival, profile and the consent history. */
@Injectable()
@PersonalDataContributorOf('candidate')
export class CandidatePersonalData implements PersonalDataContributor {
  readonly section = 'candidate';
  readonly fields = [
    'fullName',
    'cpr',
    'dateOfBirth',
    'email',
    'phone',
    'residenceBasis',
    'arrivedInDenmarkOn',
    'arrivedInMunicipalityOn',
    'profile',
    'consentHistory',
  ] as const;

  constructor(@Inject(CandidateCrypto) private readonly crypto: CandidateCrypto) {}

  async exportFor(manager: EntityManager, candidateId: string): Promise<unknown> {
    const row = await manager.findOneByOrFail(CandidateEntity, { id: candidateId });
    const contact = this.crypto.decryptContact(row);
    return {
      reference: row.reference,
      fullName: row.fullNameEncrypted === null ? null : contact.fullName,
      cpr: this.crypto.decryptCpr(row.cprEncrypted),
      dateOfBirth: row.dateOfBirth,
      email: contact.email,
      phone: contact.phone,
      municipalityCode: row.municipalityCode,
      residenceBasis: row.residenceBasis,
      arrivedInDenmarkOn: row.arrivedInDenmarkOn,
      arrivedInMunicipalityOn: row.arrivedInMunicipalityOn,
      status: row.status,
      priorIgu: row.priorIgu,
      iguStartedOn: row.iguStartedOn,
      desiredOccupationCodes: row.desiredOccupationCodes,
      experienceOccupationCodes: row.experienceOccupationCodes,
      skillCodes: row.skillCodes,
      danishLevel: row.danishLevel,
      englishLevel: row.englishLevel,
      drivingLicence: row.drivingLicence,
      maxCommuteKm: row.maxCommuteKm,
      willingToRelocate: row.willingToRelocate,
      availableFrom: row.availableFrom,
      shareProfileWithEmployers: row.shareProfileWithEmployers,
      firstOfferTargetDate: row.firstOfferTargetDate,
      firstOfferDeadline: row.firstOfferDeadline,
      firstOfferAt: row.firstOfferAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      pseudonymisedAt: row.pseudonymisedAt,
      consentHistory: (await consentHistories(manager, [candidateId])).map(({ shared, at, byUserId }) => ({ shared, at, byUserId })),
    };
  }

  /**
   * Removes name, CPR (ciphertext and blind index), contact, name tokens and the
   * birthday (1 January of the birth year is kept: age and statistics need the
   * year only); withdraws the profile from employers. Keeps the reference,
   * municipality, status, arrival and first-offer dates. `updated_at` is left
   * alone: retention reads it, and pseudonymising is not an edit of the record.
   * The outbox event lets matching drop the person from its lists.
   */
  async pseudonymise(manager: EntityManager, candidateId: string): Promise<void> {
    const changed = await queryRows<{ id: string; jobcentreId: string }>(
      manager,
      `WITH changed AS (UPDATE candidate SET full_name_encrypted = NULL, cpr_encrypted = NULL, cpr_index = NULL, email_encrypted = NULL,
         phone_encrypted = NULL, name_search_index = '{}', share_profile_with_employers = false,
         date_of_birth = make_date(extract(year FROM date_of_birth)::int, 1, 1), pseudonymised_at = now()
       WHERE id = $1 AND pseudonymised_at IS NULL
       RETURNING id, jobcentre_id AS "jobcentreId")
       SELECT id, "jobcentreId" FROM changed`,
      [candidateId],
    );
    await forgetIdempotencyRecords(manager, 'createCandidate', candidateId);
    for (const { id, jobcentreId } of changed) {
      await recordOutboxEvent(manager, {
        topic: CandidateEvent.CHANGED,
        aggregateType: CANDIDATE_AGGREGATE,
        aggregateId: id,
        payload: { candidateId: id, jobcentreId },
      });
    }
  }

  /** The last update of the record, as a Danish calendar day. */
  async lastActivity(manager: EntityManager, candidateIds: readonly string[]): Promise<Map<string, CalendarDate>> {
    const rows = await queryRows<{ id: string; day: CalendarDate }>(
      manager,
      `SELECT id, to_char((updated_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS day
       FROM candidate WHERE id = ANY($1::uuid[])`,
      [[...candidateIds]],
    );
    return new Map(rows.map((row) => [row.id, row.day]));
  }
}
