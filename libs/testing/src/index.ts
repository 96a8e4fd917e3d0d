export { createEmptyTestDatabase, createTestDatabase, type TestDatabase } from './test-database.js';
export { TEST_SECRETS, testConfig } from './test-config.js';
export { GraphqlClient, type GraphqlResponse } from './graphql-client.js';
export { startTestApi, type TestApi } from './test-api.js';
