import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokens1796424597604 implements MigrationInterface {
  name = 'RefreshTokens1796424597604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") ');
    await queryRunner.query('CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "refresh_token_hash_unique" ON "refresh_token"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"');
    await queryRunner.query('DROP INDEX "public"."refresh_token_hash_unique"');
    await queryRunner.query('DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"');
    await queryRunner.query('DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"');
    await queryRunner.query('DROP TABLE "refresh_token"');
  }
}
