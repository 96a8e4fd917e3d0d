import { describe, expect, it } from '@jest/globals';
import { BlindIndex } from './blind-index.js';
import { FieldCipher, FieldCipherError } from './field-cipher.js';

const k1 = Buffer.alloc(32, 1);
const k2 = Buffer.alloc(32, 2);

describe('FieldCipher', () => {
  it('round-trips and never stores the plaintext', () => {
    const cipher = new FieldCipher({ k1 }, 'k1');
    const stored = cipher.encrypt('0101901234', 'candidate.cpr');
    expect(stored).toMatch(/^v1:k1:/);
    expect(stored).not.toContain('0101901234');
    expect(cipher.decrypt(stored, 'candidate.cpr')).toBe('0101901234');
  });

  it('uses a fresh IV each time', () => {
    const cipher = new FieldCipher({ k1 }, 'k1');
    expect(cipher.encrypt('x', 'c')).not.toBe(cipher.encrypt('x', 'c'));
  });

  it('rejects tampering and a value moved to another column', () => {
    const cipher = new FieldCipher({ k1 }, 'k1');
    const stored = cipher.encrypt('secret', 'candidate.cpr');
    const parts = stored.split(':');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'), 'candidate.cpr')).toThrow(FieldCipherError);
    expect(() => cipher.decrypt(stored, 'candidate.phone')).toThrow(FieldCipherError);
  });

  it('decrypts values of an older key after rotation and flags them for re-encryption', () => {
    const old = new FieldCipher({ k1 }, 'k1').encrypt('secret', 'c');
    const rotated = new FieldCipher({ k1, k2 }, 'k2');
    expect(rotated.decrypt(old, 'c')).toBe('secret');
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('secret', 'c'))).toBe(false);
    expect(() => new FieldCipher({ k2 }, 'k2').decrypt(old, 'c')).toThrow(/unknown format or key/);
  });
});

describe('BlindIndex', () => {
  it('is deterministic per key and context', () => {
    const index = new BlindIndex(Buffer.alloc(32, 3));
    expect(index.of('0101901234', 'cpr')).toBe(index.of('0101901234', 'cpr'));
    expect(index.of('0101901234', 'cpr')).not.toBe(index.of('0101901235', 'cpr'));
    expect(new BlindIndex(Buffer.alloc(32, 4)).of('0101901234', 'cpr')).not.toBe(index.of('0101901234', 'cpr'));
  });
});
