// A large run started again with a larger young generation. Node's default semi-space (16 MB)
// makes the collector copy the records and features of a large run several hundred times while
// they are built: at 300,000 people a side, 443 young-generation collections took 1.9 s of the
// main thread. The semi-space is fixed when the process starts (setting the flag later changes
// nothing), so a run whose input files are large is started again, once, with
// --max-semi-space-size: measured at 300,000 a side, 25.7–28.3 s against 29.9–30.2 s, the same
// peak memory. The new process inherits the terminal, the environment and the signals sent here.
// Only node's own modules are imported, so deciding costs a small run nothing.
//
// A small run is the opposite case: it ends before most of its code is warm, and V8's optimising
// compiler, inlining callees into each hot function, spends more CPU compiling than the inlined
// code saves in the seconds left. Such a run turns inlining off before the command is loaded
// (SHORT_RUN_FLAGS): measured on this 2-core machine, alternated, FEBRL 4's whole command took
// 8% less CPU and wall time (medians of twelve runs each), 10,000 a side 16% less CPU and 11% less
// wall time (eight each); the reports are the same bytes (flags change how code is compiled,
// never what it computes). A large run keeps V8's defaults: at 100,000 a side the clock could not
// tell the two apart.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** The semi-space of a relaunched run, in MB. */
export const SEMI_SPACE_MB = 64;
/** Input files (all the arguments that are files) of at least this many bytes in all make a run large. */
export const RELAUNCH_BYTES = 8 * 1024 * 1024;
/** V8's flags for a run on inputs under RELAUNCH_BYTES, set before the command's code is loaded. */
export const SHORT_RUN_FLAGS = '--no-turbo-inlining';
/** Set in a relaunched process, so that it never relaunches again; `EXCHANGE_RELAUNCH=0` keeps a run where it is. */
const RELAUNCHED = 'EXCHANGE_RELAUNCH';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The bytes of the arguments that name files (an option's value is an argument too; a directory is not a file). */
function fileBytes(args: readonly string[]): number {
  let bytes = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    try {
      const stat = statSync(arg);
      if (stat.isFile()) bytes += stat.size;
    } catch {
      // Not a file: a command, an option's value, a path to write.
    }
  }
  return bytes;
}

/**
 * V8's flags for a run on `args` (the command line after the script) whose input files come to
 * less than RELAUNCH_BYTES, or undefined for a large run (started again or kept where it is). A
 * command that names no file (`--version`, standard input) is a short run too.
 */
export function shortRunFlags(args: readonly string[]): string | undefined {
  return fileBytes(args) < RELAUNCH_BYTES ? SHORT_RUN_FLAGS : undefined;
}

/** Whether a process started with `execArgv` and `env` on `args` (the command line after the script) should start again. */
export function shouldRelaunch(args: readonly string[], execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env[RELAUNCHED] !== undefined) return false;
  if (execArgv.some((flag) => flag.startsWith('--max-semi-space-size') || flag.startsWith('--semi-space'))) return false;
  return fileBytes(args) >= RELAUNCH_BYTES;
}

/**
 * Runs the script again with a larger young generation when its inputs are large, and resolves
 * with that run's exit status; resolves undefined when this process should do the run itself (a
 * small run, told first to compile less: shortRunFlags; or a new process that could not start).
 * A signal sent here goes on to the new process, which cleans up as it would have here; if it
 * dies by a signal, so does this process.
 */
export async function relaunch(argv: readonly string[] = process.argv): Promise<number | undefined> {
  const [, script, ...args] = argv;
  if (script === undefined || !shouldRelaunch(args)) {
    const flags = shortRunFlags(args);
    if (flags !== undefined) setFlagsFromString(flags);
    return undefined;
  }
  const child = spawn(process.execPath, [`--max-semi-space-size=${SEMI_SPACE_MB}`, ...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCHED]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
  const handlers = SIGNALS.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      // The new process could not start: say so, and run here after all.
      process.stderr.write(`exchange: could not start a larger run (${error.message}); running as it is\n`);
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(undefined);
    });
    child.on('exit', (code, signal) => {
      for (const [s, handler] of handlers) process.off(s, handler);
      if (signal !== null) {
        process.kill(process.pid, signal);
        return;
      }
      resolve(code ?? 1);
    });
  });
}
