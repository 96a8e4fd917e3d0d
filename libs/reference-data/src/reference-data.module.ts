import { Module } from '@nestjs/common';
import { ReferenceDataService } from './services/reference-data.service.js';

/** Core: read access to reference data for every feature. */
@Module({
  providers: [ReferenceDataService],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
