// Golden outputs: every fixtures/<name>/ folder with an expected/ folder is reconciled by the
// built command and must reproduce expected/ byte for byte. After a deliberate change, rerun
// with UPDATE_GOLDEN=1 and review the diff of fixtures/*/expected before committing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outFiles, REPORTS } from '../../src/report/registry.js';
import { exchange, ROOT, tempDir } from './run.js';

const FIXTURES = join(ROOT, 'fixtures');
/** Every file `reconcile --out` writes by default, from the report registry; a new report is golden once it is there. */
const OUTPUTS = outFiles(REPORTS.reconcile).map((r) => r.name);

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  // A golden fixture is a folder with its run's arguments (args.json); fixtures/excel is an input only.
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'args.json')))
  .map((d) => d.name)
  .sort();

describe.each(cases)('fixtures/%s', (name) => {
  const dir = join('fixtures', name);
  const args: string[] = existsSync(join(ROOT, dir, 'args.json')) ? JSON.parse(readFileSync(join(ROOT, dir, 'args.json'), 'utf8')) : [];
  const out = tempDir();
  const run = exchange(['reconcile', join(dir, 'ua.csv'), join(dir, 'ru.csv'), ...args, '--out', out]);
  const expected = join(ROOT, dir, 'expected');
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(expected, { recursive: true });
    for (const file of OUTPUTS) writeFileSync(join(expected, file), readFileSync(join(out, file)));
    writeFileSync(join(expected, 'stdout.txt'), run.stdout.replaceAll(out, '<out>'));
  }

  it('exits 1: the fixture holds errors on purpose', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it.each(OUTPUTS)('%s matches the golden file', (file) => {
    expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(expected, file), 'utf8'));
  });

  it('prints the golden terminal summary', () => {
    expect(run.stdout.replaceAll(out, '<out>')).toBe(readFileSync(join(expected, 'stdout.txt'), 'utf8'));
  });

  it('raises every code of the fixture README\'s table', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { codes: Record<string, number>; kind: string };
    const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8');
    const promised = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
    expect(promised.length).toBeGreaterThan(5);
    for (const code of promised) expect(summary.codes[code], code).toBeGreaterThan(0);
  });
});
