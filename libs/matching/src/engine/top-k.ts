// Bounded top-k lists as min-heaps of one double per entry.
// Erasable TypeScript only: worker threads load this file directly.
//
// A key packs the score (in ten-thousandths, ≤ 10,000) and the tie-break rank
// of the other side into one exactly representable double:
//   key = points · 2²⁴ + (2²⁴ − 1 − rank)
// so "greater key" means "better": higher score, then smaller id. One number
// compare per heap step instead of a score and an id compare.

export const RANK_SPACE = 16_777_216;

export function rankKey(points: number, rank: number): number {
  return points * RANK_SPACE + (RANK_SPACE - 1 - rank);
}

export function keyPoints(key: number): number {
  return Math.floor(key / RANK_SPACE);
}

export function keyRank(key: number): number {
  return RANK_SPACE - 1 - (key - keyPoints(key) * RANK_SPACE);
}

/**
 * k best keys per row: row r occupies keys[r·k, r·k + counts[r]). `floors[r]`
 * is the key a newcomer must beat (the heap's root once full): a small dense
 * array, so most rejections never touch the large `keys` array.
 */
export interface HeapSet {
  keys: Float64Array;
  counts: Int32Array;
  floors: Float64Array;
}

export function heapSet(rows: number, k: number, shared = false): HeapSet {
  const floors = typedArray(Float64Array, rows, shared);
  floors.fill(-1);
  return { keys: typedArray(Float64Array, rows * k, shared), counts: typedArray(Int32Array, rows, shared), floors };
}

function typedArray<T>(Type: { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, length: number, shared: boolean): T {
  const bytes = length * Type.BYTES_PER_ELEMENT;
  return new Type(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

export function offerTopK(heaps: HeapSet, row: number, k: number, key: number): void {
  if (key <= heaps.floors[row]) return;
  const { keys, counts } = heaps;
  const base = row * k;
  const size = counts[row];
  if (size < k) {
    counts[row] = size + 1;
    siftUp(keys, base, size, key);
    if (size + 1 === k) heaps.floors[row] = keys[base];
  } else {
    siftDown(keys, base, size, key);
    heaps.floors[row] = keys[base];
  }
}

function siftUp(keys: Float64Array, base: number, at: number, key: number): void {
  let child = at;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    const parentKey = keys[base + parent];
    if (parentKey <= key) break;
    keys[base + child] = parentKey;
    child = parent;
  }
  keys[base + child] = key;
}

/** Replaces the root (the worst entry) with key. */
function siftDown(keys: Float64Array, base: number, size: number, key: number): void {
  let parent = 0;
  for (;;) {
    let child = 2 * parent + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[base + child + 1] < keys[base + child]) child++;
    const childKey = keys[base + child];
    if (childKey >= key) break;
    keys[base + parent] = childKey;
    parent = child;
  }
  keys[base + parent] = key;
}

/** The first `rows` rows of a heap set, emptied: one set reused range after range. */
export function emptiedRows(heaps: HeapSet, rows: number, k: number): HeapSet {
  const head = { keys: heaps.keys.subarray(0, rows * k), counts: heaps.counts.subarray(0, rows), floors: heaps.floors.subarray(0, rows) };
  head.counts.fill(0);
  head.floors.fill(-1);
  return head;
}

/** Turns heap rows [fromRow, toRow) into best-first lists. */
export function sortRowsBestFirst(heaps: HeapSet, k: number, fromRow = 0, toRow = heaps.counts.length): void {
  for (let row = fromRow; row < toRow; row++) {
    const size = heaps.counts[row];
    if (size > 1)
      heaps.keys
        .subarray(row * k, row * k + size)
        .sort()
        .reverse();
  }
}
