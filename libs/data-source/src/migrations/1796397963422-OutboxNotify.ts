import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxNotify1796397963422 implements MigrationInterface {
  name = 'OutboxNotify1796397963422';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: wakes the worker's outbox relay (LISTEN outbox_event) as soon as a
    // transaction that wrote outbox rows commits, instead of at its next poll. NOTIFY is
    // delivered only on commit (a rollback sends nothing) and identical notifications of one
    // transaction are collapsed, so a statement-level trigger with an empty payload sends at
    // most one per transaction; the relay reads the rows itself.
    await queryRunner.query(`CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_event', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_event_notify ON outbox_event');
    await queryRunner.query('DROP FUNCTION outbox_event_notify()');
  }
}
