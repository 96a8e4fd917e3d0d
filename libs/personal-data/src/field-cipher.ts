import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v1';

export class FieldCipherError extends Error {}

/**
 * AES-256-GCM for personal data at rest. A value is stored as
 * `v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts), so keys can rotate:
 * new values use the active key, old ones decrypt with the key they name.
 * `context` is authenticated (AAD): a value copied to another column fails to decrypt.
 */
export class FieldCipher {
  private readonly activeKey: KeyObject;
  /** Key objects made once: made from raw bytes, a key is prepared again for every value (a page decrypts hundreds). */
  private readonly keys = new Map<string, KeyObject>();

  constructor(
    keys: Readonly<Partial<Record<string, Buffer>>>,
    readonly activeKeyId: string,
  ) {
    for (const [id, key] of Object.entries(keys)) if (key) this.keys.set(id, createSecretKey(key));
    const activeKey = this.keys.get(activeKeyId);
    if (!activeKey) throw new FieldCipherError(`Active key ${activeKeyId} is not in the key ring`);
    this.activeKey = activeKey;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.activeKey, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.activeKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join(':');
  }

  decrypt(stored: string, context: string): string {
    const [format, keyId, iv, tag, ciphertext] = stored.split(':') as (string | undefined)[];
    const key = keyId ? this.keys.get(keyId) : undefined;
    if (format !== FORMAT || !key || !iv || !tag || ciphertext === undefined) {
      throw new FieldCipherError('Encrypted value has an unknown format or key');
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('Encrypted value failed authentication');
    }
  }

  keyIdOf(stored: string): string | undefined {
    return stored.split(':')[1];
  }

  needsRotation(stored: string): boolean {
    return this.keyIdOf(stored) !== this.activeKeyId;
  }
}
