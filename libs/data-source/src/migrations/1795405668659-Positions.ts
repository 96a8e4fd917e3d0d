import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Positions1795405668659 implements MigrationInterface {
  name = 'Positions1795405668659';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"position_kind\" AS ENUM('JOB', 'IGU', 'INTERNSHIP', 'WAGE_SUBSIDY')");
    await queryRunner.query("CREATE TYPE \"public\".\"position_status\" AS ENUM('DRAFT', 'OPEN', 'FILLED', 'CLOSED')");
    await queryRunner.query("CREATE TYPE \"public\".\"position_language_level\" AS ENUM('NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')");
    await queryRunner.query(
      'CREATE TABLE "position" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "kind" "public"."position_kind" NOT NULL, "status" "public"."position_status" NOT NULL DEFAULT \'DRAFT\', "company_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "occupation_code" character varying(4) NOT NULL, "municipality_code" smallint NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "weekly_hours" double precision NOT NULL, "openings" integer NOT NULL DEFAULT \'1\', "start_date" date, "application_deadline" date, "required_danish_level" "public"."position_language_level" NOT NULL DEFAULT \'NONE\', "driving_licence_required" boolean NOT NULL DEFAULT false, "union_id" uuid, "collective_agreement" text, "hourly_wage_dkk" numeric(9,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "close_reason" text, "search_vector" tsvector NOT NULL, CONSTRAINT "position_listed_has_published_at" CHECK (status NOT IN (\'OPEN\', \'FILLED\') OR published_at IS NOT NULL), CONSTRAINT "position_hourly_wage_positive" CHECK (hourly_wage_dkk IS NULL OR hourly_wage_dkk > 0), CONSTRAINT "position_location_range" CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180), CONSTRAINT "position_openings_positive" CHECK (openings >= 1), CONSTRAINT "position_igu_rules" CHECK (kind <> \'IGU\' OR (union_id IS NOT NULL AND weekly_hours >= 25)), CONSTRAINT "position_weekly_hours_range" CHECK (weekly_hours >= 1 AND weekly_hours <= 37), CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_30bc937a8525ad88880c12818b" ON "position"  ("municipality_code") ');
    await queryRunner.query('CREATE INDEX "IDX_df5921c4b964452fa4d463fe24" ON "position"  ("union_id") WHERE union_id IS NOT NULL');
    await queryRunner.query('CREATE INDEX "position_status_kind" ON "position"  ("status", "kind") ');
    await queryRunner.query('CREATE INDEX "position_company_status" ON "position"  ("company_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "position_skill" ("position_id" uuid NOT NULL, "skill_code" text NOT NULL, "required" boolean NOT NULL DEFAULT true, CONSTRAINT "position_skill_pkey" PRIMARY KEY ("position_id", "skill_code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c52fe32382604ecd699bd92c16" ON "position_skill"  ("skill_code") ');
    await queryRunner.query(
      'ALTER TABLE "position" ADD CONSTRAINT "FK_d21180bfc56ff2451c177379627" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "position" ADD CONSTRAINT "FK_7475d4e1c7643f0f755bf0f8996" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "position" ADD CONSTRAINT "FK_30bc937a8525ad88880c12818bf" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "position" ADD CONSTRAINT "FK_ce9dc7b2e5f68c050f2ea0e7cc8" FOREIGN KEY ("union_id") REFERENCES "trade_union"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "position_skill" ADD CONSTRAINT "FK_a31f0d3632979c2a7f47c142525" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "position_skill" ADD CONSTRAINT "FK_c52fe32382604ecd699bd92c169" FOREIGN KEY ("skill_code") REFERENCES "skill"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Hand-written (declared with synchronize: false on the entity): what TypeORM
    // cannot express. The search queries in libs/positions repeat these expressions.
    // Danish full text of title + description, kept current by a trigger so a
    // search never recomputes it per row.
    await queryRunner.query(`CREATE FUNCTION position_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector('danish'::regconfig, NEW.title || ' ' || NEW.description);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER position_search_vector BEFORE INSERT OR UPDATE OF title, description ON position
      FOR EACH ROW EXECUTE FUNCTION position_search_vector()`);
    await queryRunner.query('CREATE INDEX position_text_fts ON position USING gin (search_vector)');
    // Substrings (partial words, compounds): trigrams. pg_trgm is a trusted extension
    // (PostgreSQL 13+), so no superuser is needed.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`CREATE INDEX position_text_trgm ON position USING gin ((title || ' ' || description) gin_trgm_ops)`);
    // The nationwide OPEN listing in its keyset order (newest published first, id).
    await queryRunner.query(`CREATE INDEX position_open_listing ON position ((coalesce(published_at, created_at)) DESC, id DESC)
      WHERE status = 'OPEN'`);
    // Occupation code prefixes ("91" → 9111, 9112, …) with LIKE 'prefix%', whatever the collation.
    await queryRunner.query('CREATE INDEX position_occupation_prefix ON position (occupation_code varchar_pattern_ops)');
    // near: bounding box on (longitude, latitude) before the exact haversine distance.
    await queryRunner.query('CREATE INDEX position_location ON position USING gist (point(longitude, latitude))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'position_location',
      'position_occupation_prefix',
      'position_open_listing',
      'position_text_trgm',
      'position_text_fts',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query('DROP TRIGGER position_search_vector ON position');
    await queryRunner.query('DROP FUNCTION position_search_vector()');
    await queryRunner.query('ALTER TABLE "position_skill" DROP CONSTRAINT "FK_c52fe32382604ecd699bd92c169"');
    await queryRunner.query('ALTER TABLE "position_skill" DROP CONSTRAINT "FK_a31f0d3632979c2a7f47c142525"');
    await queryRunner.query('ALTER TABLE "position" DROP CONSTRAINT "FK_ce9dc7b2e5f68c050f2ea0e7cc8"');
    await queryRunner.query('ALTER TABLE "position" DROP CONSTRAINT "FK_30bc937a8525ad88880c12818bf"');
    await queryRunner.query('ALTER TABLE "position" DROP CONSTRAINT "FK_7475d4e1c7643f0f755bf0f8996"');
    await queryRunner.query('ALTER TABLE "position" DROP CONSTRAINT "FK_d21180bfc56ff2451c177379627"');
    await queryRunner.query('DROP INDEX "public"."IDX_c52fe32382604ecd699bd92c16"');
    await queryRunner.query('DROP TABLE "position_skill"');
    await queryRunner.query('DROP INDEX "public"."position_company_status"');
    await queryRunner.query('DROP INDEX "public"."position_status_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_df5921c4b964452fa4d463fe24"');
    await queryRunner.query('DROP INDEX "public"."IDX_30bc937a8525ad88880c12818b"');
    await queryRunner.query('DROP TABLE "position"');
    await queryRunner.query('DROP TYPE "public"."position_language_level"');
    await queryRunner.query('DROP TYPE "public"."position_status"');
    await queryRunner.query('DROP TYPE "public"."position_kind"');
  }
}
