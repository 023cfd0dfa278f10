// Reads the knowledge files under data/ (aliases, default agreement, name tables), and resolves
// the repo's other files (the benches' sets) from the one root.
// They are part of the program, so a missing or broken one is a bug, not a user error.
import { readFileSync } from 'node:fs';

/** The repo's root: src/data.ts and dist/data.js both sit one level below it. */
const REPO_ROOT = new URL('../', import.meta.url);

/** A file or folder of the repo by its path from the root (a folder's path ends in '/'). */
export function repoPath(relativePath: string): URL {
  return new URL(relativePath, REPO_ROOT);
}

const DATA_DIR = repoPath('data/');

export function readDataText(relativePath: string): string {
  return readFileSync(new URL(relativePath, DATA_DIR), 'utf8');
}

export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataText(relativePath));
}

/**
 * Rows of a tab-separated knowledge file with a header line, as objects holding the named
 * columns. Blank lines are skipped; a missing trailing cell reads as ''. A required column absent
 * from the header is a broken data file, so it throws at load time rather than matching wrongly.
 */
export function readDataTsv<K extends string>(relativePath: string, columns: readonly K[]): Record<K, string>[] {
  return readRepoTsv(`data/${relativePath}`, columns);
}

/** Rows of a tab-separated file anywhere in the repo (bench sets too), read as readDataTsv reads. */
export function readRepoTsv<K extends string>(relativePath: string, columns: readonly K[]): Record<K, string>[] {
  const lines = readFileSync(repoPath(relativePath), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t');
  const indexes = columns.map((column) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${relativePath}: no column "${column}"`);
    return index;
  });
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row = {} as Record<K, string>;
    columns.forEach((column, i) => {
      row[column] = cells[indexes[i] ?? -1] ?? '';
    });
    return row;
  });
}
