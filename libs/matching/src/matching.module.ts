import { Module } from '@nestjs/common';
import { MatchingPersonalData } from './persistence/matching-personal-data.js';
import { MatchingService } from './persistence/matching.service.js';

/** What matching holds about a person, for the data-protection feature (export, erasure, retention); in the API and the worker. */
@Module({ providers: [MatchingPersonalData] })
export class MatchingPersonalDataModule {}

@Module({ imports: [MatchingPersonalDataModule], providers: [MatchingService], exports: [MatchingService] })
export class MatchingModule {}
