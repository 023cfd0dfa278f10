// Bundles the compiled command (dist/entry.js and everything it imports, our modules and the
// dependencies) into one file, dist/exchange.js, which bin/exchange.js runs, and each worker
// thread's script into one file beside it (dist/csv-worker.js, read-list-worker.js,
// score-worker.js). They sit in dist/ itself, as dist/data.js does, because the modules find the
// repo's data from their own place (src/data.ts), which in a bundle is the bundle's. Node's ES
// module loader resolves, reads and compiles each of some 250 modules in turn before the first
// line runs: 0.3 s of every run before, about half that from one file (README, Dependencies); a
// worker thread, which loads its own modules, starts sooner too.
//   node scripts/bundle.mjs        (npm run build runs it after tsc)
// exceljs (loaded only for a workbook) and playwright-core (the bench's browser) stay outside,
// loaded from node_modules when asked for. The workers are found from dist/'s root
// (src/threads.ts, workerScript), which is where both the bundle and dist/threads.js sit.
import { build } from 'esbuild';

const dist = (path) => new URL(`../dist/${path}`, import.meta.url).pathname;
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs', 'playwright-core'],
  // The CommonJS dependencies (commander, talisman) call require() for Node's own modules, which
  // an ES module lacks: each bundle makes one.
  banner: { js: "import { createRequire as exchangeRequire } from 'node:module';\nconst require = exchangeRequire(import.meta.url);" },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [dist('entry.js')], outfile: dist('exchange.js') });
await build({
  ...common,
  entryPoints: ['render/csv-worker.js', 'commands/read-list-worker.js', 'match/engine/score-worker.js'].map(dist),
  outdir: dist(''),
  entryNames: '[name]',
});
