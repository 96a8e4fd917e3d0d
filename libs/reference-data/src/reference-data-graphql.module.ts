import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { JobcentreResolver, MunicipalityResolver, ReferenceDataResolver, RegionResolver } from './graphql/reference-data.resolver.js';
import { ReferenceDataModule } from './reference-data.module.js';
import { ReferenceDataService } from './services/reference-data.service.js';
import { ReferenceDataException } from './errors/reference-data.exception.js';
import { referenceDataExceptionToAppError } from './graphql/reference-data-exception.mapper.js';

/** Unions and jobcentres are public reference data: `node(id)` shows them to everyone. */
@Injectable()
class ReferenceDataNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry,
    @Inject(ReferenceDataService) private readonly service: ReferenceDataService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Union', async (id) => (await this.service.unionsByIds([id]))[0] ?? null);
    this.nodes.register('Jobcentre', async (id) => (await this.service.jobcentresByIds([id]))[0] ?? null);
  }
}

/** GraphQL surface of reference data; imported by the API only. */
@Module({
  imports: [ReferenceDataModule],
  providers: [
    ReferenceDataResolver,
    RegionResolver,
    MunicipalityResolver,
    JobcentreResolver,
    ReferenceDataNodes,
    exceptionMapperProvider(ReferenceDataException, referenceDataExceptionToAppError),
  ],
})
export class ReferenceDataGraphqlModule {}
