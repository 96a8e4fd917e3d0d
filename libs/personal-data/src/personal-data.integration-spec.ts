import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '@igu/access';
import { useTestDataSource } from '@igu/testing';
import { FieldCipher } from './field-cipher.js';
import { accessLogPage, accessRanking, deleteAccessLogBefore } from './services/access-log-queries.js';
import { recordPersonalDataRead, withAccessLog } from './services/personal-data-access-log.js';
import { reencryptColumn } from './services/rotate-keys.js';

describe('personal data at rest', () => {
  const db = useTestDataSource('pii-test');

  describe('access log', () => {
    it('records one row per subject read, with actor, fields and time', async () => {
      const actor = randomUUID();
      const subjects = [randomUUID(), randomUUID()];
      await recordPersonalDataRead(db.dataSource.manager, {
        actor: { userId: actor, role: Role.JOBCENTRE },
        operation: 'candidates',
        subjectType: 'candidate',
        subjectIds: subjects,
        fields: ['fullName', 'cpr'],
      });
      const rows = await db.dataSource.query(
        'SELECT subject_id, fields, accessed_at, actor_role, operation FROM personal_data_access WHERE actor_user_id = $1 ORDER BY subject_id',
        [actor],
      );
      expect(rows.map((r: { subject_id: string }) => r.subject_id)).toEqual([...subjects].sort());
      expect(rows[0].fields).toEqual(['fullName', 'cpr']);
      expect(rows[0].accessed_at).toBeInstanceOf(Date);
      expect(rows[0]).toMatchObject({ actor_role: 'JOBCENTRE', operation: 'candidates' });
    });

    it('withAccessLog: a read and its log rows are one statement, so the read answers nothing unless they are written', async () => {
      const actor = randomUUID();
      const subjects = [randomUUID(), randomUUID()];
      const read = {
        actor: { userId: actor, role: Role.EMPLOYER },
        operation: 'candidateContact',
        subjectType: 'candidate',
        subjectIds: [...subjects, subjects[0]],
        fields: ['email'],
      };
      const logged = async () =>
        (
          await db.dataSource.query('SELECT subject_id FROM personal_data_access WHERE actor_user_id = $1 ORDER BY subject_id', [actor])
        ).map((row: { subject_id: string }) => row.subject_id);
      const select = 'SELECT s AS id FROM unnest($7::uuid[]) AS s ORDER BY s';
      const rows = await db.dataSource.query(...withAccessLog(read, select, [subjects]));
      expect(rows.map((row: { id: string }) => row.id)).toEqual([...subjects].sort());
      expect(await logged()).toEqual([...subjects].sort()); // one row per distinct subject

      // The log refuses inserts (a full disk, a revoked grant): the read fails and answers nothing.
      const runner = db.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(
          `CREATE FUNCTION pg_temp.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log unavailable'; END $$`,
        );
        await runner.query(
          'CREATE TRIGGER refuse BEFORE INSERT ON personal_data_access FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.refuse()',
        );
        await expect(runner.query(...withAccessLog(read, select, [subjects]))).rejects.toThrow('log unavailable');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await logged()).toEqual([...subjects].sort());
    });

    it('pages one subject newest first with keyset cursors, and ranks readers by distinct subjects', async () => {
      const subject = randomUUID();
      const [busy, quiet] = [randomUUID(), randomUUID()];
      for (let i = 0; i < 5; i += 1) {
        await recordPersonalDataRead(db.dataSource.manager, {
          actor: { userId: busy, role: Role.JOBCENTRE },
          operation: `read-${i}`,
          subjectType: 'candidate',
          subjectIds: [subject, randomUUID()],
          fields: ['fullName'],
        });
      }
      await recordPersonalDataRead(db.dataSource.manager, {
        actor: { userId: quiet, role: Role.EMPLOYER },
        operation: 'candidateContact',
        subjectType: 'candidate',
        subjectIds: [subject],
        fields: ['fullName'],
      });
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await accessLogPage(db.dataSource, { subject: { type: 'candidate', id: subject } }, 2, after);
        expect(page.totalCount).toBe(6);
        seen.push(...page.edges.map((edge) => edge.node.operation));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(['candidateContact', 'read-4', 'read-3', 'read-2', 'read-1', 'read-0']);
      const ranking = await accessRanking(db.dataSource, 'candidate', new Date(Date.now() - 60_000), new Date(Date.now() + 60_000), 10);
      expect(ranking.filter((row) => row.userId === busy || row.userId === quiet)).toEqual([
        { userId: busy, role: 'JOBCENTRE', subjects: 6, reads: 10 },
        { userId: quiet, role: 'EMPLOYER', subjects: 1, reads: 1 },
      ]);
    });

    it('lets exactly the retention delete through: rows older than the cutoff declared in the same transaction', async () => {
      const actor = randomUUID();
      const read = (subjectIds: string[]) =>
        recordPersonalDataRead(db.dataSource.manager, {
          actor: { userId: actor, role: Role.ADMIN },
          operation: 'probe',
          subjectType: 'candidate',
          subjectIds,
          fields: ['fullName'],
        });
      await read([randomUUID(), randomUUID()]);
      const cutoff = new Date(Date.now() + 1000);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await read([randomUUID()]);
      const count = async () =>
        (await db.dataSource.query('SELECT count(*)::int AS n FROM personal_data_access WHERE actor_user_id = $1', [actor]))[0].n as number;
      // Without the declared cutoff, or for newer rows, or an UPDATE: refused as before.
      await expect(db.dataSource.query('DELETE FROM personal_data_access WHERE actor_user_id = $1', [actor])).rejects.toThrow(
        /append-only/,
      );
      await expect(
        db.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('igu.access_log_retention_cutoff', $1, true)`, [cutoff.toISOString()]);
          await manager.query('DELETE FROM personal_data_access WHERE actor_user_id = $1', [actor]);
        }),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('igu.access_log_retention_cutoff', $1, true)`, [cutoff.toISOString()]);
          await manager.query(`UPDATE personal_data_access SET fields = '{}' WHERE actor_user_id = $1`, [actor]);
        }),
      ).rejects.toThrow(/append-only/);
      expect(await count()).toBe(3);
      const deleted = await db.dataSource.transaction((manager) => deleteAccessLogBefore(manager, cutoff));
      expect(deleted).toBeGreaterThanOrEqual(2);
      expect(await count()).toBe(1);
      // The setting does not outlive the transaction.
      await expect(db.dataSource.query('DELETE FROM personal_data_access WHERE actor_user_id = $1', [actor])).rejects.toThrow(
        /append-only/,
      );
    });

    it.each([
      ['UPDATE', `UPDATE personal_data_access SET fields = '{}'`],
      ['DELETE', 'DELETE FROM personal_data_access'],
      ['TRUNCATE', 'TRUNCATE personal_data_access'],
    ])('refuses %s, even to the application role that owns the table', async (_, sql) => {
      await expect(db.dataSource.query(sql)).rejects.toThrow(/append-only/);
      expect((await db.dataSource.query('SELECT count(*)::int AS n FROM personal_data_access'))[0].n).toBeGreaterThan(0);
    });
    // That a read fails when its log row cannot be written is tested through the real candidate reads
    // (apps/api/test/personal-data.e2e-spec.ts), with the insert refused by a trigger.
  });

  describe('key rotation', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);

    it('re-encrypts every value under the active key and leaves values readable', async () => {
      await db.dataSource.query('CREATE TABLE rotation_probe (id uuid PRIMARY KEY, secret text)');
      const old = new FieldCipher({ k1 }, 'k1');
      const ids = Array.from({ length: 7 }, () => randomUUID());
      for (const [index, id] of ids.entries()) {
        await db.dataSource.query('INSERT INTO rotation_probe VALUES ($1, $2)', [id, old.encrypt(`value-${index}`, 'probe.secret')]);
      }
      await db.dataSource.query('INSERT INTO rotation_probe VALUES ($1, NULL)', [randomUUID()]);
      const rotated = new FieldCipher({ k1, k2 }, 'k2');
      const spec = { table: 'rotation_probe', column: 'secret', context: 'probe.secret' };
      expect(await reencryptColumn(db.dataSource, rotated, spec, 3)).toBe(7);
      const rows: { id: string; secret: string }[] = await db.dataSource.query(
        'SELECT id, secret FROM rotation_probe WHERE secret IS NOT NULL',
      );
      expect(rows.every((row) => row.secret.startsWith('v1:k2:'))).toBe(true);
      const onlyNewKey = new FieldCipher({ k2 }, 'k2');
      expect(rows.map((row) => onlyNewKey.decrypt(row.secret, 'probe.secret')).sort()).toEqual(ids.map((_, i) => `value-${i}`).sort());
      expect(await reencryptColumn(db.dataSource, rotated, spec)).toBe(0);
    });
  });
});
