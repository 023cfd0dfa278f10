// Limits that protect the machine from a list that is too big to be a list: each one stops the
// run with exit 2 and a one-line message naming the file (and line and column where there is
// one), instead of an out-of-memory crash or a run that never ends. The defaults are far above
// any real exchange list; each can be raised on the command line (README, "Limits").

export interface ReadLimits {
  /** Largest input file, in bytes (`--max-file-bytes`). */
  maxFileBytes: number;
  /** Largest cell, in UTF-8 bytes (`--max-cell-bytes`). */
  maxCellBytes: number;
  /** Largest row: the bytes of its cells (`--max-row-bytes`). */
  maxRowBytes: number;
  /** Most columns in a row, the header included (`--max-columns`). */
  maxColumns: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: ReadLimits = {
  // The whole text is held as one string, and V8 refuses strings over 2^29 - 24 characters
  // (512 MiB of ASCII); with the records built from it, 256 MiB is what fits in a default heap.
  maxFileBytes: 256 * MiB,
  maxCellBytes: 1 * MiB,
  maxRowBytes: 8 * MiB,
  maxColumns: 1_000,
};

/** The option that raises each limit, named in its message. */
export const LIMIT_OPTIONS: Record<keyof ReadLimits, string> = {
  maxFileBytes: '--max-file-bytes',
  maxCellBytes: '--max-cell-bytes',
  maxRowBytes: '--max-row-bytes',
  maxColumns: '--max-columns',
};

/** `1048576`, `1024KiB`, `1MiB`, `2G`: a size in bytes (K, M, G are powers of 1024). */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = { k: KiB, m: MiB, g: GiB }[match[2]?.toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  const bytes = Number(match[1]) * unit;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** `1 MiB`, `1.5 KiB`, `512 bytes`: a size as a message shows it. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', GiB], ['MiB', MiB], ['KiB', KiB]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The tail of a limit's message: what it is and how to raise it. */
export function limitHint(limit: keyof ReadLimits, value: number): string {
  const shown = limit === 'maxColumns' ? String(value) : formatBytes(value);
  return `the limit is ${shown}; ${LIMIT_OPTIONS[limit]} raises it`;
}

/** The messages of the cell, row and column limits, the same for CSV and workbooks. */
export const overLimit = {
  cell: (bytes: number, limits: ReadLimits) => `this cell is ${bytes} bytes (${limitHint('maxCellBytes', limits.maxCellBytes)})`,
  row: (limits: ReadLimits) => `this row is larger than the limit of its cells' bytes (${limitHint('maxRowBytes', limits.maxRowBytes)})`,
  columns: (count: number, limits: ReadLimits) => `this row has ${count} columns (${limitHint('maxColumns', limits.maxColumns)})`,
};
