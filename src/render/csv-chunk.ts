// A chunk of CSV cells as it crosses to the CSV worker (csv-off-thread.ts → csv-worker.ts): each
// row's cells joined into one text, their lengths in a typed array beside. Structured clone pays
// for every string it copies, and a ledger row is sixteen of them: at a million a side, posting
// the rows as arrays of cells took this thread 2.4 s, and packing them first then posting took
// 1.3 s. The worker cuts each row back into the same cells, to the code unit.

export interface PackedChunk {
  /** Each row's cells, joined with nothing between them. */
  texts: string[];
  /** For each row, how many cells it has, then each cell's length in UTF-16 code units. */
  lengths: Int32Array<ArrayBuffer>;
}

export function packChunk(rows: ReadonlyArray<readonly string[]>): PackedChunk {
  let size = rows.length;
  for (const row of rows) size += row.length;
  const lengths = new Int32Array(size);
  const texts = new Array<string>(rows.length);
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    lengths[at++] = row.length;
    for (let c = 0; c < row.length; c++) lengths[at++] = row[c]!.length;
    texts[r] = row.join('');
  }
  return { texts, lengths };
}

export function unpackChunk({ texts, lengths }: PackedChunk): string[][] {
  const rows = new Array<string[]>(texts.length);
  let at = 0;
  for (let r = 0; r < texts.length; r++) {
    const text = texts[r]!;
    const cells = new Array<string>(lengths[at++]!);
    let from = 0;
    for (let c = 0; c < cells.length; c++) {
      const to = from + lengths[at++]!;
      cells[c] = text.slice(from, to);
      from = to;
    }
    rows[r] = cells;
  }
  return rows;
}
