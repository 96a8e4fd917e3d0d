import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { DataProtectionException, DataProtectionExceptionCode } from '../errors/data-protection.exception.js';

/**
 * Every `PersonalDataContributor` of the running application, found through
 * Nest's discovery (`@PersonalDataContributorOf`): the features imported by
 * the API or the worker, with no list to keep up to date here. The record
 * itself (`candidate`) comes first in exports.
 */
@Injectable()
export class PersonalDataContributors {
  private found: PersonalDataContributor[] | null = null;

  constructor(@Inject(DiscoveryService) private readonly discovery: DiscoveryService) {}

  all(): readonly PersonalDataContributor[] {
    this.found ??= this.discover();
    return this.found;
  }

  /** Every field name the contributors export, prefixed where they say so: what an export logs as read. */
  fields(): string[] {
    return [...new Set(this.all().flatMap((contributor) => contributor.fields))];
  }

  /** Each feature removes what it holds about the person, in the caller's transaction. */
  async pseudonymise(manager: EntityManager, candidateId: string): Promise<void> {
    for (const contributor of this.all()) await contributor.pseudonymise(manager, candidateId);
  }

  /** Refuses when any feature has a reason the person may not be erased now. */
  async assertErasable(manager: EntityManager, candidateId: string): Promise<void> {
    for (const contributor of this.all()) {
      const reason = await contributor.erasureBlocker?.(manager, candidateId);
      if (reason === DataProtectionExceptionCode.PROGRAMME_ACTIVE) {
        throw new DataProtectionException(reason, 'The candidate has an active programme; erase after it has ended');
      }
      if (reason) throw new DataProtectionException(DataProtectionExceptionCode.ERASURE_BLOCKED, `Erasure is blocked: ${reason}`);
    }
  }

  private discover(): PersonalDataContributor[] {
    const bySection = new Map<string, PersonalDataContributor>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: PersonalDataContributorOf.KEY })) {
      const instance = wrapper.instance as PersonalDataContributor | undefined;
      if (!instance) continue;
      const section = this.discovery.getMetadataByDecorator(PersonalDataContributorOf, wrapper) ?? instance.section;
      bySection.set(section, instance);
    }
    return [...bySection.values()].sort((a, b) =>
      a.section === 'candidate' ? -1 : b.section === 'candidate' ? 1 : a.section.localeCompare(b.section),
    );
  }
}
