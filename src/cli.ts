// The command line: commands registered from src/commands/, exit statuses set in one place.
// 0: nothing at or above --fail-on; 1: findings at or above it; 2: the run could not be done.
import type { EventEmitter } from 'node:events';
import { Command, CommanderError, type Option } from 'commander';
import { registerAgreement } from './commands/agreement.js';
import { registerGenerate } from './commands/generate.js';
import { registerReconcile } from './commands/reconcile.js';
import { registerSummary } from './commands/summary.js';
import { registerValidate } from './commands/validate.js';
import { TOOL } from './commands/version.js';
import { RunError } from './errors.js';
import { writeStderrLine } from './io/stderr.js';
import { resolveLanguage, setLanguage } from './i18n/lang.js';
import { setProgress, SILENT } from './progress.js';
import { progressBar } from './render/progress-bar.js';
import { showControls } from './render/visible.js';

export function buildProgram(): Command {
  const program = new Command('exchange')
    .description('Reconcile prisoner-exchange lists: POWs and remains, across scripts, against the agreed categories.')
    .version(TOOL.version)
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    // A usage error quotes what was typed (`argument '<ESC>[2J' is invalid`): its control
    // characters shown as on every other line of ours (io/stderr.ts). Commands inherit it.
    .configureOutput({ outputError: (text, write) => write(text.split('\n').map(showControls).join('\n')) })
    .exitOverride()
    // The run's language: --lang where the command has it, else the locale (src/i18n/lang.ts).
    .hook('preAction', (_program, command) => {
      const opts = command.opts<{ lang?: string; quiet?: boolean; format?: string }>();
      setLanguage(resolveLanguage(opts.lang, process.env));
      // Progress on stderr: only on a terminal, never with --quiet or beside JSON on stdout.
      setProgress(process.stderr.isTTY && !opts.quiet && opts.format !== 'json' ? progressBar() : SILENT);
    });
  for (const register of [registerReconcile, registerValidate, registerSummary, registerAgreement, registerGenerate]) register(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const option of command.options) refuseGivenTwice(command, option);
  }
  return program;
}

/**
 * An option given twice with two values (`--decisions a.csv --decisions b.csv`, `--out x -o y`):
 * commander keeps the last and drops the first without a word, so a reviewed file, an agreement
 * or a label would be left out in silence. A usage error instead (status 2). Told before commander
 * takes the second value, by where the first came from: the command line, in this parse.
 * Repeatable options (--map, which collects into a list) and flags are left alone, and the same
 * value twice says nothing new.
 */
function refuseGivenTwice(command: Command, option: Option): void {
  if (option.isBoolean() || Array.isArray(option.defaultValue)) return;
  const key = option.attributeName();
  // A Command is an EventEmitter (its typings declare only `on`); commander's own listener, which
  // sets the value, was added with the option, so this one goes before it.
  (command as unknown as EventEmitter).prependListener(`option:${option.name()}`, (value: unknown) => {
    if (command.getOptionValueSource(key) !== 'cli') return;
    const before = command.getOptionValue(key) as unknown;
    if (before === value) return;
    command.error(`error: option '${option.flags}' given twice ("${String(before)}", then "${String(value)}"): give it once`, {
      exitCode: 2,
      code: 'exchange.optionGivenTwice',
    });
  });
}

/** Runs the command line; `program` is buildProgram()'s, or one the bench has added a hook to. */
export async function main(argv: string[], program: Command = buildProgram()): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors; every usage error is status 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    // The message may quote a header or an argument: one line, its control characters shown.
    if (error instanceof RunError) {
      writeStderrLine(`exchange: ${error.message}`);
      return error.exitCode;
    }
    const debug = argv.includes('--debug');
    writeStderrLine(`exchange: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
