import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type CompanyException, CompanyExceptionCode } from '../errors/company.exception.js';

/** The contract code of each company exception code: a code added without a case here does not compile. */
export function companyContractCode(code: CompanyExceptionCode): ErrorCode {
  switch (code) {
    case CompanyExceptionCode.CVR_INVALID:
    case CompanyExceptionCode.NAME_INVALID:
    case CompanyExceptionCode.EMPLOYEE_COUNT_INVALID:
    case CompanyExceptionCode.UNKNOWN_MUNICIPALITY:
      return ErrorCode.BAD_USER_INPUT;
    case CompanyExceptionCode.CVR_TAKEN:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the companies GraphQL module. */
export function companyExceptionToAppError(exception: CompanyException): AppError {
  return AppError.of(companyContractCode(exception.code), exception);
}
