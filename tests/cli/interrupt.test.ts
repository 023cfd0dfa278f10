// An interrupted run leaves no half-written or temporary file: real runs of the built command are
// killed with SIGTERM and SIGINT the moment their first temporary report file appears, and what is
// left in --out is checked against a run that was let finish. The lists are large enough for the
// command to start itself again with a larger young generation (src/relaunch.ts), so the signal
// reaches the run through the first process; each is also run where it starts
// (EXCHANGE_RELAUNCH=0).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELAUNCH_BYTES } from '../../src/relaunch.js';
import { BIN, exchange, ROOT, tempDir } from './run.js';

let lists: { a: string; b: string };
let reference: string;

beforeAll(() => {
  const dir = tempDir();
  expect(exchange(['generate', '--size', '36000', '--seed', 'interrupt', '--out', dir]).status).toBe(0);
  lists = { a: join(dir, 'a.csv'), b: join(dir, 'b.csv') };
  expect(statSync(lists.a).size + statSync(lists.b).size).toBeGreaterThanOrEqual(RELAUNCH_BYTES);
  reference = join(dir, 'reference');
  expect(exchange(['reconcile', lists.a, lists.b, '--out', reference, '--fail-on', 'never']).status).toBe(0);
  // Started again or not, a run writes the same reports.
  const inPlace = join(dir, 'in-place');
  expect(exchange(['reconcile', lists.a, lists.b, '--out', inPlace, '--fail-on', 'never'], { env: { EXCHANGE_RELAUNCH: '0' } }).status).toBe(0);
  for (const name of readdirSync(reference)) expect(readFileSync(join(inPlace, name)).equals(readFileSync(join(reference, name))), name).toBe(true);
  // And the same exit status.
  expect(exchange(['reconcile', lists.a, lists.b, '--out', join(dir, 'failing')]).status).toBe(1);
}, 180_000);

/** Runs the command and sends `signal` as soon as a temporary file shows in `out`; resolves with what happened. */
function killWhileWriting(out: string, signal: NodeJS.Signals, relaunch: boolean): Promise<{ code: number | null; sawTemp: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'reconcile', lists.a, lists.b, '--out', out, '--fail-on', 'never'], {
      cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LANG: 'C', ...(relaunch ? {} : { EXCHANGE_RELAUNCH: '0' }) }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let sawTemp = false;
    const poll = setInterval(() => {
      let names: string[] = [];
      try {
        names = readdirSync(out);
      } catch {
        return; // not made yet
      }
      if (!sawTemp && names.some((n) => n.endsWith('.tmp'))) {
        sawTemp = true;
        child.kill(signal);
      }
    }, 1);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, sawTemp, stderr });
    });
  });
}

describe('an interrupted run', () => {
  it.each([
    ['SIGTERM', true],
    ['SIGINT', true],
    ['SIGTERM', false],
  ] as const)('killed by %s while writing (started again: %s) leaves each report whole or absent, and no temporary file', async (signal, relaunch) => {
    let caught = 0;
    for (let attempt = 0; attempt < 6 && caught < 2; attempt++) {
      const out = join(tempDir(), 'out');
      const run = await killWhileWriting(out, signal, relaunch);
      const left = readdirSync(out);
      expect(left.filter((n) => n.startsWith('.') || n.endsWith('.tmp')), `left in ${out}`).toEqual([]);
      // Buffer.equals: a deep comparison of megabytes byte by byte takes minutes.
      for (const name of left) expect(readFileSync(join(out, name)).equals(readFileSync(join(reference, name))), `${name} is whole`).toBe(true);
      if (!run.sawTemp) continue; // the run finished before the poll saw it writing: no kill landed
      caught++;
      expect(run.code).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(run.stderr).toMatch(/interrupted/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(caught, 'a kill landed while the reports were being written').toBeGreaterThan(0);
  }, 180_000);
});
