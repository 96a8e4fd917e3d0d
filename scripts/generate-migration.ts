/**
 * `npm run migration:generate -- <Name>`: diffs the entities against a scratch
 * embedded PostgreSQL with every existing migration applied, and writes the
 * difference as a new migration in libs/data-source/src/migrations/.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppDataSource } from '@igu/data-source';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../tools/embedded-postgres.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}
const dataDir = mkdtempSync(join(tmpdir(), 'igu-migration-'));
chmodSync(dataDir, 0o755); // the `postgres` user must reach its data directory when we run as root
const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: await freePort(), persistent: false, fast: true });
try {
  await ensureDatabase(server.adminUrl, 'igu');
  const dataSource = createAppDataSource({ DATABASE_URL: server.urlFor('igu'), DATABASE_POOL_SIZE: 2 }, 'igu-generate');
  await dataSource.initialize();
  await dataSource.runMigrations();
  const log = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (log.upQueries.length === 0) {
    console.log('No changes: entities and migrations agree.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const sql = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (q) =>
            `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const file = join('libs/data-source/src/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql([...log.downQueries].reverse())}
  }
}
`,
    );
    console.log(`Wrote ${file}; add ${className} to libs/data-source/src/migrations/index.ts and review it.`);
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
