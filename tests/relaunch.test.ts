import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELAUNCH_BYTES, SHORT_RUN_FLAGS, shortRunFlags, shouldRelaunch } from '../src/relaunch.js';

const dir = mkdtempSync(join(tmpdir(), 'exchange-relaunch-'));
const file = (name: string, bytes: number) => {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(bytes, 0x61));
  return path;
};
const half = RELAUNCH_BYTES / 2;
const [a, b, small] = [file('a.csv', half), file('b.csv', half), file('small.csv', 1000)];
const folder = join(dir, 'out');
mkdirSync(folder);

describe('starting a run again with a larger young generation', () => {
  it('happens when the files named come to the threshold together, whatever else is named', () => {
    expect(shouldRelaunch(['reconcile', a, b, '--out', folder], [], {})).toBe(true);
    expect(shouldRelaunch(['validate', a, small], [], {})).toBe(false);
    expect(shouldRelaunch(['reconcile', a, small, '--out', folder], [], {})).toBe(false);
  });

  it('counts files only: not options, not folders, not paths that do not exist, not standard input', () => {
    expect(shouldRelaunch(['reconcile', a, '-', '--out', folder], [], {})).toBe(false);
    expect(shouldRelaunch(['reconcile', a, join(dir, 'missing.csv')], [], {})).toBe(false);
    expect(shouldRelaunch(['--version'], [], {})).toBe(false);
  });

  it('never happens twice, nor when asked not to, nor when the young generation was set already', () => {
    expect(shouldRelaunch(['reconcile', a, b], [], { EXCHANGE_RELAUNCH: '1' })).toBe(false);
    expect(shouldRelaunch(['reconcile', a, b], [], { EXCHANGE_RELAUNCH: '0' })).toBe(false);
    expect(shouldRelaunch(['reconcile', a, b], ['--max-semi-space-size=32'], {})).toBe(false);
  });
});

describe("a short run's compiler flags", () => {
  it('are set for a run whose files come to less than the threshold, and for one that names no file', () => {
    expect(shortRunFlags(['reconcile', a, small, '--out', folder])).toBe(SHORT_RUN_FLAGS);
    expect(shortRunFlags(['reconcile', '-', small])).toBe(SHORT_RUN_FLAGS);
    expect(shortRunFlags(['--version'])).toBe(SHORT_RUN_FLAGS);
  });

  it('are not set for a large run, started again or kept where it is', () => {
    expect(shortRunFlags(['reconcile', a, b, '--out', folder])).toBeUndefined();
    expect(shortRunFlags(['validate', a, b])).toBeUndefined();
  });

  it('are flags this Node takes', () => {
    const run = spawnSync(process.execPath, [...SHORT_RUN_FLAGS.split(' '), '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});
