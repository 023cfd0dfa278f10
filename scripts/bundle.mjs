// Bundles the compiled command (dist/entry.js and everything it imports, our modules and the
// dependencies) into one file, dist/exchange.js, which bin/exchange.js runs. Node's ES module
// loader resolves, reads and compiles each of some 250 modules in turn before the first line
// runs: 0.3 s of every run before, 0.15 s with the one file (README, Dependencies).
//   node scripts/bundle.mjs        (npm run build runs it after tsc)
// exceljs (loaded only for a workbook) and playwright-core (the bench's browser) stay outside,
// loaded from node_modules when asked for. The worker threads' scripts stay the compiled files
// under dist/, found from the bundle's place (src/threads.ts, workerScript).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/entry.js', import.meta.url).pathname],
  outfile: new URL('../dist/exchange.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs', 'playwright-core'],
  // The CommonJS dependencies (commander, talisman) call require() for Node's own modules, which
  // an ES module lacks: the bundle makes one.
  banner: { js: "import { createRequire as exchangeRequire } from 'node:module';\nconst require = exchangeRequire(import.meta.url);" },
  logLevel: 'warning',
});
