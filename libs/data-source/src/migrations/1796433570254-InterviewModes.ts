import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Interviews by phone or video: mode and location on the proposal and on each scheduling in its history. */
export class InterviewModes1796433570254 implements MigrationInterface {
  name = 'InterviewModes1796433570254';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal" ADD "interview_mode" text');
    await queryRunner.query('ALTER TABLE "proposal" ADD "interview_location" text');
    // Interviews scheduled before modes existed were in person.
    await queryRunner.query(`UPDATE "proposal" SET "interview_mode" = 'IN_PERSON' WHERE "interview_at" IS NOT NULL`);
    await queryRunner.query('ALTER TABLE "proposal_event" ADD "interview_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "proposal_event" ADD "interview_mode" text');
    await queryRunner.query('ALTER TABLE "proposal_event" ADD "interview_location" text');
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_interview_mode_valid" CHECK (interview_mode IN ('IN_PERSON', 'PHONE', 'VIDEO'))`,
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_interview_mode_with_time" CHECK ((interview_mode IS NULL) = (interview_at IS NULL))',
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_interview_video_link" CHECK (interview_mode <> 'VIDEO' OR interview_location LIKE 'https://%')`,
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_interview_location_length" CHECK (char_length(interview_location) <= 500)',
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_interview_mode_valid" CHECK (interview_mode IN ('IN_PERSON', 'PHONE', 'VIDEO'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal_event" DROP CONSTRAINT "proposal_event_interview_mode_valid"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_interview_location_length"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_interview_video_link"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_interview_mode_with_time"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_interview_mode_valid"');
    await queryRunner.query('ALTER TABLE "proposal_event" DROP COLUMN "interview_location"');
    await queryRunner.query('ALTER TABLE "proposal_event" DROP COLUMN "interview_mode"');
    await queryRunner.query('ALTER TABLE "proposal_event" DROP COLUMN "interview_at"');
    await queryRunner.query('ALTER TABLE "proposal" DROP COLUMN "interview_location"');
    await queryRunner.query('ALTER TABLE "proposal" DROP COLUMN "interview_mode"');
  }
}
