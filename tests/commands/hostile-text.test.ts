// Text of the inputs in the outputs (README, "Messy and hostile input"): a header, a label or a
// cell that holds a bidi control, a zero-width character or a control character reaches no
// report and no terminal as it is. Invisible characters are taken out and told; control
// characters are shown as `[U+001B]`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { listLabels, shownLabel } from '../../src/commands/options.js';
import { RunError } from '../../src/errors.js';
import { computeRun, type ReconcileOptions } from '../../src/commands/reconcile.js';
import { writeStderrLine } from '../../src/io/stderr.js';
import { Chalk } from 'chalk';
import { REPORTS, type RenderOptions, type RunOutcome } from '../../src/report/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'exchange-hostile-text-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Bidi controls, zero-width characters, BOM, soft hyphen (schema/invisible.ts), and the control characters but tab and line ends. */
const UNSEEN = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** On the terminal not even a tab or a line end within a line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** What `write` was given while `run` ran, stdout and stderr apart. */
async function captured<T>(run: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const written = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((written.stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((written.stderr += String(chunk)), true));
  try {
    return { result: await run(), ...written };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const OPTIONS = { kind: 'pow', map: [], failOn: 'error', format: 'text', quiet: true } as unknown as ReconcileOptions;

describe('a list label (--a-label, --b-label)', () => {
  it('loses its invisible characters, which stderr names, and shows its control characters', async () => {
    const { result, stderr } = await captured(async () => [shownLabel('A\u202eL', 'A'), shownLabel('Kyiv\u001b[2J', 'B'), shownLabel('Київ', 'A')]);
    expect(result).toEqual(['AL', 'Kyiv[U+001B][2J', 'Київ']);
    expect(stderr).toBe('exchange: the label of list A "A[U+202E]L": invisible characters removed (U+202E right-to-left override)\n');
  });

  it('is the file name when not given, cleaned the same way', async () => {
    const { result } = await captured(async () => listLabels('in/ua\u200b.csv', 'in/ru.csv', { bLabel: 'R\u2066U' }));
    expect(result).toEqual(['ua.csv', 'RU']);
  });

  it('is refused given empty, or given the same as the other list\'s: every report names a list by it (it read "record 5 has no counterpart in ")', async () => {
    expect(() => listLabels('ua.csv', 'ru.csv', { aLabel: '' })).toThrow(new RunError('--a-label "": a label names its list in every report; give it a name'));
    await captured(async () => expect(() => listLabels('ua.csv', 'ru.csv', { bLabel: ' \u200b' })).toThrow(/^--b-label " \u200b": a label names its list/));
    expect(() => listLabels('ua.csv', 'ru.csv', { aLabel: 'UA', bLabel: 'UA' })).toThrow(new RunError('--a-label and --b-label: both lists would be labelled "UA"; the reports could not tell them apart'));
    expect(() => listLabels('ua.csv', 'ru.csv', { aLabel: 'ru.csv' })).toThrow(/both lists would be labelled "ru\.csv"/);
    // The same file on both sides, unlabelled, is still taken (its path names both).
    expect(listLabels('in/ua.csv', 'in/ua.csv', {})).toEqual(['in/ua.csv', 'in/ua.csv']);
  });
});

describe('a run whose header and label hold a right-to-left override', () => {
  const a = file('h2.csv', 'sur\u202ename,given_name,Ex\u202etra,Позив\u200bний\nКоваль,Олег,b\u001b[2J,c\nБондар,Іван,Бон\u0000дар,d\n');
  const b = file('ru.csv', 'surname,given_name\nКоваль,Олег\n');

  it('reads the header as the field it names, and no report holds the characters or a raw control', async () => {
    const { result: computed, stderr } = await captured(() => computeRun(a, b, { ...OPTIONS, aLabel: 'A\u202eL', bLabel: 'B\u200bL' }));
    expect(computed.run.a.records.map((r) => r.surname)).toEqual(['Коваль', 'Бондар']);
    expect(computed.run.a.extraHeader).toEqual(['Extra', 'Позивний']);
    expect(computed.run.a.label).toBe('AL');
    expect(stderr.split('\n')).toEqual(expect.arrayContaining([
      `exchange: ${a}:1:1: header "sur[U+202E]name": invisible characters removed (U+202E right-to-left override)`,
      'exchange: the label of list B "B[U+200B]L": invisible characters removed (U+200B zero width space)',
    ]));
    const outcome: RunOutcome = { run: computed.run, summary: computed.summary };
    const options: RenderOptions = { chalk: new Chalk({ level: 0 }), csv: {}, verdict: { failOn: 'error', failed: true, written: [] } };
    const files: Record<string, string> = {};
    for (const report of REPORTS.reconcile.reports.filter((r) => r.name !== 'report.xlsx')) {
      const made = await report.render(outcome, options);
      files[report.name] = typeof made === 'string' ? made : Buffer.from(made).toString('utf8');
    }
    for (const [name, text] of Object.entries(files)) expect(UNSEEN.test(text), name).toBe(false);
    expect(files['ledger.csv']!.split('\n')[0]).toMatch(/,a_Extra,a_Позивний$/);
    expect(files['ledger.csv']).toContain('b[U+001B][2J');
    expect(JSON.parse(files['summary.json']!).inputs.map((input: { label: string }) => input.label)).toEqual(['AL', 'BL']);
    expect(files['report.html']).toContain('AL');
  });
});

describe('the terminal', () => {
  it('gets the cells of `validate` with their control characters shown, C1 ones too', async () => {
    const path = file('esc.csv', 'surname\nA\u001b]0;PWNED\u0007\u001b[2JB\nKo\u009bval\n');
    const { result, stdout } = await captured(() => main(['node', 'exchange', 'validate', path]));
    expect(result).toBe(1);
    expect(RAW_CONTROL.test(stdout.replaceAll('\n', ''))).toBe(false);
    expect(stdout).toContain(`${path}:2:1: surname "A[U+001B]]0": contains a control character or an undecodable byte [invalid-value]`);
    expect(stdout).toContain(`${path}:2:2: cell "PWNED[U+0007][U+001B][2JB": row has 2 cells but the header has 1 [invalid-value]`);
    expect(stdout).toContain(`${path}:3:1: surname "Ko[U+009B]val"`);
  });

  it('keeps exact strings in --format json, as JSON escapes them: no raw control character either', async () => {
    const path = file('esc-json.csv', 'surname\nKo\u001bval\nKo\u009bval\n');
    const { stdout } = await captured(() => main(['node', 'exchange', 'validate', path, '--format', 'json']));
    expect(RAW_CONTROL.test(stdout.replaceAll('\n', ''))).toBe(false);
    const values = JSON.parse(stdout).files[0].findings.filter((f: { code: string }) => f.code === 'invalid-value').map((f: { value: string }) => f.value);
    expect(values).toEqual(['Ko[U+001B]val', 'Ko[U+009B]val']);
  });

  it('gets an exit-2 message quoting a header with ESC on one line, the ESC shown', async () => {
    const path = file('e2.csv', 'sur\u001b[2Jname\nX\n');
    const { result, stderr } = await captured(() => main(['node', 'exchange', 'validate', path]));
    expect(result).toBe(2);
    expect(stderr).toBe(`exchange: ${path}:1: no column holds a name or service number (headers: sur[U+001B][2Jname); name one with --map COLUMN=FIELD\n`);
  });

  it('gets the reading notes with what cannot be seen shown', async () => {
    const path = file('notes.csv', 'Title \u202erow\u009b2J\nsur\u200bname,Ex\u001b]0;x\u0007tra\nКоваль,b\n');
    const { stderr } = await captured(() => main(['node', 'exchange', 'validate', path]));
    expect(stderr.split('\n')).toEqual([
      `exchange: ${path}: line 1 skipped above the header (line 2): "Title [U+202E]row[U+009B]2J"`,
      `exchange: ${path}:2:1: header "sur[U+200B]name": invisible characters removed (U+200B zero width space)`,
      `exchange: ${path}: column "Ex[U+001B]]0;x[U+0007]tra" (column 2) is not used; it is carried through to the ledger`,
      '',
    ]);
  });

  it('gets each note as one line: a header written over two lines too', async () => {
    const { stderr } = await captured(async () => writeStderrLine('exchange: x.csv: column "Дата\nприбуття\t\r" (column 2) is not used'));
    expect(stderr).toBe('exchange: x.csv: column "Дата[U+000A]прибуття[U+0009][U+000D]" (column 2) is not used\n');
  });
});
