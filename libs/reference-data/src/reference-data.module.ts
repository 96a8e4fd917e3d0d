import { Module } from '@nestjs/common';
import { ReferenceDataCache } from './services/reference-data.cache.js';
import { ReferenceDataService } from './services/reference-data.service.js';

/** Core: read access to reference data for every feature. */
@Module({
  providers: [ReferenceDataCache, ReferenceDataService],
  exports: [ReferenceDataService, ReferenceDataCache],
})
export class ReferenceDataModule {}
