// The whole command, as `bin/exchange.js` runs it, and then its own peak RSS (from the operating
// system, through process.resourceUsage) and the longest its progress stood still (stillness.ts)
// written to the file named first: the bench's scale table.
//   node dist/bench/timed-run.js RESULT.json reconcile a.csv b.csv --out DIR
// Large files start the script again as bin/exchange.js does (src/relaunch.ts); the new process
// writes its own peak.
import { writeFileSync } from 'node:fs';
import { relaunch } from '../relaunch.js';
import { Stillness } from './stillness.js';

const relaunched = await relaunch();
if (relaunched !== undefined) process.exitCode = relaunched;
else {
  // The bundle bin/exchange.js runs, so that the command loads as it does there.
  const bundle = new URL('../exchange.js', import.meta.url).href;
  const { buildProgram, main, progress, setProgress } = (await import(bundle)) as typeof import('../entry.js');
  const [result, ...args] = process.argv.slice(2);
  // The progress the command sets up (none with --quiet) is watched for how long it stands still.
  const stillness = new Stillness();
  const program = buildProgram().hook('preAction', () => setProgress(stillness.watch(progress())));
  const status = await main([process.argv[0]!, 'exchange', ...args], program);
  // maxRSS is in kilobytes.
  const figures = { status, maxRssBytes: process.resourceUsage().maxRSS * 1024, stillest: stillness.longest() };
  writeFileSync(result!, `${JSON.stringify(figures)}\n`);
  process.exitCode = status;
}
