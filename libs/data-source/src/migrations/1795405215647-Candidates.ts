import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Candidates1795405215647 implements MigrationInterface {
  name = 'Candidates1795405215647';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"candidate_status\" AS ENUM('AVAILABLE', 'IN_PROGRAMME', 'EMPLOYED', 'INACTIVE')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"residence_basis\" AS ENUM('REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'FAMILY_REUNIFIED_OTHER', 'UKRAINE_SPECIAL_ACT', 'AFGHAN_SPECIAL_ACT', 'OTHER')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"candidate_language_level\" AS ENUM('NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')");
    await queryRunner.query(
      'CREATE TABLE "candidate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "jobcentre_id" uuid NOT NULL, "municipality_code" smallint NOT NULL, "status" "public"."candidate_status" NOT NULL DEFAULT \'AVAILABLE\', "reference" text NOT NULL, "full_name_encrypted" text NOT NULL, "email_encrypted" text, "phone_encrypted" text, "cpr_encrypted" text NOT NULL, "cpr_index" text NOT NULL, "name_search_index" text array NOT NULL DEFAULT \'{}\', "date_of_birth" date NOT NULL, "residence_basis" "public"."residence_basis" NOT NULL, "arrived_in_denmark_on" date NOT NULL, "arrived_in_municipality_on" date NOT NULL, "prior_igu" boolean NOT NULL DEFAULT false, "desired_occupation_codes" text array NOT NULL DEFAULT \'{}\', "experience_occupation_codes" text array NOT NULL DEFAULT \'{}\', "occupation_prefixes" text array NOT NULL DEFAULT \'{}\', "skill_codes" text array NOT NULL DEFAULT \'{}\', "danish_level" "public"."candidate_language_level" NOT NULL DEFAULT \'NONE\', "english_level" "public"."candidate_language_level" NOT NULL DEFAULT \'NONE\', "driving_licence" boolean NOT NULL DEFAULT false, "max_commute_km" smallint NOT NULL DEFAULT \'30\', "willing_to_relocate" boolean NOT NULL DEFAULT false, "available_from" date, "share_profile_with_employers" boolean NOT NULL DEFAULT false, "first_offer_target_date" date NOT NULL, "first_offer_deadline" date NOT NULL, "first_offer_at" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "candidate_version_positive" CHECK (version >= 1), CONSTRAINT "candidate_arrival_order" CHECK (arrived_in_municipality_on >= arrived_in_denmark_on), CONSTRAINT "candidate_max_commute_km_range" CHECK (max_commute_km BETWEEN 0 AND 500), CONSTRAINT "candidate_reference_format" CHECK (reference ~ \'^C-[A-Z0-9]{6}$\'), CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "candidate_municipality" ON "candidate"  ("municipality_code") ');
    await queryRunner.query('CREATE UNIQUE INDEX "candidate_reference_unique" ON "candidate"  ("reference") ');
    await queryRunner.query('CREATE UNIQUE INDEX "candidate_cpr_index_unique" ON "candidate"  ("cpr_index") ');
    await queryRunner.query('CREATE INDEX "candidate_name_search" ON "candidate" USING gin ("name_search_index") ');
    await queryRunner.query('CREATE INDEX "candidate_occupation_prefixes" ON "candidate" USING gin ("occupation_prefixes") ');
    await queryRunner.query('CREATE INDEX "candidate_skill_codes" ON "candidate" USING gin ("skill_codes") ');
    await queryRunner.query('CREATE INDEX "candidate_danish_level" ON "candidate"  ("danish_level") ');
    await queryRunner.query(
      'CREATE INDEX "candidate_first_offer_pending" ON "candidate"  ("jobcentre_id", "first_offer_deadline", "id") WHERE first_offer_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "candidate_jobcentre_created" ON "candidate"  ("jobcentre_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "candidate_shared_available" ON "candidate"  ("created_at", "id") WHERE status = \'AVAILABLE\' AND share_profile_with_employers',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate" ADD CONSTRAINT "FK_a0b2214ff7139c3f21b2d411f56" FOREIGN KEY ("jobcentre_id") REFERENCES "jobcentre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "candidate" ADD CONSTRAINT "FK_e5d5830fd589df51264220f790c" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "candidate" DROP CONSTRAINT "FK_e5d5830fd589df51264220f790c"');
    await queryRunner.query('ALTER TABLE "candidate" DROP CONSTRAINT "FK_a0b2214ff7139c3f21b2d411f56"');
    await queryRunner.query('DROP INDEX "public"."candidate_shared_available"');
    await queryRunner.query('DROP INDEX "public"."candidate_jobcentre_created"');
    await queryRunner.query('DROP INDEX "public"."candidate_first_offer_pending"');
    await queryRunner.query('DROP INDEX "public"."candidate_danish_level"');
    await queryRunner.query('DROP INDEX "public"."candidate_skill_codes"');
    await queryRunner.query('DROP INDEX "public"."candidate_occupation_prefixes"');
    await queryRunner.query('DROP INDEX "public"."candidate_name_search"');
    await queryRunner.query('DROP INDEX "public"."candidate_cpr_index_unique"');
    await queryRunner.query('DROP INDEX "public"."candidate_reference_unique"');
    await queryRunner.query('DROP INDEX "public"."candidate_municipality"');
    await queryRunner.query('DROP TABLE "candidate"');
    await queryRunner.query('DROP TYPE "public"."candidate_language_level"');
    await queryRunner.query('DROP TYPE "public"."residence_basis"');
    await queryRunner.query('DROP TYPE "public"."candidate_status"');
  }
}
