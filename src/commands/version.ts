// The tool's name and version, from the repo's package.json. The name is
// the command's (`exchange`), not the package's (`pow-exchange-ledger`: the registry's
// `exchange` is another package).
import { readFileSync } from 'node:fs';
import { repoPath } from '../data.js';

const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin?: Record<string, string>;
};

export const TOOL = { name: Object.keys(pkg.bin ?? {})[0] ?? pkg.name, version: pkg.version };
