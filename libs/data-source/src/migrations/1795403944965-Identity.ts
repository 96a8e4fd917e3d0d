import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795403944965 implements MigrationInterface {
  name = 'Identity1795403944965';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cvr" character(8) NOT NULL, "name" text NOT NULL, "municipality_code" smallint NOT NULL, "public_employer" boolean NOT NULL DEFAULT false, "employee_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "company_employee_count_non_negative" CHECK (employee_count >= 0), CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "company_cvr_unique" ON "company"  ("cvr") ');
    await queryRunner.query('CREATE INDEX "IDX_df7014d6f0af3466630ab3afe1" ON "company"  ("municipality_code") ');
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('EMPLOYER', 'JOBCENTRE', 'UNION_REP', 'ADMIN')");
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "role" "public"."user_role" NOT NULL, "company_id" uuid, "jobcentre_id" uuid, "union_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_role_organisation" CHECK ((role = \'EMPLOYER\') = (company_id IS NOT NULL) AND (role = \'JOBCENTRE\') = (jobcentre_id IS NOT NULL)\n   AND (role = \'UNION_REP\') = (union_id IS NOT NULL)), CONSTRAINT "app_user_email_lower_case" CHECK (email = lower(email)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "app_user_email_unique" ON "app_user"  ("email") ');
    await queryRunner.query('CREATE INDEX "IDX_0394474da0203eec7f2ff04f19" ON "app_user"  ("company_id") WHERE company_id IS NOT NULL');
    await queryRunner.query(
      'CREATE TABLE "login_rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT \'0\', "expire" bigint, CONSTRAINT "PK_59e3fda3043f3a0fb1495ccd843" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "personal_data_access" ("id" BIGSERIAL NOT NULL, "actor_user_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "fields" text array NOT NULL, "accessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18b5cfcd7267c4fe5349bcd93b3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b1b99dbcbd49167565cda162f0" ON "personal_data_access"  ("subject_type", "subject_id", "accessed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "company" ADD CONSTRAINT "FK_df7014d6f0af3466630ab3afe1c" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6d01279351be48cf10107b178dc" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_5fa4499d8f988623a2a240cd946" FOREIGN KEY ("jobcentre_id") REFERENCES "jobcentre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_b36ad08a3b3dd4adea3a11ece3c" FOREIGN KEY ("union_id") REFERENCES "trade_union"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Hand-written: the personal-data access log is append-only for every role,
    // including the application's own (a trigger, not only a REVOKE, so it also
    // holds when the application connects as the table's owner).
    await queryRunner.query(`CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER personal_data_access_no_update_delete BEFORE UPDATE OR DELETE ON personal_data_access
      FOR EACH ROW EXECUTE FUNCTION personal_data_access_append_only()`);
    await queryRunner.query(`CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
      FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only()`);
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON personal_data_access FROM PUBLIC');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER personal_data_access_no_truncate ON personal_data_access');
    await queryRunner.query('DROP TRIGGER personal_data_access_no_update_delete ON personal_data_access');
    await queryRunner.query('DROP FUNCTION personal_data_access_append_only()');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_b36ad08a3b3dd4adea3a11ece3c"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_5fa4499d8f988623a2a240cd946"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_6d01279351be48cf10107b178dc"');
    await queryRunner.query('ALTER TABLE "company" DROP CONSTRAINT "FK_df7014d6f0af3466630ab3afe1c"');
    await queryRunner.query('DROP INDEX "public"."IDX_b1b99dbcbd49167565cda162f0"');
    await queryRunner.query('DROP TABLE "personal_data_access"');
    await queryRunner.query('DROP TABLE "login_rate_limit"');
    await queryRunner.query('DROP INDEX "public"."IDX_0394474da0203eec7f2ff04f19"');
    await queryRunner.query('DROP INDEX "public"."app_user_email_unique"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_df7014d6f0af3466630ab3afe1"');
    await queryRunner.query('DROP INDEX "public"."company_cvr_unique"');
    await queryRunner.query('DROP TABLE "company"');
  }
}
