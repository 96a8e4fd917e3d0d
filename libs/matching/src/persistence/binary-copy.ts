// COPY … FROM STDIN (FORMAT binary) rows of (uuid, uuid[], float8[]): the one
// row shape a full matching run writes, 60,000 rows of arrays at national
// size. Binary spares PostgreSQL parsing millions of uuids and floats as text
// (pg-copy-streams-binary has no uuid type). Layout: PostgreSQL docs, "COPY",
// binary format; array_send in src/backend/utils/adt/arrayfuncs.c.
import type { MatchList } from '../state/match-list.js';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const UUID_OID = 2950;
const FLOAT8_OID = 701;
const CHUNK_BYTES = 1 << 20;

/** The stream's header: signature, flags, header extension length. */
export function copyHeader(): Buffer {
  const header = Buffer.alloc(SIGNATURE.length + 8);
  SIGNATURE.copy(header);
  return header;
}

export function copyTrailer(): Buffer {
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  return trailer;
}

/** Bytes of one (owner, ids[], scores[]) tuple. */
function tupleBytes(count: number): number {
  const arrayHeader = 4 + 20; // length word + ndim, hasnull, element oid, dimension, lower bound
  return 2 + (4 + 16) + arrayHeader + count * 20 + arrayHeader + count * 12;
}

/**
 * Encodes lists into ~1 MB chunks of tuples. `uuidBytes` turns an id into its
 * 16 bytes (callers cache them: every id occurs in many lists).
 */
export function* encodeListTuples(lists: Iterable<[string, MatchList]>, uuidBytes: (id: string) => Buffer): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (const [owner, list] of lists) {
    const count = list.ids.length;
    const size = tupleBytes(count);
    if (at + size > chunk.length) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, size));
      at = 0;
    }
    at = chunk.writeInt16BE(3, at);
    at = chunk.writeInt32BE(16, at);
    at += uuidBytes(owner).copy(chunk, at);
    at = writeArrayHeader(chunk, at, count * 20, UUID_OID, count);
    for (const id of list.ids) {
      at = chunk.writeInt32BE(16, at);
      at += uuidBytes(id).copy(chunk, at);
    }
    at = writeArrayHeader(chunk, at, count * 12, FLOAT8_OID, count);
    for (const score of list.scores) {
      at = chunk.writeInt32BE(8, at);
      at = chunk.writeDoubleBE(score, at);
    }
  }
  if (at > 0) yield chunk.subarray(0, at);
}

function writeArrayHeader(chunk: Buffer, at: number, elementBytes: number, oid: number, count: number): number {
  at = chunk.writeInt32BE(20 + elementBytes, at);
  at = chunk.writeInt32BE(1, at); // one dimension
  at = chunk.writeInt32BE(0, at); // no nulls
  at = chunk.writeInt32BE(oid, at);
  at = chunk.writeInt32BE(count, at);
  return chunk.writeInt32BE(1, at); // lower bound
}

/** A cache of ids as bytes. */
export function uuidByteCache(): (id: string) => Buffer {
  const cache = new Map<string, Buffer>();
  return (id) => {
    let bytes = cache.get(id);
    if (!bytes) cache.set(id, (bytes = Buffer.from(id.replaceAll('-', ''), 'hex')));
    return bytes;
  };
}
