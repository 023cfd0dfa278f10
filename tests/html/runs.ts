// The reconcile runs the browser tests open: the bundled fixtures, the POW fixture with more pairs
// in review, a generated pair of lists long enough to page, and a pair of hostile names. They are
// spawned concurrently (the built command, as tests/cli/run.ts runs it, with its environment) so the
// browser file stays fast on two cores.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { BIN, ROOT, tempDir, writeTemp } from '../cli/run.js';

export type Row = Record<string, string>;

export interface Reconciled {
  dir: string;
  /** The arguments after `reconcile` but for --out: what a rerun with --decisions repeats. */
  args: string[];
  status: number;
  stderr: string;
  summary: Summary;
  ledger: Row[];
  review: Row[];
  discrepancies: Row[];
}

/** The parts of summary.json the page draws. */
export interface Summary {
  kind: 'pow' | 'remains';
  inputs: { side: 'a' | 'b'; label: string; rows: number; sha256: string }[];
  categories: { id: string; label: string; a: Tally; b: Tally }[];
  remains?: { quota: number | null; a: { listed: number; counted: number }; b: { listed: number; counted: number } };
  codes: Record<string, number>;
  severity: { error: number; warning: number };
  decisions: { applied: number; unused: number; conflicting: number };
}
interface Tally { listed: number; matched: number; unmatched: number }

const readCsv = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

/** `exchange ARGS` without blocking the event loop; the same environment as tests/cli/run.ts. */
function exchangeAsync(args: string[]): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C' }, maxBuffer: 64 << 20 },
      (error, _stdout, stderr) => resolve({ status: error ? Number(error.code ?? -1) : 0, stderr }));
  });
}

export async function reconcile(a: string, b: string, args: string[], extra: string[] = []): Promise<Reconciled> {
  const dir = tempDir();
  const runArgs = [a, b, ...args];
  const run = await exchangeAsync(['reconcile', ...runArgs, ...extra, '--out', dir]);
  if (run.status !== 0 && run.status !== 1) throw new Error(`exchange reconcile ${runArgs.join(' ')} exited ${run.status}: ${run.stderr}`);
  return {
    dir,
    args: runArgs,
    status: run.status,
    stderr: run.stderr,
    summary: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary,
    ledger: readCsv(join(dir, 'ledger.csv')),
    review: readCsv(join(dir, 'review.csv')),
    discrepancies: readCsv(join(dir, 'discrepancies.csv')),
  };
}

const fixtureArgs = (name: string): string[] => JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'args.json'), 'utf8')) as string[];

export const fixture = (name: 'pow' | 'remains', extra: string[] = []): Promise<Reconciled> =>
  reconcile(`fixtures/${name}/ua.csv`, `fixtures/${name}/ru.csv`, [...fixtureArgs(name), ...extra]);

/** The POW fixture with its pairs scored under 30 sent to review: ten pairs, where the fixture alone has one. */
export const REVIEW_ARGS = ['--match-threshold', '30'];

/** A generated pair of lists with well over one page (100 rows) of discrepancies. */
export async function generated(): Promise<Reconciled> {
  const dir = tempDir();
  const run = await exchangeAsync(['generate', '--size', '450', '--seed', '7', '--out', dir]);
  if (run.status !== 0) throw new Error(`exchange generate exited ${run.status}: ${run.stderr}`);
  return reconcile(join(dir, 'a.csv'), join(dir, 'b.csv'), []);
}

export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '"><script>alert(1)</script>',
  formula: '=Коваль',
  amp: "Мельник & O'Neil",
};

/**
 * Lists whose surnames are markup, a formula and HTML's special characters. Three pairs agree on
 * everything else; with --match-threshold 50 they go to review, so the names also reach the review
 * pane and the exported decisions.csv.
 */
export function hostile(): Promise<Reconciled> {
  const dir = tempDir();
  const q = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const header = 'record_id,surname,given_name,patronymic,date_of_birth,service_number\n';
  writeTemp(dir, 'a.csv', header + [
    `A-1,${q(HOSTILE.img)},Іван,Петрович,1990-01-01,АА 111111`,
    `A-2,${q(HOSTILE.script)},Петро,Іванович,1985-02-02,ББ 222222`,
    `A-3,${q(HOSTILE.formula)},Олег,Іванович,1980-03-03,ВВ 333333`,
    `A-4,${q(HOSTILE.amp)},Олег,Іванович,1981-03-03,ВВ 333334`,
  ].join('\n') + '\n');
  writeTemp(dir, 'b.csv', header + [
    `1,${q(HOSTILE.img)},Иван,Петрович,1990-01-01,АА 111111`,
    `2,${q(HOSTILE.script)},Петр,Иванович,1985-02-02,ББ 222222`,
    `3,${q(HOSTILE.formula)},Олег,Иванович,1980-03-03,ВВ 333333`,
    '5,Шевченко,Тарас,Григорьевич,1970-04-04,ГГ 444444',
  ].join('\n') + '\n');
  return reconcile(join(dir, 'a.csv'), join(dir, 'b.csv'), ['--match-threshold', '50']);
}
