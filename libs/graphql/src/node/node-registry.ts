import { Injectable } from '@nestjs/common';
import { isUuid } from '../ids.js';

/** Loads one object by id for `node(id)`, or null when it does not exist or the viewer may not see it. */
export type NodeFetcher<Viewer> = (id: string, viewer: Viewer) => Promise<object | null>;

/**
 * `node(id)` across features. Ids are UUIDs without a type prefix, so the
 * registered types are asked in turn; each applies its own visibility rules.
 */
@Injectable()
export class NodeRegistry<Viewer = unknown> {
  private readonly fetchers = new Map<string, NodeFetcher<Viewer>>();

  register(typename: string, fetcher: NodeFetcher<Viewer>): void {
    if (this.fetchers.has(typename)) throw new Error(`Node type ${typename} is registered twice`);
    this.fetchers.set(typename, fetcher);
  }

  async resolve(id: string, viewer: Viewer): Promise<(object & { __typename: string }) | null> {
    if (!isUuid(id)) return null;
    for (const [typename, fetch] of this.fetchers) {
      const found = await fetch(id, viewer);
      if (found) {
        // A copy of the same class, tagged for Node's resolveType; the fetched object stays untouched.
        const copy = Object.create(Object.getPrototypeOf(found) as object | null) as object;
        return Object.assign(copy, found, { __typename: typename });
      }
    }
    return null;
  }
}
