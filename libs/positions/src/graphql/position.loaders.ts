import type { Scope } from '@igu/access';
import { alignByKey, type ConnectionShape, groupByKey, type LoaderRegistry } from '@igu/graphql';
import type DataLoader from 'dataloader';
import type { PositionSkillEntity } from '../entities/position-skill.entity.js';
import type { PositionEntity } from '../entities/position.entity.js';
import type { PositionQueryService } from '../services/position-query.service.js';

/** Per-request batch loaders for positions, usable by other features' resolvers too. */
export class PositionLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly positions: PositionQueryService,
  ) {}

  /** Unscoped: only for parents that already decided the viewer may see the position. */
  byId(): DataLoader<string, PositionEntity | null> {
    return this.registry.get('position.byId', async (ids: readonly string[]) =>
      alignByKey(ids, await this.positions.byIds(ids), (position) => position.id),
    );
  }

  skills(): DataLoader<string, PositionSkillEntity[]> {
    return this.registry.get('position.skills', async (ids: readonly string[]) =>
      groupByKey(ids, await this.positions.skillsOf(ids), (skill) => skill.positionId),
    );
  }

  /** `Company.positions(first, after)` for every company of the response in one batch per page shape. */
  companyPositions(scope: Scope, first: number, after: string | null): DataLoader<string, ConnectionShape<PositionEntity>> {
    return this.registry.get(`position.ofCompany:${first}:${after ?? ''}`, (companyIds: readonly string[]) =>
      this.positions.companyPages(scope, companyIds, first, after),
    );
  }
}
