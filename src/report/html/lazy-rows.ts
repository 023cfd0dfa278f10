// Rows of report.html's page data made when they are written or asked for (data.ts, escape.ts).

/**
 * An array of the page data made a row at a time, when it is written (escape.ts
 * scriptJsonPieces) or a row is asked for: the findings and records of a million people are
 * never held whole as rows, only the run they are made from.
 */
export class LazyRows<T> {
  constructor(readonly length: number, private readonly make: (i: number) => T) {}

  /** Rows `from` up to `to`, made now. */
  slice(from = 0, to = this.length): T[] {
    const rows: T[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) rows.push(this.make(i));
    return rows;
  }

  at(i: number): T | undefined {
    return i >= 0 && i < this.length ? this.make(i) : undefined;
  }
}
