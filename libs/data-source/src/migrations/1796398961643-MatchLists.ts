import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Matches1795409703151 } from './1795409703151-Matches.js';

/** Pair rows (`match`) give way to one row per ranked list, and the state row that orders matching writes. */

export class MatchLists1796398961643 implements MigrationInterface {
  name = 'MatchLists1796398961643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "position_match_list" ("position_id" uuid NOT NULL, "candidate_ids" uuid array NOT NULL, "scores" double precision array NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3362a415f9dad019dba09a95bb0" PRIMARY KEY ("position_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "candidate_match_list" ("candidate_id" uuid NOT NULL, "position_ids" uuid array NOT NULL, "scores" double precision array NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a51d2f44d319cbbf2590746bed3" PRIMARY KEY ("candidate_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "matching_state" ("id" smallint NOT NULL, "generation" bigint NOT NULL DEFAULT \'0\', "computed_on" date, "top_k" integer, CONSTRAINT "PK_eec0a7638f47809ca8b595a079d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "matching_state" ADD CONSTRAINT "matching_state_single_row" CHECK (id = 1)');
    await queryRunner.query('INSERT INTO "matching_state" (id) VALUES (1)');
    await queryRunner.query('DROP TABLE "match"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "matching_state"');
    await queryRunner.query('DROP TABLE "candidate_match_list"');
    await queryRunner.query('DROP TABLE "position_match_list"');
    await new Matches1795409703151().up(queryRunner);
  }
}
