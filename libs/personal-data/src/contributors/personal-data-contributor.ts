import type { CalendarDate } from '@igu/calendar';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * What one feature holds about a person (a candidate), and how it forgets it.
 * Each feature that stores data about candidates provides one, doing SQL only
 * on its own tables; the data-protection feature composes them for the
 * subject access export, erasure on request and retention. A feature added
 * later (notifications, handover imports) plugs in by providing its own class
 * decorated with `@PersonalDataContributorOf('<section>')` in its core module.
 *
 * Every method runs inside the caller's transaction (`manager`).
 */
export interface PersonalDataContributor {
  /** The export section's name, and the prefix of the field names the export logs. */
  readonly section: string;
  /** The field names this feature exports (the export logs a read of each). */
  readonly fields: readonly string[];
  /** Everything this feature holds about the person, decrypted, as plain JSON. Empty arrays when nothing. */
  exportFor(manager: EntityManager, candidateId: string): Promise<unknown>;
  /**
   * Removes the personal data this feature holds about the person and keeps
   * what statistics need. Idempotent: running it again changes nothing.
   */
  pseudonymise(manager: EntityManager, candidateId: string): Promise<void>;
  /** The latest day of activity about each person in this feature's tables (retention); absent when none. */
  lastActivity?(manager: EntityManager, candidateIds: readonly string[]): Promise<Map<string, CalendarDate>>;
  /** A reason code the person may not be erased now (e.g. a programme in progress), or null. */
  erasureBlocker?(manager: EntityManager, candidateId: string): Promise<string | null>;
}

/** Marks a provider as a `PersonalDataContributor`; its value is the section name. Found through Nest's discovery. */
export const PersonalDataContributorOf = DiscoveryService.createDecorator<string>();
