import { authEntities } from '@igu/auth';
import { candidateEntities } from '@igu/candidates';
import { CompanyEntity } from '@igu/companies';
import { handoverEntities } from '@igu/handover';
import { IdempotencyKeyEntity } from '@igu/database';
import { matchingEntities } from '@igu/matching';
import { notificationEntities } from '@igu/notifications';
import { personalDataEntities } from '@igu/personal-data';
import { positionEntities } from '@igu/positions';
import { programmeEntities } from '@igu/programmes';
import { proposalEntities } from '@igu/proposals';
import { queueEntities } from '@igu/queue';
import { referenceDataEntities } from '@igu/reference-data';

/** Every entity of the application; the single list migrations are generated from. */
export const ALL_ENTITIES = [
  ...referenceDataEntities,
  CompanyEntity,
  ...authEntities,
  ...personalDataEntities,
  ...proposalEntities,
  ...programmeEntities,
  ...queueEntities,
  IdempotencyKeyEntity,
  ...positionEntities,
  ...candidateEntities,
  ...matchingEntities,
  ...notificationEntities,
  ...handoverEntities,
];
