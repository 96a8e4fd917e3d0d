import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateIguStarted1796422459681 implements MigrationInterface {
  name = 'CandidateIguStarted1796422459681';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "candidate" ADD "igu_started_on" date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "candidate" DROP COLUMN "igu_started_on"');
  }
}
