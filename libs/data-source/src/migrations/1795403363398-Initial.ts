import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795403363398 implements MigrationInterface {
  name = 'Initial1795403363398';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" text NOT NULL, "payload" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "outbox_event_unpublished" ON "outbox_event"  ("id") WHERE published_at IS NULL');
    await queryRunner.query(
      'CREATE TABLE "jobcentre" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "UQ_8b884ca83b37dc99020dd16abad" UNIQUE ("code"), CONSTRAINT "PK_26382af3a7bc7eb48ee8038f4c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "region" ("code" smallint NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality" ("code" smallint NOT NULL, "name" text NOT NULL, "region_code" smallint NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "population" integer NOT NULL, "jobcentre_id" uuid NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8e5e4911d4ff174be8c2e71a90" ON "municipality"  ("region_code") ');
    await queryRunner.query('CREATE INDEX "IDX_6202749a16f0581f73998d9e40" ON "municipality"  ("jobcentre_id") ');
    await queryRunner.query(
      'CREATE TABLE "occupation" ("code" character varying(4) NOT NULL, "level" smallint NOT NULL, "title" text NOT NULL, "parent_code" character varying(3), CONSTRAINT "occupation_level_matches_code" CHECK (length(code) = level), CONSTRAINT "PK_d3dcd8193f562dc092ef325ea14" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a7f3feb2564982bd97f881d890" ON "occupation"  ("level") ');
    await queryRunner.query(
      'CREATE TABLE "skill" ("code" text NOT NULL, "label" text NOT NULL, "category" text NOT NULL, "isco_unit_groups" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_76f3690168057e3c1bd3da8a4e4" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "trade_union" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "sectors" text NOT NULL, "isco_major_groups" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "UQ_7b84b628b77b4605e0d6b398904" UNIQUE ("code"), CONSTRAINT "PK_84a48ec105abc481f4170738d50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "FK_8e5e4911d4ff174be8c2e71a90c" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "FK_6202749a16f0581f73998d9e403" FOREIGN KEY ("jobcentre_id") REFERENCES "jobcentre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "FK_6202749a16f0581f73998d9e403"');
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "FK_8e5e4911d4ff174be8c2e71a90c"');
    await queryRunner.query('DROP TABLE "trade_union"');
    await queryRunner.query('DROP TABLE "skill"');
    await queryRunner.query('DROP INDEX "public"."IDX_a7f3feb2564982bd97f881d890"');
    await queryRunner.query('DROP TABLE "occupation"');
    await queryRunner.query('DROP INDEX "public"."IDX_6202749a16f0581f73998d9e40"');
    await queryRunner.query('DROP INDEX "public"."IDX_8e5e4911d4ff174be8c2e71a90"');
    await queryRunner.query('DROP TABLE "municipality"');
    await queryRunner.query('DROP TABLE "region"');
    await queryRunner.query('DROP TABLE "jobcentre"');
    await queryRunner.query('DROP INDEX "public"."outbox_event_unpublished"');
    await queryRunner.query('DROP TABLE "outbox_event"');
  }
}
