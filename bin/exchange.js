#!/usr/bin/env node
// The `exchange` command: runs the compiled CLI (npm ci builds dist/ through `prepare`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
