import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { type Actor, scopeOf } from '@igu/access';
import { CompaniesModule } from '@igu/companies';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { ReferenceDataModule } from '@igu/reference-data';
import { PositionFieldsResolver, CompanyPositionsResolver, PositionSkillResolver } from './graphql/position-fields.resolver.js';
import { PositionResolver } from './graphql/position.resolver.js';
import { PositionQueryService } from './services/position-query.service.js';
import { PositionCommands } from './services/position-commands.js';
import { PositionProgrammesPort } from './services/position-programmes.port.js';
import { PositionService } from './services/position.service.js';
import { PositionException } from './errors/position.exception.js';
import { positionExceptionToAppError } from './graphql/position-exception.mapper.js';

/** Core: writing and reading positions, for every process that needs them. */
@Module({
  providers: [PositionService, PositionQueryService, PositionCommands, PositionProgrammesPort],
  exports: [PositionService, PositionQueryService, PositionCommands, PositionProgrammesPort],
})
export class PositionsModule {}

/** `node(id)` shows a position to whoever may see it (docs/domain.md §5). */
@Injectable()
class PositionNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry<Actor>,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Position', (id, viewer) => this.positions.find(scopeOf(viewer), id));
  }
}

/** GraphQL surface of positions; imported by the API only. */
@Module({
  imports: [PositionsModule, CompaniesModule, ReferenceDataModule],
  providers: [
    PositionResolver,
    PositionFieldsResolver,
    PositionSkillResolver,
    CompanyPositionsResolver,
    PositionNodes,
    exceptionMapperProvider(PositionException, positionExceptionToAppError),
  ],
})
export class PositionsGraphqlModule {}
