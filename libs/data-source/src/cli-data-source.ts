/** Data source for the TypeORM CLI (`npm run migration:generate`). */
import { createAppDataSource } from './create-data-source.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required for the TypeORM CLI');

export default createAppDataSource({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2 }, 'igu-cli');
