import { Inject, Injectable } from '@nestjs/common';
import { assertMunicipalityCode } from '@igu/reference-data';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUniqueViolation, queryRow } from '@igu/database';
import { isValidCvr } from '../cvr.js';
import { CompanyEntity } from '../entities/company.entity.js';
import { CompanyException, CompanyExceptionCode } from '../errors/company.exception.js';

export interface NewCompany {
  cvr: string;
  name: string;
  municipalityCode: number;
  publicEmployer: boolean;
  employeeCount: number;
}

@Injectable()
export class CompanyService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Validates and inserts within the caller's transaction. */
  async create(manager: EntityManager, input: NewCompany, fieldPrefix = 'input'): Promise<CompanyEntity> {
    const cvr = input.cvr.replace(/\s/g, '');
    if (!isValidCvr(cvr)) {
      throw new CompanyException(
        CompanyExceptionCode.CVR_INVALID,
        'CVR must be 8 digits and pass the modulus-11 check',
        `${fieldPrefix}.cvr`,
      );
    }
    const name = input.name.trim();
    if (name.length < 1 || name.length > 200) {
      throw new CompanyException(CompanyExceptionCode.NAME_INVALID, 'Company name must be 1–200 characters', `${fieldPrefix}.companyName`);
    }
    if (!Number.isInteger(input.employeeCount) || input.employeeCount < 0 || input.employeeCount > 1_000_000) {
      throw new CompanyException(
        CompanyExceptionCode.EMPLOYEE_COUNT_INVALID,
        'employeeCount must be a whole number ≥ 0',
        `${fieldPrefix}.employeeCount`,
      );
    }
    assertMunicipalityCode(input.municipalityCode, `${fieldPrefix}.municipalityCode`);
    const municipality = await queryRow(manager, 'SELECT 1 FROM municipality WHERE code = $1', [input.municipalityCode]);
    if (!municipality) {
      throw new CompanyException(
        CompanyExceptionCode.UNKNOWN_MUNICIPALITY,
        'No municipality has that code',
        `${fieldPrefix}.municipalityCode`,
      );
    }
    try {
      return await manager.save(manager.create(CompanyEntity, { ...input, cvr, name }));
    } catch (error) {
      if (isUniqueViolation(error, 'company_cvr_unique')) {
        throw new CompanyException(CompanyExceptionCode.CVR_TAKEN, 'A company with this CVR is already registered');
      }
      throw error;
    }
  }

  byIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    return this.dataSource.getRepository(CompanyEntity).findBy({ id: In([...ids]) });
  }
}
