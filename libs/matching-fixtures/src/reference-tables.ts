// The reference CSVs the generator draws from, read through
// @igu/reference-data-files (fs + csv only, no Nest or TypeORM).
import { readReferenceCsv, type MunicipalityRow, type OccupationRow, type SkillRow } from '@igu/reference-data-files';

export interface MunicipalityInfo {
  code: number;
  latitude: number;
  longitude: number;
  population: number;
}

export interface OccupationInfo {
  /** 4-digit ISCO-08 unit group. */
  code: string;
  /** Skills whose isco_unit_groups name this unit group. */
  skillCodes: string[];
}

export interface ReferenceTables {
  municipalities: MunicipalityInfo[];
  occupations: OccupationInfo[];
  /** Skills tied to no occupation (teamwork, reliability, …). */
  transversalSkillCodes: string[];
  drivingLicenceSkillCode: string | undefined;
}

let tables: ReferenceTables | undefined;

export function referenceTables(): ReferenceTables {
  return (tables ??= loadReferenceTables());
}

function loadReferenceTables(): ReferenceTables {
  const skills = readReferenceCsv<SkillRow>('skills.csv');
  const skillsByUnit = new Map<string, string[]>();
  for (const skill of skills) {
    for (const unit of skill.isco_unit_groups.split(/\s+/).filter(Boolean)) {
      skillsByUnit.set(unit, [...(skillsByUnit.get(unit) ?? []), skill.code]);
    }
  }
  return {
    municipalities: readReferenceCsv<MunicipalityRow>('municipalities.csv').map((row) => ({
      code: Number(row.code),
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      population: Number(row.population),
    })),
    occupations: readReferenceCsv<OccupationRow>('isco08.csv')
      .filter((row) => row.level === '4' && !row.code.startsWith('0'))
      .map((row) => ({ code: row.code, skillCodes: skillsByUnit.get(row.code) ?? [] })),
    transversalSkillCodes: skills.filter((skill) => !skill.isco_unit_groups.trim()).map((skill) => skill.code),
    drivingLicenceSkillCode: skills.find((skill) => skill.code === 'driving-licence-b')?.code,
  };
}
