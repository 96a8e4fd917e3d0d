import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { useTestDataSource } from '@igu/testing';
import { FieldCipher } from './field-cipher.js';
import { recordPersonalDataRead } from './services/personal-data-access-log.js';
import { reencryptColumn } from './services/rotate-keys.js';

describe('personal data at rest', () => {
  const db = useTestDataSource('pii-test');

  describe('access log', () => {
    it('records one row per subject read, with actor, fields and time', async () => {
      const actor = randomUUID();
      const subjects = [randomUUID(), randomUUID()];
      await recordPersonalDataRead(db.dataSource.manager, {
        actorUserId: actor,
        subjectType: 'candidate',
        subjectIds: subjects,
        fields: ['fullName', 'cpr'],
      });
      const rows = await db.dataSource.query(
        'SELECT subject_id, fields, accessed_at FROM personal_data_access WHERE actor_user_id = $1 ORDER BY subject_id',
        [actor],
      );
      expect(rows.map((r: { subject_id: string }) => r.subject_id)).toEqual([...subjects].sort());
      expect(rows[0].fields).toEqual(['fullName', 'cpr']);
      expect(rows[0].accessed_at).toBeInstanceOf(Date);
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
