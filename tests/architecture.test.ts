// The layers of docs/architecture.md, held by the imports: a folder of src/ imports only its own
// layer and those below it, and nothing below the kinds tests a kind by its name.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** Lowest first; a module may import its own layer and those below. Keep in step with docs/architecture.md. */
const LAYERS: string[][] = [
  ['model', 'codes', 'errors', 'data', 'random', 'progress', 'memory', 'threads', 'relaunch', 'types'],
  ['io', 'i18n', 'names', 'render', 'findings', 'generate'],
  ['schema', 'agreement'],
  ['match', 'remains'],
  ['checks'],
  ['kinds'],
  ['core'],
  ['report'],
  ['commands', 'cli', 'entry', 'bench'],
];
const layerOf = (unit: string) => LAYERS.findIndex((units) => units.includes(unit));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}
/** `match` for src/match/engine/score.ts, `model` for src/model.ts. */
const unitOf = (path: string) => relative(SRC, path).split('/')[0]!.replace(/\.ts$/, '');
const imports = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => normalize(join(dirname(path), m[1]!)).replace(/\.js$/, '.ts'));

const SOURCES = files(SRC);

describe('architecture', () => {
  it('places every folder of src/ in a layer', () => {
    for (const file of SOURCES) expect(layerOf(unitOf(file)), unitOf(file)).toBeGreaterThanOrEqual(0);
  });

  it('imports only downwards', () => {
    const upward = SOURCES.flatMap((file) =>
      imports(file)
        .filter((target) => layerOf(unitOf(target)) > layerOf(unitOf(file)))
        .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no module that asks a kind by its name below the kinds (the profile says what a kind does)', () => {
    const below = SOURCES.filter((file) => layerOf(unitOf(file)) >= 0 && !['kinds', 'generate', 'bench', 'commands', 'model', 'codes'].includes(unitOf(file)));
    const asks = below.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (/[!=]==? '(pow|remains)'|'(pow|remains)' [!=]==?/.test(line) ? [`${relative(SRC, file)}:${i + 1}`] : [])),
    );
    expect(asks).toEqual([]);
  });
});
