import type { Actor } from '@igu/access';
import { alignByKey, type LoaderRegistry } from '@igu/graphql';
import type DataLoader from 'dataloader';
import type { CandidateContact, CandidateContactService } from '../services/candidate-contact.service.js';
import type { CandidateProfileService } from '../services/candidate-profile.service.js';
import type { CandidateProfileView } from '../services/candidate-views.js';

/** Per-request batch loaders for candidates, for other features' resolvers (proposals, programmes, matches). */
export class CandidateLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly profiles: CandidateProfileService,
    private readonly contacts?: CandidateContactService,
  ) {}

  /** Pseudonymised profiles; unscoped, so only for parents the viewer may already see. */
  profile(): DataLoader<string, CandidateProfileView | null> {
    return this.registry.get('candidate.profile', async (ids: readonly string[]) =>
      alignByKey(ids, await this.profiles.byIds(ids), (profile) => profile.id),
    );
  }

  /** Decrypted contact, logged as a personal-data read of the actor; only once the caller decided the actor may see it. */
  contact(actor: Actor): DataLoader<string, CandidateContact | null> {
    const contacts = this.contacts;
    if (!contacts) throw new Error('CandidateLoaders.contact needs the CandidateContactService');
    return this.registry.get('candidate.contact', (ids: readonly string[]) => contacts.read(actor, ids));
  }
}
