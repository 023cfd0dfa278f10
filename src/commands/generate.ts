// exchange generate: a synthetic pair of lists with their ground truth. Same seed, same bytes.
import { Option, type Command } from 'commander';
import { RunError } from '../errors.js';
import { generatePair } from '../generate/index.js';
import { writeFilesAtomically } from '../io/write-atomic.js';
import { writeStdout } from '../io/stdout.js';
import type { ListKind } from '../model.js';
import { t } from '../i18n/catalogue.js';
import { kindOption, langOption } from './options.js';

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write a synthetic pair of lists (a.csv, b.csv) with their ground truth (truth.csv)')
    .requiredOption('-o, --out <dir>', 'folder to write a.csv, b.csv and truth.csv into (created if missing)')
    .option('--size <n>', 'people in the population both lists are drawn from', '1000')
    .option('--seed <seed>', 'random seed; the same seed gives the same bytes', '1')
    .addOption(kindOption())
    .addOption(langOption())
    .action(async (options: { out: string; size: string; seed: string; kind: ListKind }) => {
      // Digits only: Number() also reads `0x10`, `1e3` and `0b11`, which no one means as a size.
      const size = /^\s*\d+\s*$/.test(options.size) ? Number(options.size) : Number.NaN;
      if (!Number.isInteger(size) || size < 1 || size > 10_000_000) throw new RunError(`--size "${options.size}": expected a whole number from 1 to 10000000`);
      const pair = generatePair({ size, seed: options.seed, kind: options.kind });
      const written = await writeFilesAtomically(options.out, [
        { name: 'a.csv', content: pair.a },
        { name: 'b.csv', content: pair.b },
        { name: 'truth.csv', content: pair.truth },
      ], []);
      writeStdout(`${t('terminal.wrote', { files: written.join(', ') })}\n`);
    });
}
