// npm run bench: linkage quality on generated lists, on FEBRL 4 and on the held-out register, and
// the scale table: the whole command on generated pairs of 10,000, 100,000 and 1,000,000 people
// per side against csv-parse alone on the same files. Prints its figures; targets are read, not
// unit-tested.
//   npm run bench              all sections
//   npm run bench -- --quick   the scale table stops after 100,000
//   npm run bench -- --sweep   also the threshold grid the defaults were chosen from
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { computeRun, type ReconcileOptions } from '../commands/reconcile.js';
import { profileOf } from '../kinds/index.js';
import { ScoredMatcher } from '../match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../match/options.js';
import { repoPath } from '../data.js';
import { blockingRecall, measure, truthPeople } from './measure.js';
import type { ListKind } from '../model.js';
import type { StillStretch } from './stillness.js';
import { registerFiles } from './heldout-register.js';

const WORK = repoPath('.bench/');
const quick = process.argv.includes('quick') || process.argv.includes('--quick');
const sweep = process.argv.includes('sweep') || process.argv.includes('--sweep');

const BIN = repoPath('bin/exchange.js').pathname;
/** People a side of the held-out register in the quality table. */
const REGISTER_PEOPLE = 30_000;
const TIMED = repoPath('dist/bench/timed-run.js').pathname;

const baseOptions = (map: string[] = [], kind: ListKind = 'pow'): ReconcileOptions => ({ kind, map, format: 'json', failOn: 'never' });

function readTruth(text: string): Set<string> {
  return new Set(text.trim().split('\n').slice(1).map((line) => line.replace(',', '\t')));
}

interface Row {
  name: string;
  people: string;
  seconds: number;
  precision?: number;
  recall?: number;
  f1?: number;
  review?: string;
  blocking?: number;
  firstPass?: number;
  compared?: number;
  /** The whole command's report.html: its size, and the time headless Chromium takes to open it. */
  html?: { bytes: number; openSeconds?: number };
}

async function runCase(name: string, pathA: string, pathB: string, truth: Set<string> | undefined, options: ReconcileOptions): Promise<Row> {
  const matcher = new ScoredMatcher(DEFAULT_THRESHOLDS, profileOf(options.kind).matching, { keepCompared: truth !== undefined });
  const start = performance.now();
  const { run } = await computeRun(pathA, pathB, options, matcher);
  const seconds = (performance.now() - start) / 1000;
  const people = `${run.a.records.length} × ${run.b.records.length}`;
  if (!truth) return { name, people, seconds, firstPass: matcher.stats.firstPass, compared: matcher.stats.scored };
  const q = measure(run.result, run.a, run.b, truth);
  const compared = new Set(matcher.compared.map(([x, y]) => `${run.a.records[x]!.recordId}\t${run.b.records[y]!.recordId}`));
  if (process.env.BENCH_ERRORS) {
    console.error(`${name}: false matches ${q.falseMatches.slice(0, 15).join(' ')}`);
    console.error(`${name}: missed ${q.missed.slice(0, 15).join(' ')}`);
  }
  return {
    name, people, seconds,
    precision: q.precision, recall: q.recall, f1: q.f1,
    review: `${q.review} (${(q.reviewShare * 100).toFixed(2)}%)`,
    blocking: blockingRecall(compared, truth),
    firstPass: matcher.stats.firstPass,
    compared: matcher.stats.scored,
  };
}

/** A generated pair on disk, written by `exchange generate` in a child process (keeps this heap small for the timings). */
function generated(size: number, seed: string, kind: ListKind = 'pow') {
  const dir = new URL(`generated-${kind}-${size}-${seed}/`, WORK).pathname;
  const run = spawnSync(process.execPath, [BIN, 'generate', '--out', dir, '--size', String(size), '--seed', seed, '--kind', kind], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`generate: exit ${run.status}: ${run.stderr}`);
  return { a: `${dir}a.csv`, b: `${dir}b.csv`, truth: readTruth(readFileSync(`${dir}truth.csv`, 'utf8')) };
}

function febrlTruth(): Set<string> {
  const ids = (file: string) =>
    readFileSync(repoPath(`bench/febrl/${file}`), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]!.trim());
  const b = new Set(ids('dataset4b.csv'));
  return new Set(ids('dataset4a.csv').map((id) => [id, id.replace('-org', '-dup-0')] as const).filter(([, y]) => b.has(y)).map(([x, y]) => `${x}\t${y}`));
}

const format = (x: number | undefined, digits = 4) => (x === undefined ? '' : x.toFixed(digits));

/** Runs of the whole command timed; the median is reported (this machine's timings are noisy). */
const CLI_RUNS = 3;

/** The built command end to end (start-up, reading, matching, writing the four reports). */
async function cliRun(name: string, pathA: string, pathB: string, args: string[]): Promise<Row> {
  const out = new URL('cli-out/', WORK).pathname;
  const times: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [BIN, 'reconcile', pathA, pathB, ...args, '--out', out, '--fail-on', 'never'], { encoding: 'utf8' });
    times.push((performance.now() - start) / 1000);
    if (run.status !== 0) throw new Error(`${name}: exit ${run.status}: ${run.stderr}`);
  }
  const seconds = times.sort((x, y) => x - y)[Math.floor(CLI_RUNS / 2)]!;
  const summary = JSON.parse(readFileSync(`${out}summary.json`, 'utf8')) as { inputs: Array<{ rows: number }> };
  const html = await htmlFigures(out);
  return { name, people: summary.inputs.map((i) => i.rows).join(' × '), seconds, ...(html ? { html } : {}) };
}

const CHROMIUM = '/usr/bin/chromium';

/** The report.html of a run's --out: its size, and how long it takes to open. */
async function htmlFigures(out: string): Promise<Row['html']> {
  const path = `${out}report.html`;
  return existsSync(path) ? { bytes: statSync(path).size, openSeconds: await openSeconds(path) } : undefined;
}

/** Seconds from navigation until report.html's script has run, in headless Chromium; undefined without a browser. */
async function openSeconds(path: string): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`file://${path}`, { waitUntil: 'load' });
    // The page's script marks <html data-ready="true"> once it has run (the page holds no DOM types here: a string).
    await page.waitForFunction('document.documentElement.dataset.ready === "true"', undefined, { timeout: 60_000 }).catch(() => undefined);
    return (performance.now() - start) / 1000;
  } finally {
    await browser.close();
  }
}

/** Precision, recall and review count over a grid of thresholds (how the defaults were chosen). */
async function thresholdGrid(cases: Array<{ name: string; a: string; b: string; truth: Set<string>; map: string[] }>): Promise<void> {
  console.log('\nthreshold grid: match / review → precision recall F1 review, per case');
  for (const [match, review] of [[-1, -7], [0, -6], [1, -5], [2, -4], [3, -3], [4, -2], [6, 0]] as const) {
    const cells: string[] = [];
    for (const c of cases) {
      const { run } = await computeRun(c.a, c.b, { ...baseOptions(c.map), matchThreshold: String(match), reviewThreshold: String(review) });
      const q = measure(run.result, run.a, run.b, c.truth);
      cells.push(`${c.name}: ${q.precision.toFixed(4)} ${q.recall.toFixed(4)} ${q.f1.toFixed(4)} ${q.review}`);
    }
    console.log(`${match} / ${review}  ${cells.join('  |  ')}`);
  }
}

/** One row of the scale table: the whole command on a generated pair, against csv-parse alone on the same files. */
interface ScaleRow {
  people: number;
  seconds: number;
  maxRssBytes: number;
  parseSeconds: number;
  precision: number;
  recall: number;
  html?: Row['html'];
  /** The longest the run's progress stood still (timed-run.ts). */
  stillest?: StillStretch;
}

/** csv-parse alone on both files, as the tool calls it (arrays, relaxed quotes off), in this process. */
function parseOnlySeconds(pathA: string, pathB: string): number {
  const start = performance.now();
  for (const path of [pathA, pathB]) parse(readFileSync(path, 'utf8'), { bom: true, relax_column_count: true });
  return (performance.now() - start) / 1000;
}

/** Matched pairs of a ledger.csv against the truth: precision and recall of the `matched` rows. */
function ledgerQuality(ledgerPath: string, truth: Set<string>): { precision: number; recall: number } {
  const rows = parse(readFileSync(ledgerPath, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  const matched = rows.filter((r) => r.status === 'matched').map((r) => `${r.a_record_id}\t${r.b_record_id}`);
  const right = matched.filter((k) => truth.has(k)).length;
  // People, as measure() counts them: a duplicate on either list gives one person several true pairs.
  const people = truthPeople(truth).people;
  return { precision: matched.length ? right / matched.length : 1, recall: people ? right / people : 1 };
}

async function scaleRun(size: number): Promise<ScaleRow> {
  const pair = generated(size, 'scale');
  const out = new URL(`scale-out-${size}/`, WORK).pathname;
  const result = new URL(`scale-${size}.json`, WORK).pathname;
  const start = performance.now();
  const run = spawnSync(process.execPath, [TIMED, result, 'reconcile', pair.a, pair.b, '--out', out, '--fail-on', 'never', '--quiet'], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`scale ${size}: exit ${run.status}: ${run.stderr}`);
  const { maxRssBytes, stillest } = JSON.parse(readFileSync(result, 'utf8')) as { maxRssBytes: number; stillest?: StillStretch };
  const quality = ledgerQuality(`${out}ledger.csv`, pair.truth);
  const html = await htmlFigures(out);
  return { people: size, seconds, maxRssBytes, parseSeconds: parseOnlySeconds(pair.a, pair.b), ...quality, ...(html ? { html } : {}), ...(stillest ? { stillest } : {}) };
}

function printScale(rows: readonly ScaleRow[]): void {
  const header = ['people per side', 'wall s', 'peak RSS', 'records/s', 'csv-parse alone s', 'ratio', 'precision', 'recall', 'report.html', 'progress still at most'];
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const table = [header, ...rows.map((r) => [
    r.people.toLocaleString('en'), r.seconds.toFixed(1), mib(r.maxRssBytes), Math.round((2 * r.people) / r.seconds).toLocaleString('en'),
    r.parseSeconds.toFixed(2), `${(r.seconds / r.parseSeconds).toFixed(1)}×`, r.precision.toFixed(4), r.recall.toFixed(4),
    r.html ? `${(r.html.bytes / 1e6).toFixed(1)} MB${r.html.openSeconds === undefined ? '' : `, opens in ${r.html.openSeconds.toFixed(1)} s`}` : '',
    r.stillest ? `${r.stillest.seconds.toFixed(1)} s (${r.stillest.after} → ${r.stillest.before})` : '',
  ])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log('\nscale: the whole command (reconcile --out, all reports) on generated pairs');
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  const gen10k = generated(10_000, 'bench-1');
  rows.push(await runCase('generated POW, seed bench-1', gen10k.a, gen10k.b, gen10k.truth, baseOptions()));
  const gen10k2 = generated(10_000, 'bench-2');
  rows.push(await runCase('generated POW, seed bench-2', gen10k2.a, gen10k2.b, gen10k2.truth, baseOptions()));

  const remains = generated(10_000, 'bench-1', 'remains');
  rows.push(await runCase('generated remains, seed bench-1', remains.a, remains.b, remains.truth, baseOptions([], 'remains')));

  const febrlA = repoPath('bench/febrl/dataset4a.csv').pathname;
  const febrlB = repoPath('bench/febrl/dataset4b.csv').pathname;
  const truth = febrlTruth();
  rows.push(await runCase('FEBRL 4, names + dob + soc_sec_id', febrlA, febrlB, truth, baseOptions(['rec_id=record_id', 'soc_sec_id=service_number'])));
  rows.push(await runCase('FEBRL 4, names + dob only', febrlA, febrlB, truth, baseOptions(['rec_id=record_id'])));

  rows.push(await cliRun(`FEBRL 4, whole command (median of ${CLI_RUNS})`, febrlA, febrlB, ['--map', 'rec_id=record_id', '--map', 'soc_sec_id=service_number']));

  // The held-out register (bench/heldout/README.md, section e): written apart from the generator
  // and the matcher's tables, and past the estimating's sample bounds.
  for (const script of ['cyrillic', 'latin'] as const) {
    const register = registerFiles(WORK, REGISTER_PEOPLE, script);
    rows.push(await runCase(`held-out register, ${script} B`, register.a, register.b, register.lists.truth, baseOptions()));
  }


  const header = ['case', 'people', 'seconds', 'precision', 'recall', 'F1', 'review', 'blocking recall', 'first pass', 'scored pairs', 'report.html'];
  const htmlCell = (h: Row['html']) => (h ? `${(h.bytes / 1e6).toFixed(1)} MB${h.openSeconds === undefined ? '' : `, opens in ${h.openSeconds.toFixed(1)} s`}` : '');
  const table = [header, ...rows.map((r) => [r.name, r.people, r.seconds.toFixed(2), format(r.precision), format(r.recall), format(r.f1), r.review ?? '', format(r.blocking), String(r.firstPass ?? ''), String(r.compared ?? ''), htmlCell(r.html)])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  const scale: ScaleRow[] = [];
  for (const size of quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]) {
    process.stderr.write(`bench: ${size.toLocaleString('en')} people per side…\n`);
    scale.push(await scaleRun(size));
  }
  printScale(scale);
  writeFileSync(new URL('results.json', WORK), `${JSON.stringify({ rows, scale }, null, 2)}\n`);
  if (sweep) {
    await thresholdGrid([
      { name: 'generated', ...gen10k, map: [] },
      { name: 'FEBRL+ssn', a: febrlA, b: febrlB, truth, map: ['rec_id=record_id', 'soc_sec_id=service_number'] },
      { name: 'FEBRL names+dob', a: febrlA, b: febrlB, truth, map: ['rec_id=record_id'] },
    ]);
  }
}

await main();
