#!/usr/bin/env node
// The `exchange` command: runs the compiled CLI, bundled into one file (npm ci builds dist/ and
// dist/exchange.js through `prepare`: scripts/bundle.mjs). A run on large files is started again
// with a larger young generation first (src/relaunch.ts).
import { relaunch } from '../dist/relaunch.js';

const relaunched = await relaunch();
if (relaunched !== undefined) process.exitCode = relaunched;
else {
  const { main } = await import('../dist/exchange.js');
  process.exitCode = await main(process.argv);
}
