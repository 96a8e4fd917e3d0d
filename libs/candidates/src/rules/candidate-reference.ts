import { randomInt } from 'node:crypto';

/** No 0/O or 1/I: references are read aloud on the phone and copied by hand. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 6;

export const CANDIDATE_REFERENCE_PATTERN = /^C-[A-Z0-9]{6}$/;

/**
 * A stable pseudonym such as C-7F3A9K: random (32^6 ≈ 10^9 values), so it
 * says nothing about the person. A collision is caught by the unique index
 * and the insert retried with a new one.
 */
export function generateCandidateReference(nextIndex: (max: number) => number = randomInt): string {
  let reference = 'C-';
  for (let i = 0; i < LENGTH; i += 1) reference += ALPHABET[nextIndex(ALPHABET.length)];
  return reference;
}
