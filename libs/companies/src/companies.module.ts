import { Module } from '@nestjs/common';
import { ReferenceDataModule } from '@igu/reference-data';
import { CompanyResolver } from './graphql/company.resolver.js';
import { CompanyService } from './services/company.service.js';

@Module({ providers: [CompanyService], exports: [CompanyService] })
export class CompaniesModule {}

/** GraphQL surface of companies; imported by the API only. */
@Module({ imports: [CompaniesModule, ReferenceDataModule], providers: [CompanyResolver] })
export class CompaniesGraphqlModule {}
