import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELAUNCH_BYTES, shouldRelaunch } from '../src/relaunch.js';

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
