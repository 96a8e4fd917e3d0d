import { Module } from '@nestjs/common';
import { exceptionMapperProvider } from '@igu/graphql';
import { BlindIndex, FieldCipher } from '@igu/personal-data';
import { ReferenceDataModule } from '@igu/reference-data';
import { CandidateProfileResolver } from './graphql/candidate-profile.resolver.js';
import { CandidateResolver } from './graphql/candidate.resolver.js';
import { EligibilityResolver } from './graphql/eligibility.resolver.js';
import { CandidateCommands } from './services/candidate-commands.js';
import { CandidateImportCommands } from './services/candidate-import.js';
import { CandidateContactService } from './services/candidate-contact.service.js';
import { CandidateCrypto } from './services/candidate-crypto.js';
import { CandidateProfileService } from './services/candidate-profile.service.js';
import { CandidateQueryService } from './services/candidate-query.service.js';
import { CandidateService } from './services/candidate.service.js';
import { CandidatePersonalData } from './services/candidate-personal-data.js';
import { CandidateException } from './errors/candidate.exception.js';
import { candidateExceptionToAppError } from './graphql/candidate-exception.mapper.js';

/** Core: candidate records and profiles (FieldCipher and BlindIndex come from the global PersonalDataModule). */
@Module({
  providers: [
    {
      provide: CandidateCrypto,
      inject: [FieldCipher, BlindIndex],
      useFactory: (cipher: FieldCipher, index: BlindIndex) => new CandidateCrypto(cipher, index),
    },
    CandidateQueryService,
    CandidateService,
    CandidateProfileService,
    CandidateCommands,
    CandidateContactService,
    CandidatePersonalData,
    CandidateImportCommands,
  ],
  exports: [
    CandidateCrypto,
    CandidateQueryService,
    CandidateService,
    CandidateProfileService,
    CandidateCommands,
    CandidateContactService,
    CandidateImportCommands,
  ],
})
export class CandidatesModule {}

/** GraphQL surface of candidates, profiles and the eligibility check; imported by the API only. */
@Module({
  imports: [CandidatesModule, ReferenceDataModule],
  providers: [
    CandidateResolver,
    CandidateProfileResolver,
    EligibilityResolver,
    exceptionMapperProvider(CandidateException, candidateExceptionToAppError),
  ],
})
export class CandidatesGraphqlModule {}
