import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { exceptionMapperProvider, NodeRegistry } from '@igu/graphql';
import { ReferenceDataModule } from '@igu/reference-data';
import { CompanyResolver } from './graphql/company.resolver.js';
import { CompanyService } from './services/company.service.js';
import { CompanyException } from './errors/company.exception.js';
import { companyExceptionToAppError } from './graphql/company-exception.mapper.js';

@Module({ providers: [CompanyService], exports: [CompanyService] })
export class CompaniesModule {}

/** Companies are shown on every position, so `node(id)` shows them to every signed-in user. */
@Injectable()
class CompanyNodes implements OnModuleInit {
  constructor(
    @Inject(NodeRegistry) private readonly nodes: NodeRegistry,
    @Inject(CompanyService) private readonly companies: CompanyService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Company', async (id) => (await this.companies.byIds([id]))[0] ?? null);
  }
}

/** GraphQL surface of companies; imported by the API only. */
@Module({
  imports: [CompaniesModule, ReferenceDataModule],
  providers: [CompanyResolver, CompanyNodes, exceptionMapperProvider(CompanyException, companyExceptionToAppError)],
})
export class CompaniesGraphqlModule {}
