export { isValidCvr } from './cvr.js';
export { CompanyEntity } from './entities/company.entity.js';
export { CompanyService, type NewCompany } from './services/company.service.js';
export { companyLoader } from './services/company.loaders.js';
export { CompanyObject } from './graphql/company.object.js';
export { CompaniesGraphqlModule, CompaniesModule } from './companies.module.js';
export { CompanyException, CompanyExceptionCode } from './errors/company.exception.js';
