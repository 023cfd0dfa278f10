// Options shared by every command that reads lists, and their resolution into run settings.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { loadAgreement, type Agreement } from '../agreement/terms.js';
import { RunError } from '../errors.js';
import type { ListKind, Severity } from '../model.js';
import { parseMapOptions } from '../schema/headers.js';
import type { FieldName } from '../schema/fields.js';

export interface ListOptions {
  kind: ListKind;
  agreement?: string;
  map: string[];
  format: 'text' | 'json';
}

export type FailOn = Severity | 'never';

const collect = (value: string, previous: string[]) => [...previous, value];

export function addListOptions(command: Command): Command {
  return command
    .addOption(new Option('--kind <kind>', 'what the lists hold').choices(['pow', 'remains']).default('pow'))
    .option('--agreement <file>', 'agreement terms (JSON); default: the embedded Istanbul 2025 terms')
    .option('--map <column=field>', 'map a header the aliases do not know to a field (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'stdout: coloured summary or JSON').choices(['text', 'json']).default('text'));
}

export function addFailOnOption(command: Command, fallback: FailOn = 'error'): Command {
  return command.addOption(
    new Option('--fail-on <severity>', 'lowest severity that makes the exit status 1').choices(['error', 'warning', 'never']).default(fallback),
  );
}

export interface ListSettings {
  kind: ListKind;
  agreement: Agreement;
  userMap: Map<string, FieldName>;
}

export async function resolveListOptions(options: ListOptions): Promise<ListSettings> {
  return { kind: options.kind, agreement: await loadAgreement(options.agreement), userMap: parseMapOptions(options.map) };
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

/** Exit status 1 when a finding is at or above --fail-on. */
export function fails(severities: Iterable<Severity>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  for (const s of severities) if (s === 'error' || failOn === 'warning') return true;
  return false;
}
