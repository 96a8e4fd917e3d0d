import { z } from 'zod';
import { type AppConfig, configSchema } from './config.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment once; throws a readable ConfigError otherwise. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Treat empty strings as unset so `FOO=` in an env file falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map(describeIssue));
  }
  return Object.freeze(result.data);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(root)';
  return issue.code === 'invalid_type' && issue.input === undefined ? `${name} is required but not set` : `${name}: ${issue.message}`;
}

/** For process entry points: load the config or print why not and exit. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
