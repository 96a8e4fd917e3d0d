import { createHmac } from 'node:crypto';

/**
 * Keyed HMAC-SHA256 of a normalised value: equal inputs give equal indexes, so
 * a unique index finds duplicates without decrypting; without the key the
 * index cannot be reversed by trying all ~3.65 million CPR birth-date prefixes.
 */
export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  of(normalisedValue: string, context: string): string {
    return createHmac('sha256', this.key).update(`${context}\u0000${normalisedValue}`, 'utf8').digest('base64url');
  }
}
