import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (docs/domain.md §10): one row per recipient and event/reminder key, and per-kind e-mail preferences. The kind enum is shared by both tables (created once). */
export class Notifications1796433948788 implements MigrationInterface {
  name = 'Notifications1796433948788';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('PROPOSAL_RECEIVED', 'PROPOSAL_STATUS_CHANGED', 'NEW_MATCHES', 'PROGRAMME_APPROVAL_REQUESTED', 'PROGRAMME_DECIDED', 'FIRST_OFFER_DEADLINE_APPROACHING', 'FIRST_OFFER_OVERDUE', 'REGISTRATION_DEADLINE_APPROACHING', 'BONUS_MILESTONE_DUE', 'HANDOVER_IMPORT_FINISHED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_subject\" AS ENUM('PROPOSAL', 'PROGRAMME', 'POSITION', 'CANDIDATE', 'HANDOVER_IMPORT')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "dedupe_key" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "title_en" text NOT NULL, "body_en" text NOT NULL, "subject_type" "public"."notification_subject", "subject_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "email_attempts" integer NOT NULL DEFAULT \'0\', "email_sent_at" TIMESTAMP WITH TIME ZONE, "email_skipped" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "notification_recipient_unread" ON "notification"  ("recipient_id") WHERE read_at IS NULL');
    await queryRunner.query('CREATE INDEX "notification_recipient_newest" ON "notification"  ("recipient_id", "created_at", "id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "notification_recipient_dedupe" ON "notification"  ("recipient_id", "dedupe_key") ');
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "email" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "public"."notification_recipient_dedupe"');
    await queryRunner.query('DROP INDEX "public"."notification_recipient_newest"');
    await queryRunner.query('DROP INDEX "public"."notification_recipient_unread"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TYPE "public"."notification_subject"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
  }
}
