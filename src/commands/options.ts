// Options shared by every command that reads lists, and their resolution into run settings.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { readAgreement, type Agreement } from '../agreement/terms.js';
import { RunError } from '../errors.js';
import { writeStderrLine } from '../io/stderr.js';
import { profileOf, type KindProfile } from '../kinds/index.js';
import { KINDS, type ListKind } from '../model.js';
import type { FailOn } from '../report/verdict.js';
import { parseMapOptions } from '../schema/headers.js';
import type { FieldName } from '../schema/fields.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { DEFAULT_LIMITS, formatBytes, LIMIT_OPTIONS, parseByteSize, type ReadLimits } from '../io/limits.js';
import { noticeOversizedBlocks } from '../match/engine/blocking.js';
import { readAsCells } from '../schema/invisible.js';

export interface ListOptions {
  kind: ListKind;
  agreement?: string;
  map: string[];
  format: 'text' | 'json';
  /** --lang: read by the command line's preAction hook (cli.ts), which sets the run's language. */
  lang?: Lang;
  /** --header-row N: the header's physical line (otherwise it is found). */
  headerRow?: string;
  /** --strict-headers: an unused header is exit 2. */
  strictHeaders?: boolean;
  /** --sheet: the sheet of an .xlsx input to read. */
  sheet?: string;
  /** --quiet: no progress bars (read by the command line's preAction hook, cli.ts). */
  quiet?: boolean;
  /** --max-file-bytes, --max-cell-bytes, --max-row-bytes, --max-columns: the reading limits (src/io/limits.ts). */
  maxFileBytes?: string;
  maxCellBytes?: string;
  maxRowBytes?: string;
  maxColumns?: string;
}


const collect = (value: string, previous: string[]) => [...previous, value];

export function addListOptions(command: Command): Command {
  return command
    .addOption(kindOption())
    .option('--agreement <file>', 'agreement terms (JSON); default: the embedded Istanbul 2025 terms')
    .option('--map <column=field>', 'map a header the aliases do not know to a field (repeatable)', collect, [])
    .option('--header-row <n>', 'the header is on line N (default: found below title and blank rows)')
    .option('--strict-headers', 'a header that maps to no field is exit 2 (default: reported, carried through)')
    .option('--sheet <name>', 'the sheet of an .xlsx input to read (default: the first)')
    .addOption(new Option('--format <format>', 'stdout: coloured summary or JSON').choices(['text', 'json']).default('text'))
    .option('--quiet', 'no progress bars on stderr (they show only on a terminal, for runs over a second)')
    .option(LIMIT_OPTIONS.maxFileBytes + ' <size>', `largest input file, in bytes (K, M, G: powers of 1024; default ${formatBytes(DEFAULT_LIMITS.maxFileBytes)})`)
    .option(LIMIT_OPTIONS.maxCellBytes + ' <size>', `largest cell, in bytes (default ${formatBytes(DEFAULT_LIMITS.maxCellBytes)})`)
    .option(LIMIT_OPTIONS.maxRowBytes + ' <size>', `largest row, the bytes of its cells (default ${formatBytes(DEFAULT_LIMITS.maxRowBytes)})`)
    .option(LIMIT_OPTIONS.maxColumns + ' <n>', `most columns in a row (default ${DEFAULT_LIMITS.maxColumns})`)
    .addOption(langOption());
}

/** `--kind`: what the lists hold, one of the kinds that have a profile (src/kinds/). */
export const kindOption = () => new Option('--kind <kind>', 'what the lists hold').choices(KINDS).default('pow');

/** `--lang uk|ru|en`: the language of the terminal text and messages; column names and codes do not change. */
export const langOption = () =>
  new Option('--lang <lang>', 'language of the terminal text and messages (default: from LC_ALL, LC_MESSAGES or LANG; else English)').choices(LANGS);

export function addFailOnOption(command: Command, fallback: FailOn = 'error'): Command {
  return command.addOption(
    new Option('--fail-on <severity>', 'lowest severity that makes the exit status 1').choices(['error', 'warning', 'never']).default(fallback),
  );
}

export interface ListSettings {
  /** The kind of list (--kind), whole: what the reader, the matcher, the checks and the reports ask. */
  profile: KindProfile;
  agreement: Agreement;
  /** The SHA-256 of the --agreement file's bytes as read; absent for the embedded terms. */
  agreementSha256?: string;
  userMap: Map<string, FieldName>;
  /** The --map options as given: one whose column no list read has is said (reading-notes.ts noticeUnfoundMaps). */
  maps: readonly string[];
  headerRow?: number;
  strictHeaders?: boolean;
  /** The sheet of an .xlsx input (undefined: the first). */
  sheet?: string;
  /** Largest file, cell and row, most columns. */
  limits: ReadLimits;
}

function parseHeaderRow(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new RunError(`--header-row "${value}": expected a line number (1, 2, ...)`);
  return Number(value);
}

function parseLimits(options: ListOptions): ReadLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_OPTIONS) as Array<keyof ReadLimits>) {
    const value = options[key];
    if (value === undefined) continue;
    const parsed = key === 'maxColumns' ? (/^\s*\d+\s*$/.test(value) && Number(value) > 0 ? Number(value) : undefined) : parseByteSize(value);
    if (parsed === undefined) {
      throw new RunError(`${LIMIT_OPTIONS[key]} "${value}": expected ${key === 'maxColumns' ? 'a number of columns' : 'a size in bytes (1048576, 1024K, 1M, 2G)'}`);
    }
    limits[key] = parsed;
  }
  return limits;
}

export async function resolveListOptions(options: ListOptions): Promise<ListSettings> {
  const headerRow = parseHeaderRow(options.headerRow);
  const strictHeaders = options.strictHeaders === true;
  const limits = parseLimits(options);
  // Blocks of candidate pairs the matcher skips as too large are told on stderr, once each.
  noticeOversizedBlocks(writeNoticeOnce());
  const profile = profileOf(options.kind);
  // A --map naming a field this kind of list does not hold is refused before any file is read.
  const userMap = parseMapOptions(options.map, profile.schema);
  const { agreement, sha256: agreementSha256 } = await readAgreement(options.agreement);
  return { profile, agreement, ...(agreementSha256 ? { agreementSha256 } : {}), userMap, maps: options.map, sheet: options.sheet, headerRow, strictHeaders, limits };
}

function writeNoticeOnce(): (notice: string) => void {
  const written = new Set<string>();
  return (notice) => {
    if (written.has(notice)) return;
    written.add(notice);
    process.stderr.write(`exchange: ${notice}\n`);
  };
}

/** Only one input can come from stdin. */
export function checkStdinOnce(paths: string[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw new RunError('only one input can be read from stdin (-)');
}

/** Default side labels: the file names, or the paths where the names are the same. */
export function defaultLabels(pathA: string, pathB: string): [string, string] {
  const name = (p: string) => (p === '-' ? 'stdin' : basename(p));
  return name(pathA) === name(pathB) ? [pathA, pathB] : [name(pathA), name(pathB)];
}

/** The labels of lists A and B: --a-label and --b-label, else the defaults; each as every report shows it (shownLabel). */
export function listLabels(pathA: string, pathB: string, options: { aLabel?: string; bLabel?: string }): [string, string] {
  const [labelA, labelB] = defaultLabels(pathA, pathB);
  const labels: [string, string] = [shownLabel(options.aLabel ?? labelA, 'A'), shownLabel(options.bLabel ?? labelB, 'B')];
  // Every report names a list by its label ("ua.csv record 5 (line 6) has no counterpart in
  // ru.csv"): a label given empty, or the same as the other list's, leaves them unreadable.
  const given = [[options.aLabel, labels[0], '--a-label'], [options.bLabel, labels[1], '--b-label']] as const;
  for (const [text, label, option] of given) {
    if (text !== undefined && label.trim() === '') throw new RunError(`${option} "${text}": a label names its list in every report; give it a name`);
  }
  if ((options.aLabel !== undefined || options.bLabel !== undefined) && labels[0] === labels[1]) {
    throw new RunError(`--a-label and --b-label: both lists would be labelled "${labels[0]}"; the reports could not tell them apart`);
  }
  return labels;
}

/**
 * A list's label as the reports, the page and the messages show it, read as a cell is: invisible
 * characters removed (said on stderr, as the warning invisible-characters says it of a cell), and
 * control characters shown as `[U+001B]`.
 */
export function shownLabel(label: string, side: 'A' | 'B'): string {
  return readAsCells([label], (_, shown, characters) =>
    writeStderrLine(`exchange: the label of list ${side} "${shown}": invisible characters removed (${characters})`))[0]!;
}
