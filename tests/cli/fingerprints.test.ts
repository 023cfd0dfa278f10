// summary.json ties a report to exactly what it checked: the SHA-256 of each input, of the
// agreement file and of the decisions file, each of the bytes the run read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchange, ROOT, tempDir, writeTemp } from './run.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('summary.json fingerprints', () => {
  it('holds the SHA-256 of the inputs, the agreement file and the decisions file', () => {
    const dir = tempDir();
    const [ua, ru] = [join(ROOT, 'fixtures/pow/ua.csv'), join(ROOT, 'fixtures/pow/ru.csv')];
    const agreement = writeTemp(dir, 'terms.json', exchange(['agreement']).stdout);
    const first = join(dir, 'one');
    exchange(['reconcile', ua, ru, '--out', first, '--fail-on', 'never']);
    const decisions = join(first, 'review.csv');
    const second = join(dir, 'two');
    expect(exchange(['reconcile', ua, ru, '--out', second, '--agreement', agreement, '--decisions', decisions, '--fail-on', 'never']).status).toBe(0);
    const summary = JSON.parse(readFileSync(join(second, 'summary.json'), 'utf8')) as {
      inputs: Array<{ sha256: string }>; agreement_sha256: { of: string; sha256: string }; decisions: { path: string; sha256: string };
    };
    expect(summary.inputs.map((i) => i.sha256)).toEqual([sha(ua), sha(ru)]);
    expect(summary.agreement_sha256).toEqual({ of: 'file', sha256: sha(agreement) });
    expect(summary.decisions).toMatchObject({ path: decisions, sha256: sha(decisions) });
  });
});
