import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@igu/config';
import { createTestDatabase, GraphqlClient, testConfig, type TestDatabase } from '@igu/testing';
import { DataSource } from 'typeorm';
import { type ApiAppOptions, createApiApp } from '../../src/create-api-app.js';

export interface TestApi {
  app: INestApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  baseUrl: string;
  client: GraphqlClient;
  close(): Promise<void>;
}

/** The real API on a random port, over its own fresh database. */
export async function startTestApi(overrides: Record<string, string> = {}, options: ApiAppOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, overrides);
  const app = await createApiApp(config, options);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    config,
    database,
    dataSource: app.get(DataSource),
    baseUrl,
    client: new GraphqlClient(baseUrl),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
