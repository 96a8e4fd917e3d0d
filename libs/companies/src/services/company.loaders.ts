import { alignByKey, type LoaderRegistry } from '@igu/graphql';
import type DataLoader from 'dataloader';
import type { CompanyEntity } from '../entities/company.entity.js';
import type { CompanyService } from './company.service.js';

export function companyLoader(registry: LoaderRegistry, service: CompanyService): DataLoader<string, CompanyEntity | null> {
  return registry.get('company.byId', async (ids: readonly string[]) => alignByKey(ids, await service.byIds(ids), (company) => company.id));
}
