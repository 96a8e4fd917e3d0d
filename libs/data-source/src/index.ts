export { ALL_ENTITIES } from './entities.js';
export { ALL_MIGRATIONS } from './migrations/index.js';
export { appDataSourceOptions, createAppDataSource } from './create-data-source.js';
export { setupDatabase } from './setup-database.js';
export { ENCRYPTED_COLUMNS } from './encrypted-columns.js';
