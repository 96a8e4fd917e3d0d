import { alignByKey, type LoaderRegistry } from '@igu/graphql';
import type DataLoader from 'dataloader';
import type { UserEntity } from '../entities/user.entity.js';
import type { UserService } from '../services/user.service.js';

/** Per-request batch loaders for users, for other features' resolvers (who proposed, who decided). */
export class UserLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly users: UserService,
  ) {}

  /** Unscoped: the caller decides what of the user the viewer may see. */
  byId(): DataLoader<string, UserEntity | null> {
    return this.registry.get('user.byId', async (ids: readonly string[]) =>
      alignByKey(ids, await this.users.byIds(ids), (user) => user.id),
    );
  }
}
