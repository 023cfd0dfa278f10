// The whole command, as `bin/exchange.js` runs it, and then its own peak RSS (from the operating
// system, through process.resourceUsage) written to the file named first: the bench's scale table.
//   node dist/bench/timed-run.js RESULT.json reconcile a.csv b.csv --out DIR
// Large files start the script again as bin/exchange.js does (src/relaunch.ts); the new process
// writes its own peak.
import { writeFileSync } from 'node:fs';
import { relaunch } from '../relaunch.js';

const relaunched = await relaunch();
if (relaunched !== undefined) process.exitCode = relaunched;
else {
  const { main } = await import('../cli.js');
  const [result, ...args] = process.argv.slice(2);
  const status = await main([process.argv[0]!, 'exchange', ...args]);
  // maxRSS is in kilobytes.
  writeFileSync(result!, `${JSON.stringify({ status, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  process.exitCode = status;
}
