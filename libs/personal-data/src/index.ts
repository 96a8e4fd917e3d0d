export { centuryOf, maskCpr, parseCpr, type Cpr } from './cpr.js';
export { FieldCipher, FieldCipherError } from './field-cipher.js';
export { BlindIndex } from './blind-index.js';
export { PersonalDataAccessEntity } from './entities/personal-data-access.entity.js';
export { ErasureKind, PersonalDataErasureEntity } from './entities/personal-data-erasure.entity.js';
export { recordPersonalDataRead, withAccessLog, type PersonalDataRead } from './services/personal-data-access-log.js';
export {
  accessLogOfSubject,
  accessLogPage,
  accessRanking,
  countAccessLogBefore,
  deleteAccessLogBefore,
  type AccessLogEntry,
  type AccessLogFilter,
  type AccessRankingEntry,
  type NamedAccessLogEntry,
} from './services/access-log-queries.js';
export {
  ERASURE_GROUNDS,
  erasureGroundOf,
  erasureOf,
  recordErasure,
  type ErasureGround,
  type ErasureRecord,
  type ErasureView,
} from './services/erasure-records.js';
export { type PersonalDataContributor, PersonalDataContributorOf } from './contributors/personal-data-contributor.js';
export { reencryptColumn, type EncryptedColumn } from './services/rotate-keys.js';
export { PersonalDataModule } from './personal-data.module.js';
import { PersonalDataAccessEntity as AccessLog } from './entities/personal-data-access.entity.js';
import { PersonalDataErasureEntity as Erasure } from './entities/personal-data-erasure.entity.js';

export const personalDataEntities = [AccessLog, Erasure];
