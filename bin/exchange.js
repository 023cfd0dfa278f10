#!/usr/bin/env node
// The `exchange` command: runs the compiled CLI (npm ci builds dist/ through `prepare`). A run on
// large files is started again with a larger young generation first (src/relaunch.ts).
import { relaunch } from '../dist/relaunch.js';

const relaunched = await relaunch();
if (relaunched !== undefined) process.exitCode = relaunched;
else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv);
}
