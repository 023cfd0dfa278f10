// The hostile corpus: how each file is made (the big and the binary ones at run time, the rest
// from tests/hostile/files/), and what a run of the built command over it must show.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { BIN, ROOT, type Run } from '../cli/run.js';
import { encodeWindows1251 } from '../io/windows-1251.js';

export const FILES = new URL('./files/', import.meta.url).pathname;

/** The built command as a child process, as tests/cli/run.ts runs it, but without blocking: the corpus runs several at once. */
export function exchangeAsync(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

export const fileText = (name: string): string => readFileSync(join(FILES, name), 'utf8');

/** A deterministic stream of bytes (a linear congruential generator): binary garbage. */
export function randomBytes(length: number, seed = 12): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The head of a PNG image (signature, IHDR, an IDAT of deflated garbage). */
export const png = (): Buffer =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'), randomBytes(600, 3)]);

/** A ZIP archive that is not a workbook (an .ods or any other archive). */
export const zip = (): Buffer => Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.from('content.xml'), randomBytes(300, 5)]);

/** The SPEC's encodings of one text. */
export const ENCODINGS: Record<string, (text: string) => Buffer> = {
  'utf-8': (text) => Buffer.from(text),
  'utf-8 with BOM': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  'utf-16le with BOM': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16be with BOM': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  'windows-1251': (text) => Buffer.from(encodeWindows1251(text)),
};

export const DELIMITERS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** A CSV of `rows` copies of one person, a header first. */
export function copies(rows: number): string {
  const row = 'Іваненко,Петро,Іванович,01.01.1990,АВ 123456\n';
  return `прізвище,ім'я,по батькові,дата народження,особистий номер\n${row.repeat(rows)}`;
}

/** Physical lines of the data rows of a CSV without line breaks in cells: every line after the header that is not blank. */
export function dataLines(text: string): number[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ line: i + 1, blank: line.trim() === '' }))
    .filter((l) => l.line > 1 && !l.blank)
    .map((l) => l.line);
}

export type Table = Array<Record<string, string>>;

export function readCsv(path: string): Table {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, relax_column_count: true }) as Table;
}

/** What every run must show, whatever its outcome: no stack trace, no internal error. */
export function expectNoCrash(run: Run): void {
  expect(run.status === 0 || run.status === 1 || run.status === 2, `status ${run.status}: ${run.stderr}`).toBe(true);
  expect(run.stderr).not.toMatch(/^\s{4}at /m);
  expect(run.stderr).not.toMatch(/internal error/);
}

/** Exit 2 with one line on stderr naming the file, and the line and column where given. */
export function expectRefused(run: Run, file: string, where: { line?: number; column?: number } = {}, detail?: RegExp): string {
  expectNoCrash(run);
  expect(run.status, run.stderr).toBe(2);
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines, run.stderr).toHaveLength(1);
  const place = [file, where.line, where.column].filter((p) => p !== undefined).join(':');
  expect(lines[0]).toContain(`exchange: ${place}: `);
  if (detail) expect(lines[0]).toMatch(detail);
  return lines[0]!;
}

/** Processed (exit 0 or 1), and every data row of both sides is in ledger.csv exactly once. */
export function expectAccounted(run: Run, out: string, lines: { a: number[]; b: number[] }): Table {
  expectNoCrash(run);
  expect(run.status, run.stderr).not.toBe(2);
  const ledger = readCsv(join(out, 'ledger.csv'));
  for (const side of ['a', 'b'] as const) {
    const seen = ledger.map((row) => row[`${side}_line`]).filter((line) => line !== '' && line !== undefined).map(Number);
    expect(seen.sort((x, y) => x - y), `${side}_line`).toEqual(lines[side]);
  }
  return ledger;
}
