import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Development-only secrets, generated once and kept beside the dev database
 * (git-ignored) so tokens and encrypted rows stay valid across restarts.
 */
export function devSecrets(file: string): Record<string, string> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const secrets = {
    JWT_SECRET: randomBytes(48).toString('base64'),
    PII_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
    PII_ACTIVE_KEY_ID: 'dev1',
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
