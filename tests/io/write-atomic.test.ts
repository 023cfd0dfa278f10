import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFilesAtomically } from '../../src/io/write-atomic.js';
import { RunError } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'exchange-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = [
  { name: 'ledger.csv', content: 'status,score\nmatched,0.98\n' },
  { name: 'summary.json', content: '{"прізвище":"Іваненко"}\n' },
];

describe('writeFilesAtomically', () => {
  test('creates the directory, writes every file as UTF-8 without BOM, leaves no temporary files', async () => {
    const out = join(dir, 'out', 'nested');
    const written = await writeFilesAtomically(out, files, []);
    expect(written).toEqual([join(out, 'ledger.csv'), join(out, 'summary.json')]);
    expect((await readdir(out)).sort()).toEqual(['ledger.csv', 'summary.json']);
    const bytes = await readFile(join(out, 'summary.json'));
    expect(bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe(files[1]!.content);
  });

  test('replaces an existing output whole', async () => {
    await writeFile(join(dir, 'ledger.csv'), 'old content that is longer than the new one\n'.repeat(10));
    await writeFilesAtomically(dir, files.slice(0, 1), []);
    expect(await readFile(join(dir, 'ledger.csv'), 'utf8')).toBe(files[0]!.content);
  });

  test('refuses to overwrite an input, whatever the path spelling, and writes nothing', async () => {
    const input = join(dir, 'ledger.csv');
    await writeFile(input, 'surname\nІваненко\n');
    for (const spelling of [input, relative(process.cwd(), input), join(dir, '.', 'x', '..', 'ledger.csv')]) {
      await expect(writeFilesAtomically(dir, files, [spelling])).rejects.toThrow(RunError);
    }
    expect(await readdir(dir)).toEqual(['ledger.csv']);
    expect(await readFile(input, 'utf8')).toBe('surname\nІваненко\n');
  });

  test('refuses when a target is a symbolic link to an input', async () => {
    const input = join(dir, 'a.csv');
    await writeFile(input, 'surname\n');
    const out = join(dir, 'out');
    await mkdir(out);
    await symlink(input, join(out, 'ledger.csv'));
    await expect(writeFilesAtomically(out, files, [input])).rejects.toThrow(/refusing to write .*ledger\.csv.*a\.csv/);
    expect(await readdir(out)).toEqual(['ledger.csv']);
  });

  test('a failing write: a one-line RunError, no temporary files left behind', async () => {
    await mkdir(join(dir, 'summary.json'));
    const error = await writeFilesAtomically(dir, files, []).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).message).toBe(`cannot write ${join(dir, 'summary.json')}: is a directory, not a file`);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('pieces of text and of UTF-8 bytes, in any mix and of any size, are written in order, whole', async () => {
    const encoder = new TextEncoder();
    // Large pieces cross the write threshold (half a million characters) more than once.
    const big = 'Іваненко,Олександр\n'.repeat(40_000);
    const mixes: Array<Array<string | Uint8Array>> = [
      ['a', encoder.encode('б'), 'c'],
      [encoder.encode(big), big, 'tail after bytes'],
      [big, encoder.encode('bytes last')],
      ['\ufeff', encoder.encode(big), encoder.encode('\ufeffa cell that begins with a BOM'), 'Ґ'],
    ];
    for (const [k, pieces] of mixes.entries()) {
      const name = `mix-${k}.csv`;
      async function* asThreadWould() {
        for (const piece of pieces) yield piece;
      }
      await writeFilesAtomically(dir, [{ name, content: k % 2 === 0 ? pieces : asThreadWould() }], []);
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      const expected = pieces.map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece))).join('');
      expect(await readFile(join(dir, name), 'utf8')).toBe(expected);
      expect((await readFile(join(dir, name))).length).toBe(Buffer.byteLength(expected, 'utf8'));
    }
  });

  test('an output directory that is a file: a one-line RunError', async () => {
    const out = join(dir, 'out');
    await writeFile(out, '');
    await expect(writeFilesAtomically(out, files, [])).rejects.toThrow(`cannot write ${out}: exists and is not a directory`);
  });

  test('an output directory below a link to nowhere: the link named, not a walk that never ends', async () => {
    await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
    const out = join(dir, 'dangling', 'out');
    await expect(writeFilesAtomically(out, files, [])).rejects.toThrow(`cannot write ${out}: no such file or directory`);
  });

  test.skipIf(!existsSync('/proc/self'))('an output directory under /proc, which says ENOENT to any new directory: refused, not a walk that never ends', async () => {
    const out = join('/proc', `exchange-${process.pid}`, 'out');
    await expect(writeFilesAtomically(out, files, [])).rejects.toThrow(`cannot write ${out}: no such file or directory`);
  });

  test('an output directory several levels down, some of them there: each missing one made', async () => {
    await mkdir(join(dir, 'a'));
    const out = join(dir, 'a', 'b', 'c', 'd');
    await writeFilesAtomically(out, files, []);
    expect((await readdir(out)).sort()).toEqual(['ledger.csv', 'summary.json']);
  });
});

