// --decisions in the shell: each row keeps its line, the rows that contradict each other are
// named on stderr (file and line), and the decisions file counts as one of the inputs that may
// come from stdin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sortDecisions, type DecisionRow } from '../../src/core/decisions.js';
import { conflictNoteLines, readDecisions, unusedNoteLines } from '../../src/commands/decisions.js';
import { checkStdinOnce } from '../../src/commands/options.js';
import { computeRun, type ReconcileOptions } from '../../src/commands/reconcile.js';

const dir = mkdtempSync(join(tmpdir(), 'exchange-decisions-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** What readDecisions wrote on stderr, line by line. */
async function read(path: string): Promise<{ rows: DecisionRow[]; stderr: string[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const { rows } = await readDecisions(path);
    return { rows, stderr: written.join('').split('\n').filter((line) => line !== '') };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('readDecisions', () => {
  it('names each row of a contradiction on stderr, by file and line, in the order of the file', async () => {
    const path = file('dd.csv', 'a_record_id,b_record_id,score,decision\n38,36,1,same\n38,35,1,same\n');
    const { rows, stderr } = await read(path);
    expect(rows).toEqual([
      { aRecordId: '38', bRecordId: '36', decision: 'same', line: 2 },
      { aRecordId: '38', bRecordId: '35', decision: 'same', line: 3 },
    ]);
    expect(stderr).toEqual([
      `exchange: ${path}: line 2: "A 38 same as B 36" contradicts line 3 ("A 38 same as B 35"); not applied, these records are matched as if undecided`,
      `exchange: ${path}: line 3: "A 38 same as B 35" contradicts line 2 ("A 38 same as B 36"); not applied, these records are matched as if undecided`,
    ]);
  });

  it('names a pair decided both ways, and says nothing of a row repeated as written or of rows still undecided', async () => {
    const both = file('both.csv', 'a_record_id,b_record_id,score,decision\n38,36,1,same\n38,36,1,ні\n');
    expect((await read(both)).stderr).toEqual([
      `exchange: ${both}: line 2: "A 38 same as B 36" contradicts line 3 ("A 38 different from B 36"); not applied, these records are matched as if undecided`,
      `exchange: ${both}: line 3: "A 38 different from B 36" contradicts line 2 ("A 38 same as B 36"); not applied, these records are matched as if undecided`,
    ]);
    const repeated = file('repeated.csv', 'a_record_id,b_record_id,score,decision\n38,36,1,same\n38,35,1,\n38,36,1,так\n');
    expect(await read(repeated)).toMatchObject({ rows: [{ line: 2 }, { line: 4 }], stderr: [] });
  });

  it('refuses a file with two decision columns, which cannot say which one holds the decisions', async () => {
    const two = file('two.csv', 'a_record_id,b_record_id,decision,Decision\nUA-038,36,same,different\n');
    await expect(readDecisions(two)).rejects.toThrow(/two\.csv:1:4: two "decision" columns \(columns 3 and 4\): keep one/);
  });
});

describe('unusedNoteLines', () => {
  it('names each decision not applied, by line, with why, in the order of the file', () => {
    expect(unusedNoteLines('d.csv', [
      { aRecordId: 'UA-999', bRecordId: '1', decision: 'same', line: 5, why: 'no record UA-999 in list A' },
      { aRecordId: '7', bRecordId: '', decision: 'different', line: 2, why: 'names no pair (no B record id)' },
    ])).toEqual([
      'exchange: d.csv: line 2: "A 7 different from B " not applied: names no pair (no B record id)',
      'exchange: d.csv: line 5: "A UA-999 same as B 1" not applied: no record UA-999 in list A',
    ]);
  });
});

describe('conflictNoteLines', () => {
  it('names three contradicted rows and counts the rest', () => {
    const rows: DecisionRow[] = ['31', '32', '33', '34', '35'].map((b, i) => ({ aRecordId: '38', bRecordId: b, decision: 'same', line: i + 2 }));
    const [first] = conflictNoteLines('dd.csv', sortDecisions(rows).conflicts);
    expect(first).toBe('exchange: dd.csv: line 2: "A 38 same as B 31" contradicts line 3 ("A 38 same as B 32"), line 4 ("A 38 same as B 33"), '
      + 'line 5 ("A 38 same as B 34") and 1 more; not applied, these records are matched as if undecided');
  });
});

describe('stdin', () => {
  it('refuses a second `-` among the lists and the decisions', () => {
    expect(() => checkStdinOnce(['-', 'ru.csv', '-'])).toThrow('only one input can be read from stdin (-)');
    expect(() => checkStdinOnce(['ua.csv', '-', 'decisions.csv'])).not.toThrow();
  });

  // Before the fix the list was read from stdin first, and the test waited on it: a short timeout.
  it('refuses list A and --decisions both from stdin before reading either', { timeout: 10_000 }, async () => {
    const options = { decisions: '-', kind: 'pow', map: [], failOn: 'error', format: 'text' } as ReconcileOptions;
    await expect(computeRun('-', 'fixtures/pow/ru.csv', options)).rejects.toThrow('only one input can be read from stdin (-)');
    await expect(computeRun('fixtures/pow/ua.csv', '-', options)).rejects.toThrow('only one input can be read from stdin (-)');
  });
});
