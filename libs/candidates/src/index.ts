export { CandidateStatus } from './candidate-status.js';
export { CandidateEntity } from './entities/candidate.entity.js';
export { CANDIDATE_ENCRYPTED_COLUMNS, CandidateCrypto, type CandidateContactData } from './services/candidate-crypto.js';
export { insertCandidate, type CandidateChanges, type NewCandidate } from './services/candidate-writer.js';
export { CandidateService } from './services/candidate.service.js';
export { CandidateCommands, type CandidateForProposal } from './services/candidate-commands.js';
export { type CandidateContact, CandidateContactService } from './services/candidate-contact.service.js';
export { CandidateLoaders } from './graphql/candidate.loaders.js';
export {
  CANDIDATE_AGGREGATE,
  CandidateEvent,
  type CandidateEventPayload,
  type CandidatesImportedPayload,
} from './events/candidate.events.js';
export { CandidateImportCommands, type CandidateImportOutcome } from './services/candidate-import.js';
export { CandidateSubjects, type CandidateSubject } from './services/candidate-subjects.js';
export { consentHistories, type ConsentChange } from './services/candidate-consent.js';
export { CandidateQueryService } from './services/candidate-query.service.js';
export { CandidateProfileService, type CandidateProfileFilter } from './services/candidate-profile.service.js';
export { eligibilityDateFor } from './services/profile-eligibility-date.js';
export {
  ageThisYear,
  CANDIDATE_PERSONAL_FIELDS,
  inPositionContext,
  type CandidateProfileView,
  type CandidateView,
  maskedCprOf,
  PROFILE_COLUMNS,
  type ProfileRow,
  toProfileView,
} from './services/candidate-views.js';
export { eligibilityFactsOf, type EligibilityFactsRow, hadIgu } from './rules/eligibility-facts.js';
export { firstOfferDates, isFirstOfferOverdue, type FirstOfferDates } from './rules/first-offer-deadlines.js';
export { firstOfferRemindersDue, type FirstOfferReminderRow } from './services/first-offer-reminders.query.js';
export { CandidateObject, CandidateConnection } from './graphql/candidate.object.js';
export { CandidateProfileObject, CandidateProfileConnection } from './graphql/candidate-profile.object.js';
export { EligibilityResultObject } from './graphql/eligibility.objects.js';
export { CandidatesGraphqlModule, CandidatesModule } from './candidates.module.js';
import { CandidateConsentChangeEntity as ConsentChange } from './entities/candidate-consent-change.entity.js';
import { CandidateEntity as Candidate } from './entities/candidate.entity.js';

export const candidateEntities = [Candidate, ConsentChange];
export { CandidateException, CandidateExceptionCode } from './errors/candidate.exception.js';
