import { Module } from '@nestjs/common';
import { MatchingService } from './persistence/matching.service.js';

@Module({ providers: [MatchingService], exports: [MatchingService] })
export class MatchingModule {}
