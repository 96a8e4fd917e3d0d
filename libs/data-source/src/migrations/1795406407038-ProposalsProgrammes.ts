import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalsProgrammes1795406407038 implements MigrationInterface {
  name = 'ProposalsProgrammes1795406407038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_status\" AS ENUM('PROPOSED', 'INTERVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "status" "public"."proposal_status" NOT NULL DEFAULT \'PROPOSED\', "position_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "jobcentre_id" uuid NOT NULL, "note" text, "cross_municipality" boolean NOT NULL, "interview_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_69aaf585e9645e4264858c12ca" ON "proposal"  ("candidate_id") ');
    await queryRunner.query('CREATE INDEX "proposal_jobcentre_created" ON "proposal"  ("jobcentre_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "proposal_position_created" ON "proposal"  ("position_id", "created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_one_active_per_pair" ON "proposal"  ("candidate_id", "position_id") WHERE status IN (\'PROPOSED\', \'INTERVIEW\', \'ACCEPTED\')',
    );
    // proposal_event shares the proposal_status type created above.
    await queryRunner.query(
      'CREATE TABLE "proposal_event" ("id" BIGSERIAL NOT NULL, "proposal_id" uuid NOT NULL, "status" "public"."proposal_status" NOT NULL, "by_user_id" uuid, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94a50cee1e3295658e4a2b85092" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_10da05b04196a2ba1c0d1ef84e" ON "proposal_event"  ("proposal_id", "at") ');
    await queryRunner.query("CREATE TYPE \"public\".\"programme_kind\" AS ENUM('IGU', 'INTERNSHIP', 'WAGE_SUBSIDY')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_status\" AS ENUM('DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'COMPLETED', 'TERMINATED')",
    );
    await queryRunner.query(
      'CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "kind" "public"."programme_kind" NOT NULL, "status" "public"."programme_status" NOT NULL DEFAULT \'DRAFT\', "proposal_id" uuid NOT NULL, "position_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "company_id" uuid NOT NULL, "union_id" uuid, "start_date" date NOT NULL, "end_date" date, "weekly_work_hours" double precision NOT NULL, "hourly_wage_dkk" numeric(9,2), "collective_agreement" text, "school_periods" jsonb NOT NULL DEFAULT \'[]\', "employee_representative_statement" text, "no_ordinary_employment_last3_months" boolean NOT NULL DEFAULT false, "terminated_on" date, "termination_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "programme_end_after_start" CHECK (end_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_80c33865c77179e309b58c3b5d" ON "programme"  ("position_id") ');
    await queryRunner.query('CREATE INDEX "IDX_8831dea697b8440ab9ec5eb7a7" ON "programme"  ("candidate_id") ');
    await queryRunner.query('CREATE INDEX "programme_union_status" ON "programme"  ("union_id", "status") ');
    await queryRunner.query('CREATE INDEX "programme_company_status" ON "programme"  ("company_id", "status") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "programme_one_igu_per_candidate" ON "programme"  ("candidate_id") WHERE kind = \'IGU\' AND status <> \'REJECTED\'',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "programme_one_per_proposal" ON "programme"  ("proposal_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"approval_decision\" AS ENUM('APPROVE', 'REQUEST_CHANGES', 'REJECT')");
    await queryRunner.query(
      'CREATE TABLE "programme_approval" ("id" BIGSERIAL NOT NULL, "programme_id" uuid NOT NULL, "decision" "public"."approval_decision" NOT NULL, "comment" text, "decided_by_user_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_89f92a33228e6a935da17424dec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_010c7cacece6aa60653db2f1c8" ON "programme_approval"  ("programme_id", "decided_at") ');
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_b7c166e8ea0c8e9b2d0b0b0b923" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_69aaf585e9645e4264858c12ca3" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "FK_7b882fcbe8ae1df42d6de1a1bca" FOREIGN KEY ("jobcentre_id") REFERENCES "jobcentre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_event" ADD CONSTRAINT "FK_5b3807328f9168f18ee8a7b1889" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "FK_0e5d402ba79f63234b7c2439a1d" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "FK_80c33865c77179e309b58c3b5d2" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "FK_8831dea697b8440ab9ec5eb7a7a" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "FK_f962b88bbfec271b25842d07132" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "FK_e734e8ef2f6205460c964c1a264" FOREIGN KEY ("union_id") REFERENCES "trade_union"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_approval" ADD CONSTRAINT "FK_255b49512dd8fc3ddb45aa9f76d" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_approval" ADD CONSTRAINT "FK_2d4fd092c9a36e9fbfb7bd78877" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "programme_approval" DROP CONSTRAINT "FK_2d4fd092c9a36e9fbfb7bd78877"');
    await queryRunner.query('ALTER TABLE "programme_approval" DROP CONSTRAINT "FK_255b49512dd8fc3ddb45aa9f76d"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "FK_e734e8ef2f6205460c964c1a264"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "FK_f962b88bbfec271b25842d07132"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "FK_8831dea697b8440ab9ec5eb7a7a"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "FK_80c33865c77179e309b58c3b5d2"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "FK_0e5d402ba79f63234b7c2439a1d"');
    await queryRunner.query('ALTER TABLE "proposal_event" DROP CONSTRAINT "FK_5b3807328f9168f18ee8a7b1889"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_7b882fcbe8ae1df42d6de1a1bca"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_69aaf585e9645e4264858c12ca3"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "FK_b7c166e8ea0c8e9b2d0b0b0b923"');
    await queryRunner.query('DROP INDEX "public"."IDX_010c7cacece6aa60653db2f1c8"');
    await queryRunner.query('DROP TABLE "programme_approval"');
    await queryRunner.query('DROP TYPE "public"."approval_decision"');
    await queryRunner.query('DROP INDEX "public"."programme_one_per_proposal"');
    await queryRunner.query('DROP INDEX "public"."programme_one_igu_per_candidate"');
    await queryRunner.query('DROP INDEX "public"."programme_company_status"');
    await queryRunner.query('DROP INDEX "public"."programme_union_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_8831dea697b8440ab9ec5eb7a7"');
    await queryRunner.query('DROP INDEX "public"."IDX_80c33865c77179e309b58c3b5d"');
    await queryRunner.query('DROP TABLE "programme"');
    await queryRunner.query('DROP TYPE "public"."programme_status"');
    await queryRunner.query('DROP TYPE "public"."programme_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_10da05b04196a2ba1c0d1ef84e"');
    await queryRunner.query('DROP TABLE "proposal_event"');
    await queryRunner.query('DROP INDEX "public"."proposal_one_active_per_pair"');
    await queryRunner.query('DROP INDEX "public"."proposal_position_created"');
    await queryRunner.query('DROP INDEX "public"."proposal_jobcentre_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_69aaf585e9645e4264858c12ca"');
    await queryRunner.query('DROP TABLE "proposal"');
    await queryRunner.query('DROP TYPE "public"."proposal_status"');
  }
}
