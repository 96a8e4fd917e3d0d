import { describe, expect, it } from '@jest/globals';
import { pendingSchemaChanges } from '@igu/database';
import { useTestDataSource } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { setupDatabase } from './setup-database.js';

const counts = (dataSource: DataSource) =>
  dataSource.query(`SELECT
      (SELECT count(*)::int FROM region) AS regions,
      (SELECT count(*)::int FROM municipality) AS municipalities,
      (SELECT count(*)::int FROM jobcentre) AS jobcentres,
      (SELECT count(*)::int FROM occupation) AS occupations,
      (SELECT count(*)::int FROM occupation WHERE level = 4) AS unit_groups,
      (SELECT count(*)::int FROM skill) AS skills,
      (SELECT count(*)::int FROM trade_union) AS unions`);

describe('migrations and reference data', () => {
  const db = useTestDataSource('migration-test', { empty: true });

  it('applies every migration to an empty database, leaving nothing for the entities to change', async () => {
    const { migrations } = await setupDatabase(db.dataSource);
    expect(migrations.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
  });

  it('seeds all reference data: 5 regions, 98 municipalities each with a jobcentre, ISCO-08, skills, unions', async () => {
    const [row] = await counts(db.dataSource);
    expect(row).toEqual({
      regions: 5,
      municipalities: 98,
      jobcentres: 98,
      occupations: 619,
      unit_groups: 436,
      skills: 235,
      unions: 15,
    });
    const [aarhus] = await db.dataSource.query(
      `SELECT m.name, r.name AS region, j.name AS jobcentre FROM municipality m
       JOIN region r ON r.code = m.region_code JOIN jobcentre j ON j.id = m.jobcentre_id WHERE m.code = 751`,
    );
    expect(aarhus).toEqual({ name: 'Aarhus', region: 'Midtjylland', jobcentre: 'Jobcenter Aarhus' });
    const [{ code }] = await db.dataSource.query(`SELECT code FROM occupation WHERE code LIKE '0%' AND level = 4 LIMIT 1`);
    expect(code).toMatch(/^0\d{3}$/); // leading zeros kept
  });

  it('is idempotent: running setup again applies nothing and duplicates nothing', async () => {
    const before = await counts(db.dataSource);
    const ids = await db.dataSource.query('SELECT id FROM jobcentre ORDER BY id');
    const { migrations } = await setupDatabase(db.dataSource);
    expect(migrations).toEqual([]);
    expect(await counts(db.dataSource)).toEqual(before);
    expect(await db.dataSource.query('SELECT id FROM jobcentre ORDER BY id')).toEqual(ids);
  });

  it('migrations can be reverted and re-applied', async () => {
    const applied = (await db.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n as number;
    for (let i = 0; i < applied; i += 1) await db.dataSource.undoLastMigration();
    expect(await db.dataSource.query(`SELECT to_regclass('public.municipality') AS t`)).toEqual([{ t: null }]);
    await setupDatabase(db.dataSource);
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
  });
});
