// COPY … FROM STDIN (FORMAT binary) rows of (uuid, uuid[], float8[]): the one
// row shape a full matching run writes, 60,000 rows of arrays at national
// size. Binary spares PostgreSQL parsing millions of uuids and floats as text
// (pg-copy-streams-binary has no uuid type). Layout: PostgreSQL docs, "COPY",
// binary format; array_send in src/backend/utils/adt/arrayfuncs.c.

import type { ListRow } from '../state/match-list.js';
import { pointsToScore } from '../scoring/score-components.js';

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
 * Encodes list rows into ~1 MB chunks of tuples. Ids come as ordinals into
 * tables of 16-byte uuids (`uuidTable`), so no string is touched per entry.
 */
export function* encodeListRows(rows: Iterable<ListRow>, ownerUuids: Buffer, otherUuids: Buffer): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (const { owner, others, points } of rows) {
    const count = others.length;
    const size = tupleBytes(count);
    if (at + size > chunk.length) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, size));
      at = 0;
    }
    at = chunk.writeInt16BE(3, at);
    at = chunk.writeInt32BE(16, at);
    at += ownerUuids.copy(chunk, at, owner * 16, owner * 16 + 16);
    at = writeArrayHeader(chunk, at, count * 20, UUID_OID, count);
    for (let i = 0; i < count; i++) {
      at = chunk.writeInt32BE(16, at);
      at += otherUuids.copy(chunk, at, others[i] * 16, others[i] * 16 + 16);
    }
    at = writeArrayHeader(chunk, at, count * 12, FLOAT8_OID, count);
    for (let i = 0; i < count; i++) {
      at = chunk.writeInt32BE(8, at);
      at = chunk.writeDoubleBE(pointsToScore(points[i]), at);
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

/** Ids (uuid strings) as 16 bytes each, by ordinal. */
export function uuidTable(ids: readonly string[]): Buffer {
  const table = Buffer.allocUnsafe(ids.length * 16);
  ids.forEach((id, ordinal) => table.write(id.replaceAll('-', ''), ordinal * 16, 16, 'hex'));
  return table;
}
