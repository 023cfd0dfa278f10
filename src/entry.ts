// What the command's one-file bundle (dist/exchange.js, made by scripts/bundle.mjs) exposes:
// bin/exchange.js runs `main`; the bench's timed run (src/bench/timed-run.ts) builds the program
// itself to watch its progress.
export { buildProgram, main } from './cli.js';
export { progress, setProgress } from './progress.js';
