import { ReferenceDataException, ReferenceDataExceptionCode } from './errors/reference-data.exception.js';
/**
 * Municipality codes (3 digits) and region codes (4 digits) are stored as
 * smallint. A GraphQL Int beyond that range would make PostgreSQL fail on the
 * parameter, so it is refused where it enters, as the unknown code it is.
 */
const MAX_CODE = 9999;

export function isReferenceCode(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_CODE;
}

export function assertMunicipalityCode(value: number, field: string): void {
  if (!isReferenceCode(value))
    throw new ReferenceDataException(ReferenceDataExceptionCode.UNKNOWN_MUNICIPALITY, 'No municipality has that code', field);
}

export function assertRegionCode(value: number, field: string): void {
  if (!isReferenceCode(value))
    throw new ReferenceDataException(ReferenceDataExceptionCode.UNKNOWN_REGION, 'No region has that code', field);
}

/** Lists of codes in filters: each one checked, the field names the index of the first bad one. */
export function assertMunicipalityCodes(values: readonly number[] | null | undefined, field: string): void {
  values?.forEach((value, index) => assertMunicipalityCode(value, `${field}[${index}]`));
}

export function assertRegionCodes(values: readonly number[] | null | undefined, field: string): void {
  values?.forEach((value, index) => assertRegionCode(value, `${field}[${index}]`));
}
