import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PositionStartDateChanges1796422746495 implements MigrationInterface {
  name = 'PositionStartDateChanges1796422746495';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "position_start_date_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position_id" uuid NOT NULL, "changed_by" uuid NOT NULL, "changed_on" date NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "old_start_date" date, "new_start_date" date, CONSTRAINT "PK_26da141671289fd51094cb7828c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "position_start_date_change_per_day" ON "position_start_date_change"  ("position_id", "changed_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "position_start_date_change" ADD CONSTRAINT "FK_d031c55361229bdbd28fa5912b9" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "position_start_date_change" DROP CONSTRAINT "FK_d031c55361229bdbd28fa5912b9"');
    await queryRunner.query('DROP INDEX "public"."position_start_date_change_per_day"');
    await queryRunner.query('DROP TABLE "position_start_date_change"');
  }
}
