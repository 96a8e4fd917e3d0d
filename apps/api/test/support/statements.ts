import type { TestApi } from './test-api.js';
import type { Logger } from 'typeorm';

/** Counts every statement TypeORM sends while `work` runs (the API's own DataSource). */
export async function statementsDuring(api: TestApi, work: () => Promise<unknown>): Promise<number> {
  const logger = api.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args: Parameters<Logger['logQuery']>) => {
    count += 1;
    return original(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
