import { Module } from '@nestjs/common';
import {
  JobcentreResolver,
  MunicipalityResolver,
  ReferenceDataResolver,
  RegionResolver,
} from './graphql/reference-data.resolver.js';
import { ReferenceDataModule } from './reference-data.module.js';

/** GraphQL surface of reference data; imported by the API only. */
@Module({
  imports: [ReferenceDataModule],
  providers: [ReferenceDataResolver, RegionResolver, MunicipalityResolver, JobcentreResolver],
})
export class ReferenceDataGraphqlModule {}
