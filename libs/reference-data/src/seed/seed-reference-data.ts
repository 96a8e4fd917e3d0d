import type { EntityManager } from 'typeorm';
import { type MunicipalityRow, type OccupationRow, type SkillRow, type UnionRow, readReferenceCsv } from '@igu/reference-data-files';

/** Danmarks Statistik's region codes by the region names used in the CSV. */
export const REGION_CODES: Readonly<Partial<Record<string, number>>> = {
  'Region Nordjylland': 1081,
  'Region Midtjylland': 1082,
  'Region Syddanmark': 1083,
  'Region Hovedstaden': 1084,
  'Region Sjælland': 1085,
};

const words = (value: string): string[] => value.split(/\s+/).filter(Boolean);

/**
 * Upserts regions, municipalities (one jobcentre each), ISCO-08, skills and
 * unions. Idempotent: a second run changes nothing.
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  const municipalities = readReferenceCsv<MunicipalityRow>('municipalities.csv');
  const regions = Object.entries(REGION_CODES).map(([name, code]) => ({ code, name: name.replace(/^Region /, '') }));

  await manager.query(
    `INSERT INTO region (code, name) SELECT * FROM unnest($1::smallint[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [regions.map((r) => r.code), regions.map((r) => r.name)],
  );

  const code = (row: MunicipalityRow) => Number.parseInt(row.code, 10); // "0101" and "101" alike
  await manager.query(
    `INSERT INTO jobcentre (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [municipalities.map((m) => `jc-${code(m)}`), municipalities.map((m) => `Jobcenter ${m.name}`)],
  );

  await manager.query(
    `INSERT INTO municipality (code, name, region_code, latitude, longitude, population, jobcentre_id)
     SELECT m.code, m.name, m.region_code, m.latitude, m.longitude, m.population, j.id
     FROM unnest($1::smallint[], $2::text[], $3::smallint[], $4::float8[], $5::float8[], $6::int[])
          AS m(code, name, region_code, latitude, longitude, population)
     JOIN jobcentre j ON j.code = 'jc-' || m.code
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_code = EXCLUDED.region_code,
       latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, population = EXCLUDED.population`,
    [
      municipalities.map(code),
      municipalities.map((m) => m.name),
      municipalities.map((m) => regionCode(m.region)),
      municipalities.map((m) => Number(m.latitude)),
      municipalities.map((m) => Number(m.longitude)),
      municipalities.map((m) => Number(m.population)),
    ],
  );

  const occupations = readReferenceCsv<OccupationRow>('isco08.csv');
  await manager.query(
    `INSERT INTO occupation (code, level, title, parent_code)
     SELECT * FROM unnest($1::varchar[], $2::smallint[], $3::text[], $4::varchar[])
     ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, title = EXCLUDED.title, parent_code = EXCLUDED.parent_code`,
    [
      occupations.map((o) => o.code),
      occupations.map((o) => Number(o.level)),
      occupations.map((o) => o.title),
      occupations.map((o) => o.parent_code || null),
    ],
  );

  const skills = readReferenceCsv<SkillRow>('skills.csv');
  await manager.query(
    `INSERT INTO skill (code, label, category, isco_unit_groups)
     SELECT s.code, s.label, s.category, string_to_array(s.groups, ' ')
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS s(code, label, category, groups)
     ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, category = EXCLUDED.category,
       isco_unit_groups = EXCLUDED.isco_unit_groups`,
    [
      skills.map((s) => s.code),
      skills.map((s) => s.label),
      skills.map((s) => s.category),
      skills.map((s) => words(s.isco_unit_groups).join(' ')),
    ],
  );

  const unions = readReferenceCsv<UnionRow>('unions.csv');
  await manager.query(
    `INSERT INTO trade_union (code, name, name_en, sectors, isco_major_groups)
     SELECT u.code, u.name, u.name_en, u.sectors, string_to_array(u.groups, ' ')
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(code, name, name_en, sectors, groups)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en,
       sectors = EXCLUDED.sectors, isco_major_groups = EXCLUDED.isco_major_groups`,
    [
      unions.map((u) => u.code),
      unions.map((u) => u.name),
      unions.map((u) => u.name_en),
      unions.map((u) => u.sectors),
      unions.map((u) => words(u.isco_major_groups).join(' ')),
    ],
  );
}

function regionCode(name: string): number {
  const code = REGION_CODES[name];
  if (code === undefined) throw new Error(`Unknown region in municipalities.csv: ${name}`);
  return code;
}
