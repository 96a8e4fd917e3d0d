export { createEmptyTestDatabase, createTestDatabase, type TestDatabase } from './test-database.js';
export { openTestDataSource, useTestDataSource, type TestDataSource, type TestDataSourceOptions } from './test-data-source.js';
export { storeProfiles, TEST_SECRETS, TEST_TODAY, testConfig, type StoreProfile } from './test-config.js';
export { GraphqlClient, type GraphqlResponse } from './graphql-client.js';
export { LOGIN_MUTATION, TEST_PASSWORD, login, referenceIds, signInAllRoles, type SignedIn } from './accounts.js';
export { parsePrometheus, sampleValue, type PrometheusSample } from './prometheus.js';
