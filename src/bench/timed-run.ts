// The whole command, as `bin/exchange.js` runs it, and then its own peak RSS (from the operating
// system, through process.resourceUsage) written to the file named first: the bench's scale table.
//   node dist/bench/timed-run.js RESULT.json reconcile a.csv b.csv --out DIR
import { writeFileSync } from 'node:fs';
import { main } from '../cli.js';

const [result, ...args] = process.argv.slice(2);
const status = await main([process.argv[0]!, 'exchange', ...args]);
// maxRSS is in kilobytes.
writeFileSync(result!, `${JSON.stringify({ status, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
process.exitCode = status;
