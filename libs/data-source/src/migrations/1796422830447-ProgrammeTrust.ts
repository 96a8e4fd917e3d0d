import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programmes that never start no longer hold the candidate's IGU: WITHDRAWN,
 * at most one IGU programme in progress per candidate (instead of one ever),
 * and the first submission, from which on the union sees the programme.
 */
export class ProgrammeTrust1796422830447 implements MigrationInterface {
  name = 'ProgrammeTrust1796422830447';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."programme_one_igu_per_candidate"');
    await queryRunner.query('ALTER TABLE "programme" ADD "submitted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "programme" ADD "withdrawal_reason" text');
    // Programmes already past DRAFT were submitted: their union keeps seeing them (first decision, or the last change, as the day).
    await queryRunner.query(
      'UPDATE "programme" p SET "submitted_at" = COALESCE((SELECT min(a."decided_at") FROM "programme_approval" a WHERE a."programme_id" = p."id"), p."updated_at") WHERE p."status" <> \'DRAFT\'',
    );
    await queryRunner.query('DROP INDEX "public"."programme_union_status"');
    await queryRunner.query('DROP INDEX "public"."programme_company_status"');
    await queryRunner.query('ALTER TYPE "public"."programme_status" ADD VALUE \'WITHDRAWN\'');
    await queryRunner.query('CREATE INDEX "programme_union_status" ON "programme"  ("union_id", "status") ');
    await queryRunner.query('CREATE INDEX "programme_company_status" ON "programme"  ("company_id", "status") ');
    await queryRunner.query(
      "CREATE UNIQUE INDEX \"programme_one_igu_in_progress\" ON \"programme\"  (\"candidate_id\") WHERE kind = 'IGU' AND status IN ('DRAFT', 'CHANGES_REQUESTED', 'PENDING_APPROVAL', 'APPROVED')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."programme_one_igu_in_progress"');
    await queryRunner.query('DROP INDEX "public"."programme_company_status"');
    await queryRunner.query('DROP INDEX "public"."programme_union_status"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_status_old\" AS ENUM('DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'COMPLETED', 'TERMINATED')",
    );
    // WITHDRAWN did not exist: such programmes ended unstarted, as REJECTED ones did (neither holds the old IGU index).
    await queryRunner.query('UPDATE "programme" SET "status" = \'REJECTED\' WHERE "status" = \'WITHDRAWN\'');
    await queryRunner.query('ALTER TABLE "programme" ALTER COLUMN "status" DROP DEFAULT');
    await queryRunner.query(
      'ALTER TABLE "programme" ALTER COLUMN "status" TYPE "public"."programme_status_old" USING "status"::"text"::"public"."programme_status_old"',
    );
    await queryRunner.query('ALTER TABLE "programme" ALTER COLUMN "status" SET DEFAULT \'DRAFT\'');
    await queryRunner.query('DROP TYPE "public"."programme_status"');
    await queryRunner.query('ALTER TYPE "public"."programme_status_old" RENAME TO "programme_status"');
    await queryRunner.query('CREATE INDEX "programme_company_status" ON "programme" USING btree ("company_id", "status") ');
    await queryRunner.query('CREATE INDEX "programme_union_status" ON "programme" USING btree ("status", "union_id") ');
    await queryRunner.query('ALTER TABLE "programme" DROP COLUMN "withdrawal_reason"');
    await queryRunner.query('ALTER TABLE "programme" DROP COLUMN "submitted_at"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "programme_one_igu_per_candidate" ON "programme" USING btree ("candidate_id") WHERE ((kind = \'IGU\'::programme_kind) AND (status <> \'REJECTED\'::programme_status))',
    );
  }
}
