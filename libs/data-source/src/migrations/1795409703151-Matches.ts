import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matches1795409703151 implements MigrationInterface {
  name = 'Matches1795409703151';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "match" ("position_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "score" double precision NOT NULL, "occupation" double precision NOT NULL, "skills" double precision NOT NULL, "language" double precision NOT NULL, "distance" double precision NOT NULL, "availability" double precision NOT NULL, "igu_eligible" boolean, "missing_required_skills" text array NOT NULL DEFAULT \'{}\', "distance_km" double precision NOT NULL, "cross_municipality" boolean NOT NULL, "in_position_top" boolean NOT NULL DEFAULT false, "in_candidate_top" boolean NOT NULL DEFAULT false, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61d4d7e3bfa34b3f63bb1763d3c" PRIMARY KEY ("position_id", "candidate_id"))',
    );
    await queryRunner.query('CREATE INDEX "match_candidate" ON "match"  ("candidate_id") ');
    await queryRunner.query(
      'CREATE INDEX "match_candidate_top" ON "match"  ("candidate_id", "score", "position_id") WHERE in_candidate_top',
    );
    await queryRunner.query('CREATE INDEX "match_position_top" ON "match"  ("position_id", "score", "candidate_id") WHERE in_position_top');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."match_position_top"');
    await queryRunner.query('DROP INDEX "public"."match_candidate_top"');
    await queryRunner.query('DROP INDEX "public"."match_candidate"');
    await queryRunner.query('DROP TABLE "match"');
  }
}
