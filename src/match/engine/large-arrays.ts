// The engine's large typed arrays, made over a SharedArrayBuffer. V8 counts an ArrayBuffer's
// memory as the heap's external memory and answers each 64 MB more of it since the last full
// collection by starting another: at a million a side, the arrays of the first passes, the
// blockings, the estimating and the linking set off eight full collections of a heap of 1.2 to
// 1.5 GB, each a third to two thirds of a second of this thread. A SharedArrayBuffer's memory is
// not counted so (twenty arrays of 100 MB beside a heap of two million objects: one full
// collection rather than five). The arrays are used on this thread alone, as any typed array;
// their memory goes back when they are collected, as an ArrayBuffer's does, and the collections
// between phases (src/memory.ts) still find them. A small array is made as usual.
//
// Not for an array posted to another thread in a transfer list (a SharedArrayBuffer cannot be
// moved): the score worker's answers and the reading worker's columns stay ordinary.

/** Bytes from which an array is made over a SharedArrayBuffer. */
export const LARGE_BYTES = 1 << 16;

const shared = (bytes: number): ArrayBufferLike | undefined => (bytes >= LARGE_BYTES ? new SharedArrayBuffer(bytes) : undefined);

export function int32s(length: number): Int32Array {
  const buffer = shared(length * 4);
  return buffer ? new Int32Array(buffer) : new Int32Array(length);
}

export function uint32s(length: number): Uint32Array {
  const buffer = shared(length * 4);
  return buffer ? new Uint32Array(buffer) : new Uint32Array(length);
}

export function uint8s(length: number): Uint8Array {
  const buffer = shared(length);
  return buffer ? new Uint8Array(buffer) : new Uint8Array(length);
}

export function float64s(length: number): Float64Array {
  const buffer = shared(length * 8);
  return buffer ? new Float64Array(buffer) : new Float64Array(length);
}
