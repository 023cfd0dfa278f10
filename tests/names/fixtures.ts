// Hand-written cases for the name layer, kept as TSV beside the tests: each row states what a
// person who knows the writing systems expects, never what the code happened to return.
import { readFileSync } from 'node:fs';

/** Rows of tests/names/fixtures/<file> as objects keyed by the header. */
export function readFixture(file: string): Record<string, string>[] {
  const lines = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const header = (lines[0] ?? '').split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((column, i) => [column, cells[i] ?? '']));
  });
}

/** The value of a column; a missing column is a broken fixture, so it fails loudly. */
export function cell(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`fixture has no column "${column}"`);
  return value;
}
