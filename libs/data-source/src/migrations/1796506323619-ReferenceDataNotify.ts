import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['region', 'municipality', 'jobcentre', 'occupation', 'skill', 'trade_union'];

export class ReferenceDataNotify1796506323619 implements MigrationInterface {
  name = 'ReferenceDataNotify1796506323619';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: the API keeps the reference tables in memory (libs/reference-data,
    // ReferenceDataCache) and drops its copy when one of them changes, whoever changes it
    // (the seed, a migration, an operator's SQL). NOTIFY is delivered on commit only, and
    // identical notifications of one transaction collapse: one per table and transaction.
    await queryRunner.query(`CREATE FUNCTION reference_data_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('reference_data_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION reference_data_notify()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER ${table}_notify ON ${table}`);
    await queryRunner.query('DROP FUNCTION reference_data_notify()');
  }
}
