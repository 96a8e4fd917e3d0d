import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HandoverImports1796433839637 implements MigrationInterface {
  name = 'HandoverImports1796433839637';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "handover_import_problem" ("import_id" uuid NOT NULL, "row" integer NOT NULL, "field" text, "reason" text NOT NULL, "message" text NOT NULL, CONSTRAINT "PK_94d77d5d57acdf680c69f7aec19" PRIMARY KEY ("import_id", "row"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"handover_import_status\" AS ENUM('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')");
    await queryRunner.query(
      'CREATE TABLE "handover_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jobcentre_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "status" "public"."handover_import_status" NOT NULL DEFAULT \'QUEUED\', "file_name" text, "file_bytes" integer NOT NULL DEFAULT \'0\', "rows_total" integer, "rows_created" integer NOT NULL DEFAULT \'0\', "rows_updated" integer NOT NULL DEFAULT \'0\', "rows_unchanged" integer NOT NULL DEFAULT \'0\', "rows_rejected" integer NOT NULL DEFAULT \'0\', "checkpoint" integer NOT NULL DEFAULT \'0\', "failure_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "handover_import_counts" CHECK (rows_created >= 0 AND rows_updated >= 0 AND rows_unchanged >= 0 AND rows_rejected >= 0 AND checkpoint >= 0), CONSTRAINT "PK_0d30de805fbf024180c9dc54ce4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "handover_import_jobcentre_created" ON "handover_import"  ("jobcentre_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "handover_file_chunk" ("import_id" uuid NOT NULL, "seq" integer NOT NULL, "content" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69ec7e7f8d54a01cb41c42f4c57" PRIMARY KEY ("import_id", "seq"))',
    );
    await queryRunner.query('CREATE INDEX "handover_file_chunk_created" ON "handover_file_chunk"  ("created_at") ');
    await queryRunner.query(
      'ALTER TABLE "handover_import_problem" ADD CONSTRAINT "FK_564f85ff7d0de599cbfaeeb0ab7" FOREIGN KEY ("import_id") REFERENCES "handover_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "handover_import" ADD CONSTRAINT "FK_2beb55d52babd76b7ab289b9256" FOREIGN KEY ("jobcentre_id") REFERENCES "jobcentre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "handover_import" ADD CONSTRAINT "FK_8ae8833278e94a04236596496b0" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "handover_file_chunk" ADD CONSTRAINT "FK_c3e261098b39dd819e65d0b596b" FOREIGN KEY ("import_id") REFERENCES "handover_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "handover_file_chunk" DROP CONSTRAINT "FK_c3e261098b39dd819e65d0b596b"');
    await queryRunner.query('ALTER TABLE "handover_import" DROP CONSTRAINT "FK_8ae8833278e94a04236596496b0"');
    await queryRunner.query('ALTER TABLE "handover_import" DROP CONSTRAINT "FK_2beb55d52babd76b7ab289b9256"');
    await queryRunner.query('ALTER TABLE "handover_import_problem" DROP CONSTRAINT "FK_564f85ff7d0de599cbfaeeb0ab7"');
    await queryRunner.query('DROP INDEX "public"."handover_file_chunk_created"');
    await queryRunner.query('DROP TABLE "handover_file_chunk"');
    await queryRunner.query('DROP INDEX "public"."handover_import_jobcentre_created"');
    await queryRunner.query('DROP TABLE "handover_import"');
    await queryRunner.query('DROP TYPE "public"."handover_import_status"');
    await queryRunner.query('DROP TABLE "handover_import_problem"');
  }
}
