export { centuryOf, maskCpr, parseCpr, type Cpr } from './cpr.js';
export { FieldCipher, FieldCipherError } from './field-cipher.js';
export { BlindIndex } from './blind-index.js';
export { PersonalDataAccessEntity } from './entities/personal-data-access.entity.js';
export { recordPersonalDataRead, type PersonalDataRead } from './services/personal-data-access-log.js';
export { reencryptColumn, type EncryptedColumn } from './services/rotate-keys.js';
export { PersonalDataModule } from './personal-data.module.js';
import { PersonalDataAccessEntity as AccessLog } from './entities/personal-data-access.entity.js';

export const personalDataEntities = [AccessLog];
