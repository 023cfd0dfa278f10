// The tool's name and version, from package.json (one level above src/ and dist/). The name is
// the command's (`exchange`), not the package's (`pow-exchange-ledger`: the registry's
// `exchange` is another package).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  bin?: Record<string, string>;
};

export const TOOL = { name: Object.keys(pkg.bin ?? {})[0] ?? pkg.name, version: pkg.version };
