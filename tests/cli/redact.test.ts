// --redact through the built command: every byte `reconcile --out --xlsx`, `summary` and
// `validate` write (files, report.xlsx unzipped, stdout, stderr) is searched for every name,
// date of birth and service number of the input cells; the pseudonyms are stable across runs
// with one key and differ with another; the key is in no output; no key is exit 2.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REDACTION_NOTE } from '../../src/report/redact.js';
import { exchange, tempDir, writeTemp, type Run } from './run.js';

const KEY = 'cli-key-Zr9!k3y';
const OTHER = 'another-key-8w';

/** The input cells that hold a name, a date of birth or a service number, by header. */
const PERSONAL = new Set(["Прізвище", "Ім'я", 'По батькові', 'Дата народження', 'Особистий номер', 'ФИО', 'Дата рождения', 'Личный номер', 'Примітки', 'Примечание']);

/**
 * Every such cell of a list (and each word of a full name, and a DD.MM.YYYY date as YYYY-MM-DD),
 * at least 4 characters long; a bare year (a date of birth known only by it) is left out, since
 * `2001` is in every workbook's XML namespaces.
 */
function personalValues(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  // The fixtures: ua.csv is `;`-separated, ru.csv `,`-separated.
  const rows = parse(text, { delimiter: text.split('\n')[0]!.includes(';') ? ';' : ',', relax_column_count: true, bom: true }) as string[][];
  const [header, ...body] = rows;
  const values = new Set<string>();
  const add = (v: string) => { if (v.trim().length >= 4 && !/^\d{4}$/.test(v.trim())) values.add(v.trim()); };
  for (const cells of body) {
    header!.forEach((name, i) => {
      if (!PERSONAL.has(name)) return;
      const cell = cells[i] ?? '';
      add(cell);
      if (name === 'ФИО') cell.split(/\s+/).forEach(add);
      const dmy = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(cell);
      if (dmy) add(`${dmy[3]}-${dmy[2]}-${dmy[1]}`);
    });
  }
  return [...values];
}

/** The text of every entry of a ZIP archive (report.xlsx), inflated. */
function unzipText(zip: Buffer): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const [method, size, local] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42)];
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    parts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts.join('\n');
}

/** Every output of a run as text: stdout, stderr, each file of --out (report.xlsx unzipped). */
function outputs(run: Run, out?: string): Map<string, string> {
  const texts = new Map([['stdout', run.stdout], ['stderr', run.stderr]]);
  if (out === undefined) return texts;
  for (const name of readdirSync(out)) {
    const bytes = readFileSync(join(out, name));
    texts.set(name, name.endsWith('.xlsx') ? unzipText(bytes) : bytes.toString('utf8'));
  }
  return texts;
}

const leaks = (texts: Map<string, string>, values: readonly string[]) =>
  [...texts].flatMap(([name, text]) => values.filter((v) => text.includes(v)).map((v) => `${v} in ${name}`));

const pseudonymsOf = (text: string) => new Set(text.match(/P-[A-Z2-7]{10}/g));

describe.each(['pow', 'remains'])('reconcile --redact on fixtures/%s', (name) => {
  const dir = join('fixtures', name);
  const args: string[] = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8'));
  const lists = [join(dir, 'ua.csv'), join(dir, 'ru.csv')];
  const values = lists.flatMap(personalValues);
  const reconcile = (extra: string[], env: NodeJS.ProcessEnv = {}) => {
    const out = tempDir();
    const run = exchange(['reconcile', ...lists, ...args, '--out', out, '--xlsx', ...extra], { env });
    return { run, out, texts: outputs(run, out) };
  };
  const plain = reconcile([]);
  const first = reconcile(['--redact', '--redact-key', KEY]);
  const second = reconcile(['--redact'], { EXCHANGE_REDACT_KEY: KEY });
  const other = reconcile(['--redact', '--redact-key', OTHER], { EXCHANGE_REDACT_KEY: KEY });

  it('runs as without --redact: exit 1 (the fixture holds errors), the same files', () => {
    expect(first.run.status).toBe(1);
    expect([...first.texts.keys()].sort()).toEqual([...plain.texts.keys()].sort());
  });

  it('the unredacted run shows the values the search looks for', () => {
    expect(values.length).toBeGreaterThan(20);
    expect(leaks(plain.texts, values).length).toBeGreaterThan(20);
  });

  it('no name, date of birth or service number of the input survives in any output', () => {
    expect(leaks(first.texts, values)).toEqual([]);
  });

  it('the key is in no output', () => {
    for (const run of [first, second, other]) for (const [file, text] of run.texts) expect(text.includes(KEY) || text.includes(OTHER), file).toBe(false);
  });

  it('the same key (option or environment) gives the same reports; another key other pseudonyms', () => {
    for (const [file, text] of first.texts) if (file !== 'stdout') expect(second.texts.get(file), file).toBe(text);
    const mine = pseudonymsOf(first.texts.get('ledger.csv')!);
    expect(mine.size).toBeGreaterThan(5);
    const theirs = pseudonymsOf(other.texts.get('ledger.csv')!);
    expect(theirs.size).toBe(mine.size);
    for (const p of theirs) expect(mine.has(p)).toBe(false);
  });

  it('summary.json says how it was redacted; an unredacted one has no such key', () => {
    const summary = JSON.parse(first.texts.get('summary.json')!) as { redaction?: { method: string; extra_columns: string } };
    expect(summary.redaction).toMatchObject({ method: 'HMAC-SHA-256, 10 base32 characters', extra_columns: 'dropped' });
    expect(JSON.parse(plain.texts.get('summary.json')!)).not.toHaveProperty('redaction');
  });
});

describe('summary and validate --redact', () => {
  const list = 'fixtures/pow/ua.csv';
  const values = personalValues(list);

  it.each([['summary', 'text'], ['summary', 'json'], ['validate', 'text'], ['validate', 'json']])('%s --format %s leaks nothing', (command, format) => {
    const out = tempDir();
    const run = exchange([command, list, '--format', format, '--out', out, '--redact', '--redact-key', KEY]);
    expect(run.status).toBe(1);
    const texts = outputs(run, out);
    expect(leaks(texts, values)).toEqual([]);
    for (const [file, text] of texts) expect(text.includes(KEY), file).toBe(false);
    // The same command unredacted does show some of them.
    expect(leaks(outputs(exchange([command, list, '--format', format])), values).length).toBeGreaterThan(0);
  });
});

describe('summary and validate --format json record the redaction as summary.json does', () => {
  const list = 'fixtures/pow/ua.csv';
  it.each(['summary', 'validate'])('%s', (command) => {
    const redacted = JSON.parse(exchange([command, list, '--format', 'json', '--redact', '--redact-key', KEY]).stdout) as { redaction?: unknown };
    expect(redacted.redaction).toEqual(REDACTION_NOTE);
    const reconciled = JSON.parse(exchange(['reconcile', list, 'fixtures/pow/ru.csv', '--format', 'json', '--redact', '--redact-key', KEY]).stdout) as { redaction?: unknown };
    expect(redacted.redaction).toEqual(reconciled.redaction);
    expect(JSON.parse(exchange([command, list, '--format', 'json']).stdout)).not.toHaveProperty('redaction');
  });
});

describe('rows skipped above the header are told on stderr without their text under --redact', () => {
  const dir = tempDir();
  // A title row that names the clerk and the person the list is about, a row of empty cells, then the header.
  const titled = writeTemp(dir, 'titled.csv', [
    'Список складено: Петренко Іван Васильович, 12.04.1979;;',
    ';;',
    "Прізвище;Ім'я;Дата народження",
    'Шевчук;Остап;14.03.1988',
  ].join('\n') + '\n');
  const secret = ['Петренко', 'Іван Васильович', '12.04.1979'];

  it.each([
    ['reconcile', titled, 'fixtures/pow/ru.csv'],
    ['summary', titled],
    ['validate', titled],
  ])('%s', (...command) => {
    const plain = exchange([...command, '--format', 'json']);
    expect(plain.stderr).toContain(`${titled}: line 1 skipped above the header (line 3): "Список складено: Петренко Іван Васильович, 12.04.1979"`);
    const redacted = exchange([...command, '--format', 'json', '--redact', '--redact-key', KEY]);
    const lines = redacted.stderr.split('\n');
    expect(lines).toContain(`exchange: ${titled}: line 1 skipped above the header (line 3)`);
    expect(lines).toContain(`exchange: ${titled}: line 2 skipped above the header (line 3): an empty row`);
    for (const value of secret) expect(redacted.stderr, value).not.toContain(value);
    for (const value of secret) expect(redacted.stdout, value).not.toContain(value);
  });
});

describe('without a key', () => {
  it.each([
    ['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv'],
    ['summary', 'fixtures/pow/ua.csv'],
    ['validate', 'fixtures/pow/ua.csv'],
  ])('%s --redact is refused: exit 2, one line, nothing written', (...command) => {
    const out = join(tempDir(), 'out');
    const run = exchange([...command, '--redact', '--out', out], { env: { EXCHANGE_REDACT_KEY: '' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--redact needs a key: give --redact-key KEY or set EXCHANGE_REDACT_KEY/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('a key without --redact is refused rather than ignored', () => {
    const run = exchange(['reconcile', 'fixtures/pow/ua.csv', 'fixtures/pow/ru.csv', '--redact-key', KEY]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain(KEY);
  });
});
