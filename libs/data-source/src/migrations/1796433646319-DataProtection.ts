import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataProtection1796433646319 implements MigrationInterface {
  name = 'DataProtection1796433646319';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."erasure_kind" AS ENUM(\'REQUEST\', \'RETENTION\')');
    await queryRunner.query(
      'CREATE TABLE "personal_data_erasure" ("id" BIGSERIAL NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "kind" "public"."erasure_kind" NOT NULL, "ground" text, "erased_by_user_id" uuid, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "personal_data_erasure_by_user" CHECK ((kind = \'REQUEST\') = (erased_by_user_id IS NOT NULL)), CONSTRAINT "PK_6887ef84be2bd57ad8068add672" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "personal_data_erasure_subject_unique" ON "personal_data_erasure"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "candidate_consent_change" ("id" BIGSERIAL NOT NULL, "candidate_id" uuid NOT NULL, "shared" boolean NOT NULL, "changed_by_user_id" uuid, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3158da29ee796f31a358adee88" PRIMARY KEY ("id"))',
    );
    // Hand-written: consent given before the history existed, as of the registration, by an unknown user.
    await queryRunner.query(`INSERT INTO candidate_consent_change (candidate_id, shared, changed_by_user_id, changed_at)
      SELECT id, true, NULL, created_at FROM candidate WHERE share_profile_with_employers`);
    await queryRunner.query(
      'CREATE INDEX "candidate_consent_change_candidate" ON "candidate_consent_change"  ("candidate_id", "changed_at") ',
    );
    await queryRunner.query('ALTER TABLE "candidate" ADD "pseudonymised_at" TIMESTAMP(3) WITH TIME ZONE');
    // Hand-written: existing log rows get the reader's role and the operation that was the only one
    // logging before (`candidate` reads); the append-only trigger is paused for this one backfill.
    await queryRunner.query('ALTER TABLE "personal_data_access" ADD "actor_role" "public"."user_role"');
    await queryRunner.query('ALTER TABLE "personal_data_access" ADD "operation" text');
    await queryRunner.query('ALTER TABLE "personal_data_access" DISABLE TRIGGER personal_data_access_no_update_delete');
    await queryRunner.query(`UPDATE personal_data_access a SET actor_role = u.role, operation = 'candidate'
      FROM app_user u WHERE u.id = a.actor_user_id`);
    await queryRunner.query('ALTER TABLE "personal_data_access" ENABLE TRIGGER personal_data_access_no_update_delete');
    await queryRunner.query('ALTER TABLE "personal_data_access" ALTER COLUMN "actor_role" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "personal_data_access" ALTER COLUMN "operation" SET NOT NULL');
    // Hand-written: the one delete the append-only log allows is the retention job's, of rows older than the
    // cutoff it declares for its own transaction (set_config('igu.access_log_retention_cutoff', …, true)).
    await queryRunner.query(`CREATE OR REPLACE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cutoff text := current_setting('igu.access_log_retention_cutoff', true);
      BEGIN
        IF TG_OP = 'DELETE' AND cutoff IS NOT NULL AND cutoff <> '' AND OLD.accessed_at < cutoff::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "full_name_encrypted" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "cpr_encrypted" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "cpr_index" DROP NOT NULL');
    await queryRunner.query('CREATE INDEX "personal_data_access_accessed" ON "personal_data_access"  ("accessed_at") ');
    await queryRunner.query(
      'CREATE INDEX "personal_data_access_actor_accessed" ON "personal_data_access"  ("actor_user_id", "accessed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate" ADD CONSTRAINT "candidate_pseudonymised_empty" CHECK (pseudonymised_at IS NULL OR (full_name_encrypted IS NULL AND cpr_encrypted IS NULL AND cpr_index IS NULL AND email_encrypted IS NULL\n   AND phone_encrypted IS NULL AND name_search_index = \'{}\' AND extract(month FROM date_of_birth) = 1 AND extract(day FROM date_of_birth) = 1))',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate" ADD CONSTRAINT "candidate_identity_present" CHECK (pseudonymised_at IS NOT NULL OR (full_name_encrypted IS NOT NULL AND cpr_encrypted IS NOT NULL AND cpr_index IS NOT NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "personal_data_erasure" ADD CONSTRAINT "FK_aa9ad36a28cf492321fc26990ac" FOREIGN KEY ("erased_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_consent_change" ADD CONSTRAINT "FK_00c25eb9133d932873b808c1348" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate_consent_change" ADD CONSTRAINT "FK_15c9e2a3b9c4a3899585e428a8c" FOREIGN KEY ("changed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "candidate_consent_change" DROP CONSTRAINT "FK_15c9e2a3b9c4a3899585e428a8c"');
    await queryRunner.query('ALTER TABLE "candidate_consent_change" DROP CONSTRAINT "FK_00c25eb9133d932873b808c1348"');
    await queryRunner.query('ALTER TABLE "personal_data_erasure" DROP CONSTRAINT "FK_aa9ad36a28cf492321fc26990ac"');
    await queryRunner.query('ALTER TABLE "candidate" DROP CONSTRAINT "candidate_identity_present"');
    await queryRunner.query('ALTER TABLE "candidate" DROP CONSTRAINT "candidate_pseudonymised_empty"');
    await queryRunner.query('DROP INDEX "public"."personal_data_access_actor_accessed"');
    await queryRunner.query('DROP INDEX "public"."personal_data_access_accessed"');
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "cpr_index" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "cpr_encrypted" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "candidate" ALTER COLUMN "full_name_encrypted" SET NOT NULL');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('ALTER TABLE "personal_data_access" DROP COLUMN "operation"');
    await queryRunner.query('ALTER TABLE "personal_data_access" DROP COLUMN "actor_role"');
    await queryRunner.query('ALTER TABLE "candidate" DROP COLUMN "pseudonymised_at"');
    await queryRunner.query('DROP INDEX "public"."candidate_consent_change_candidate"');
    await queryRunner.query('DROP TABLE "candidate_consent_change"');
    await queryRunner.query('DROP INDEX "public"."personal_data_erasure_subject_unique"');
    await queryRunner.query('DROP TABLE "personal_data_erasure"');
    await queryRunner.query('DROP TYPE "public"."erasure_kind"');
  }
}
