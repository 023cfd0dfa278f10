// Reads the knowledge files under data/ (aliases, default agreement, name tables).
// They are part of the program, so a missing or broken one is a bug, not a user error.
import { readFileSync } from 'node:fs';

/** The repo's data/ folder: src/data.ts and dist/data.js both sit one level below the root. */
const DATA_DIR = new URL('../data/', import.meta.url);

export function readDataText(relativePath: string): string {
  return readFileSync(new URL(relativePath, DATA_DIR), 'utf8');
}

export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataText(relativePath));
}
