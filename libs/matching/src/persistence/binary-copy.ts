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
 * tables of uuids (`uuidWords`), scores as points: a quarter of a million
 * lists of 50 are 25 million fields, so each is written with DataView's
 * inlined stores, never a Buffer method call or a string.
 */
export function* encodeListRows(rows: Iterable<ListRow>, ownerUuids: Uint32Array, otherUuids: Uint32Array): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let view = viewOf(chunk);
  let at = 0;
  for (const { owner, others, points } of rows) {
    const count = others.length;
    const size = tupleBytes(count);
    if (at + size > chunk.length) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, size));
      view = viewOf(chunk);
      at = 0;
    }
    view.setInt16(at, 3);
    at = writeUuid(view, at + 2, ownerUuids, owner);
    at = writeArrayHeader(view, at, count * 20, UUID_OID, count);
    for (let i = 0; i < count; i++) at = writeUuid(view, at, otherUuids, others[i]);
    at = writeArrayHeader(view, at, count * 12, FLOAT8_OID, count);
    for (let i = 0; i < count; i++) {
      view.setInt32(at, 8);
      view.setFloat64(at + 4, SCORES[points[i]]);
      at += 12;
    }
  }
  if (at > 0) yield chunk.subarray(0, at);
}

/** Every score by its points: the float8 a list stores. */
const SCORES = Float64Array.from({ length: 10_001 }, (_, points) => pointsToScore(points));

function viewOf(chunk: Buffer): DataView {
  return new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** A uuid field: its length word, then its four big-endian words. */
function writeUuid(view: DataView, at: number, uuids: Uint32Array, ordinal: number): number {
  const from = ordinal * 4;
  view.setInt32(at, 16);
  view.setUint32(at + 4, uuids[from]);
  view.setUint32(at + 8, uuids[from + 1]);
  view.setUint32(at + 12, uuids[from + 2]);
  view.setUint32(at + 16, uuids[from + 3]);
  return at + 20;
}

function writeArrayHeader(view: DataView, at: number, elementBytes: number, oid: number, count: number): number {
  view.setInt32(at, 20 + elementBytes);
  view.setInt32(at + 4, 1); // one dimension
  view.setInt32(at + 8, 0); // no nulls
  view.setInt32(at + 12, oid);
  view.setInt32(at + 16, count);
  view.setInt32(at + 20, 1); // lower bound
  return at + 24;
}

/** Ids (uuid strings) as four 32-bit words each, by ordinal. */
export function uuidWords(ids: readonly string[]): Uint32Array {
  const words = new Uint32Array(ids.length * 4);
  ids.forEach((id, ordinal) => {
    const hex = id.replaceAll('-', '');
    for (let word = 0; word < 4; word++) words[ordinal * 4 + word] = Number.parseInt(hex.slice(word * 8, word * 8 + 8), 16);
  });
  return words;
}
