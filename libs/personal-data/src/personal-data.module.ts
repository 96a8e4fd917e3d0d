import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { BlindIndex } from './blind-index.js';
import { FieldCipher } from './field-cipher.js';

/** Encryption and blind indexing of personal data, keyed from configuration. */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FieldCipher(config.PII_ENCRYPTION_KEYS, config.PII_ACTIVE_KEY_ID),
    },
    { provide: BlindIndex, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new BlindIndex(config.PII_BLIND_INDEX_KEY) },
  ],
  exports: [FieldCipher, BlindIndex],
})
export class PersonalDataModule {}
