// exchange agreement: print the effective agreement terms as JSON.
import type { Command } from 'commander';
import { loadAgreement } from '../agreement/terms.js';
import { writeStdout } from '../io/stdout.js';

export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description('print the effective agreement terms as JSON')
    .option('--agreement <file>', 'agreement terms (JSON) to validate and print instead of the embedded default')
    .action(async (options: { agreement?: string }) => {
      writeStdout(`${JSON.stringify(await loadAgreement(options.agreement), null, 2)}\n`);
    });
}
