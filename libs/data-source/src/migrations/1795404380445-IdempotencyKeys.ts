import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1795404380445 implements MigrationInterface {
  name = 'IdempotencyKeys1795404380445';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_key" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_213f125e14469be304f9ff1d452" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "idempotency_key_unique" ON "idempotency_key"  ("user_id", "operation", "key") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."idempotency_key_unique"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
