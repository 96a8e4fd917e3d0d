import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so both failures cost the same time. */
  private readonly decoy: Promise<string> = argon2.hash('decoy-password-never-matches', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return (await argon2.verify(hash ?? (await this.decoy), password)) && hash !== null;
    } catch {
      return false;
    }
  }
}
