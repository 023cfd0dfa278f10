// The hostile corpus (issue 12): messy and crafted files, each run through the built command.
// Each either is processed with every data row in ledger.csv exactly once, or stops with exit 2
// and one line on stderr naming the file, and the line and column where there is one. No run
// shows a stack trace or an internal error. Runs are child processes, several at once.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp, type Run } from '../cli/run.js';
import {
  copies, dataLines, DELIMITERS, ENCODINGS, exchangeAsync, expectAccounted, expectNoCrash, expectRefused, FILES, fileText, png, randomBytes,
  readCsv, zip,
} from './corpus.js';

const PARTNER = join(FILES, 'partner.csv');
const PARTNER_LINES = dataLines(fileText('partner.csv'));
const dir = tempDir();
const corpusFile = (name: string) => join(FILES, name);
const upTo = (last: number) => Array.from({ length: last - 1 }, (_, i) => i + 2);

/** `reconcile <a> <b> --out DIR`, b being partner.csv unless given. */
async function reconcile(a: string, options: { b?: string; args?: string[] } = {}): Promise<{ run: Run; out: string }> {
  const out = tempDir();
  return { run: await exchangeAsync(['reconcile', a, options.b ?? PARTNER, '--out', out, ...(options.args ?? [])]), out };
}

describe.concurrent('refused whole: exit 2, one line naming the file (and line and column)', () => {
  it('an empty file', async () => {
    expectRefused((await reconcile(corpusFile('empty.csv'))).run, corpusFile('empty.csv'), {}, /empty/);
  });

  it('no name, service number or tag column', async () => {
    expectRefused((await reconcile(corpusFile('no-name-columns.csv'))).run, corpusFile('no-name-columns.csv'), { line: 1 }, /no column holds a name/);
  });

  it('an unterminated quote: the line and column of the opening quote', async () => {
    const file = corpusFile('unterminated-quote.csv');
    expectRefused((await reconcile(file)).run, file, { line: 3, column: 3 }, /never closed/);
  });

  it('two headers naming the same field: the second one', async () => {
    const file = corpusFile('duplicate-field-headers.csv');
    expectRefused((await reconcile(file)).run, file, { line: 1, column: 2 }, /both map to surname/);
  });

  it.each([
    ['random bytes', 'random.csv', () => randomBytes(64 * 1024)],
    ['a PNG image', 'photo.png', png],
    ['a ZIP archive that is not a workbook', 'archive.zip', zip],
    ['UTF-16 without a byte order mark', 'utf16.csv', () => Buffer.from(fileText('partner.csv'), 'utf16le')],
  ])('binary garbage: %s', async (_, name, bytes) => {
    const path = writeTemp(dir, name, bytes());
    expectRefused((await reconcile(path)).run, path, {}, /not (a text CSV|an \.xlsx|a CSV)/);
  });
});

describe.concurrent('processed: every data row in ledger.csv exactly once', () => {
  it.each(['header-only.csv', 'ragged-rows.csv', 'duplicate-unknown-headers.csv', 'unicode-tricks.csv'])('%s', async (name) => {
    const { run, out } = await reconcile(corpusFile(name));
    expectAccounted(run, out, { a: dataLines(fileText(name)), b: PARTNER_LINES });
  });

  it('invisible characters leave every cell and each cell that held some is reported; look-alike letters still match', async () => {
    const name = 'unicode-tricks.csv';
    const { run, out } = await reconcile(corpusFile(name));
    const ledger = expectAccounted(run, out, { a: dataLines(fileText(name)), b: PARTNER_LINES });
    const findings = readCsv(join(out, 'discrepancies.csv')).filter((f) => f.code === 'invisible-characters');
    // Line 9's BOM ends its cell and leaves with the spaces around it (csv.ts trims cells); the rest are reported.
    expect(findings.map((f) => `${f.a_line}:${f.field}`)).toEqual([
      '2:surname', '5:surname', '5:given_name', '5:service_number', '10:surname',
      '11:surname', '11:given_name', '11:patronymic', '11:service_number',
      '12:surname', '12:given_name', '12:patronymic', '12:service_number',
    ]);
    for (const f of findings) {
      expect(f.severity).toBe('warning');
      // file:line:column: field "value": …
      expect(f.message!.startsWith(`${corpusFile(name)}:${f.a_line}:`), f.message).toBe(true);
      expect(f.message).toMatch(/:\d+:\d+: (surname|given_name|patronymic|service_number) "/);
    }
    // The override is shown, not obeyed: where it stood, and its name.
    expect(findings.find((f) => f.a_line === '10')!.a_value).toBe('[U+202E]окнедуР');
    expect(findings.find((f) => f.a_line === '10')!.message).toContain('U+202E right-to-left override');
    // No output holds any of them.
    const invisible = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
    for (const file of ['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html']) {
      expect(invisible.test(readFileSync(join(out, file), 'utf8')), file).toBe(false);
    }
    const row = (line: string) => ledger.find((r) => r.a_line === line)!;
    // A zero-width space inside a name, Latin letters inside Cyrillic words, a Cyrillic З for a 3 in a service number: still matched.
    expect([row('2'), row('6'), row('7')].map((r) => `${r.status} ${r.b_line}`)).toEqual(['matched 2', 'matched 3', 'matched 4']);
    expect([row('2').surname, row('11').surname, row('11').given_name, row('12').surname]).toEqual(['Іваненко', 'Гончар', 'Павло', 'Лисенко']);
  });

  it('impossible and far past or future dates are invalid-value findings, the rows stay', async () => {
    const { run, out } = await reconcile(corpusFile('dates.csv'));
    expectAccounted(run, out, { a: dataLines(fileText('dates.csv')), b: PARTNER_LINES });
    const invalid = readCsv(join(out, 'discrepancies.csv')).filter((f) => f.code === 'invalid-value' && f.field === 'date_of_birth');
    // 31.02.2001, 00.00.0000, 0001-01-01, 9999-12-31, 1800-13-45, 29.02.2023, 19900230, 15.07.1850
    // (before 1900), and 2100-01-01 and 2031 (born after the reference date, 2025-06-02); born on
    // the reference date itself (line 12) is a date.
    expect(new Set(invalid.map((f) => f.a_line))).toEqual(new Set(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11']));
    // Each names the file, its line and the column (3) of the cell.
    for (const f of invalid) expect(f.message).toContain(`${corpusFile('dates.csv')}:${f.a_line}:3: date_of_birth`);
    expect(invalid.find((f) => f.a_line === '6')!.message).toMatch(/"2100-01-01": a date of birth after the reference date 2025-06-02/);
  });

  it('NUL bytes inside three cells spoil those cells only', async () => {
    const text = 'surname,given_name,date_of_birth,notes\nIvanenko\0,Petro,1990-01-01,x\nBondar,Ivan,1991-02-03,a\0\0b\nKoval,Oleh,1992\0-03-04,y\nMelnyk,Andrii,1993-04-05,z\n';
    const path = writeTemp(dir, 'nul-cells.csv', text);
    const { run, out } = await reconcile(path);
    expectAccounted(run, out, { a: [2, 3, 4, 5], b: PARTNER_LINES });
    const invalid = readCsv(join(out, 'discrepancies.csv')).filter((f) => f.code === 'invalid-value');
    expect(invalid.map((f) => `${f.a_line}:${f.field}`).sort()).toEqual(['2:surname', '3:notes', '4:date_of_birth']);
  });

  it('control characters (C0, DEL, C1) and bidi controls in cells, headers and labels: each cell invalid, nothing raw in any output or on the terminal', async () => {
    const text = 'прізвище,ім\'я,Пози\u202eвний,Зау\u001b[2Jваги\nKo\u009bval,Petro,x\u001b]0;PWNED\u0007y,a\nKo\u0085val,Ivan,,\nKo\u001bval,Oleh,,\nKoval,Andrii\u007f,\u202eeliF,\n';
    const path = writeTemp(dir, 'controls.csv', text);
    const { run, out } = await reconcile(path, { args: ['--a-label', 'Ки\u202eїв\u001b[2J'] });
    expectAccounted(run, out, { a: [2, 3, 4, 5], b: PARTNER_LINES });
    const invalid = readCsv(join(out, 'discrepancies.csv')).filter((f) => f.code === 'invalid-value');
    expect(invalid.map((f) => `${f.a_line}:${f.field}:${f.a_value}`)).toEqual(['2:surname:Ko[U+009B]val', '3:surname:Ko[U+0085]val', '4:surname:Ko[U+001B]val', '5:given_name:Andrii[U+007F]']);
    const unseen = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
    for (const file of ['ledger.csv', 'discrepancies.csv', 'review.csv', 'summary.json', 'report.html']) {
      expect(unseen.test(readFileSync(join(out, file), 'utf8')), file).toBe(false);
    }
    expect(readFileSync(join(out, 'ledger.csv'), 'utf8').split('\n')[0]).toContain(',a_Позивний,a_Зау[U+001B][2Jваги');
    // The terminal: not a tab or a CR within a line either.
    const onTerminal = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(onTerminal.test(run.stdout), run.stdout).toBe(false);
    expect(onTerminal.test(run.stderr), run.stderr).toBe(false);
    expect(run.stderr).toContain('header "Пози[U+202E]вний": invisible characters removed (U+202E right-to-left override)');
    expect(run.stdout).toContain('Київ[U+001B][2J');
    const validated = await exchangeAsync(['validate', path]);
    expect(onTerminal.test(validated.stdout + validated.stderr), validated.stdout).toBe(false);
    expect(validated.stdout).toContain(`${path}:2:1: surname "Ko[U+009B]val": contains a control character or an undecodable byte`);
  });

  // Every encoding with every delimiter: fifteen files, reconciled two by two.
  const variants = Object.entries(ENCODINGS).flatMap(([encoding, encode]) =>
    Object.entries(DELIMITERS).map(([name, delimiter]) => {
      const path = writeTemp(dir, `${encoding.replaceAll(' ', '-')}-${name}.csv`, encode(fileText('encodings-base.csv').replaceAll(';', delimiter)));
      return { label: `${encoding}, ${name}`, path };
    }),
  );
  const pairs = variants.map((a, i) => [a, variants[(i + 1) % variants.length]!] as const).filter((_, i) => i % 2 === 0);
  it.each(pairs.map(([a, b]) => [a.label, b.label, a.path, b.path]))('encodings and delimiters: %s against %s', async (_, __, a, b) => {
    const { run, out } = await reconcile(a!, { b });
    const ledger = expectAccounted(run, out, { a: [2, 3, 4], b: [2, 3, 4] });
    // Decoded right: the Cyrillic names come through as written, and the two sides match.
    expect(ledger.map((row) => `${row.status} ${row.surname} ${row.given_name}`).sort()).toEqual(
      ['matched Іваненко Петро', 'matched Бондар Ґанна', 'matched Шевченко Тарас'].sort(),
    );
  });

  it('200 columns', async () => {
    const header = ['surname', 'given_name', ...Array.from({ length: 198 }, (_, i) => `extra_${i + 1}`)];
    const row = (n: number) => [`Surname${n}`, 'Petro', ...Array.from({ length: 198 }, (_, i) => `v${n}.${i}`)];
    const text = [header, row(1), row(2), row(3)].map((cells) => cells.join(',')).join('\n') + '\n';
    const { run, out } = await reconcile(writeTemp(dir, 'wide.csv', text));
    const ledger = expectAccounted(run, out, { a: [2, 3, 4], b: PARTNER_LINES });
    // Unknown columns are carried through after the ledger's own.
    expect(Object.keys(ledger[0]!).filter((column) => column.includes('extra_'))).toHaveLength(198);
  });

  it('formula-injection payloads are neutralised in ledger.csv, discrepancies.csv and review.csv', async () => {
    const { run, out } = await reconcile(corpusFile('formula-injection.csv'));
    // The third record holds a CR inside a quoted cell: it takes lines 3 and 4.
    expectAccounted(run, out, { a: [2, 3, 5, 6], b: PARTNER_LINES });
    const payload = /HYPERLINK|IMPORTXML|DDE\(|cmd|CMD|SUM\(|IF\(|1\+1|1\+2|2\+3|380501234567|12345|unit|^'?@me$|^'?\+7$/;
    let checked = 0;
    for (const file of ['ledger.csv', 'discrepancies.csv', 'review.csv']) {
      for (const row of readCsv(join(out, file))) {
        for (const [column, cell] of Object.entries(row)) {
          if (!payload.test(cell)) continue;
          checked++;
          expect(cell, `${file} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('50,000 copies of one person: each row once, one of them matched and every other a duplicate of it', async () => {
    const path = writeTemp(dir, 'copies.csv', copies(50_000));
    const { run, out } = await reconcile(path);
    const ledger = expectAccounted(run, out, { a: upTo(50_001), b: PARTNER_LINES });
    const ofA = ledger.filter((row) => row.a_line !== '');
    const count = (status: string) => ofA.filter((row) => row.status === status).length;
    // The block of 50,000 is compared by sorted neighbourhood (blocking.ts), not skipped.
    expect(count('matched')).toBe(1);
    expect(count('duplicate')).toBe(49_999);
    expect(run.stderr).not.toMatch(/skipped/);
  });
});

describe.concurrent('limits: exit 2 with the line, column and option, or processed when raised', () => {
  const bigCell = `surname,given_name,notes\nIvanenko,Petro,short\nBondar,Ivan,${'x'.repeat(5 * 1024 * 1024)}\n`;

  it('a 5 MB cell passes the 1 MiB cell limit: its line and column', async () => {
    const path = writeTemp(dir, 'big-cell.csv', bigCell);
    expectRefused((await reconcile(path)).run, path, { line: 3, column: 3 }, /5242880 bytes.*1 MiB.*--max-cell-bytes/);
  });

  it('a 5 MB cell is read with --max-cell-bytes 8M', async () => {
    const path = writeTemp(dir, 'big-cell-allowed.csv', bigCell);
    const { run, out } = await reconcile(path, { args: ['--max-cell-bytes', '8M'] });
    expectAccounted(run, out, { a: [2, 3], b: PARTNER_LINES });
  });

  it('a row larger than --max-row-bytes: the column where it passes the limit', async () => {
    const path = writeTemp(dir, 'big-row.csv', `surname,a,b,c\nIvanenko,${'x'.repeat(600)},${'y'.repeat(600)},${'z'.repeat(600)}\n`);
    expectRefused((await reconcile(path, { args: ['--max-row-bytes', '1K'] })).run, path, { line: 2, column: 3 }, /--max-row-bytes/);
  });

  it('more columns than --max-columns (default 1,000)', async () => {
    const header = ['surname', ...Array.from({ length: 1_000 }, (_, i) => `c${i}`)].join(',');
    const path = writeTemp(dir, 'too-wide.csv', `${header}\nIvanenko${','.repeat(1_000)}\n`);
    expectRefused((await reconcile(path)).run, path, { line: 1, column: 1_001 }, /1001 columns.*--max-columns/);
  });

  it('a line of ten million delimiters is refused before it is parsed', async () => {
    const path = writeTemp(dir, 'delimiters.csv', `surname,given_name\nIvanenko,Petro\n${','.repeat(10_000_000)}\n`);
    expectRefused((await reconcile(path)).run, path, { line: 3 }, /--max-columns/);
  });

  it('a file larger than --max-file-bytes', async () => {
    const path = writeTemp(dir, 'large.csv', copies(100));
    expectRefused((await reconcile(path, { args: ['--max-file-bytes', '1K'] })).run, path, {}, /--max-file-bytes/);
  });

  it('standard input larger than --max-file-bytes', async () => {
    expectRefused(await exchangeAsync(['validate', '-', '--max-file-bytes', '1K'], copies(100)), '<stdin>', {}, /--max-file-bytes/);
  });

  it('a limit that is not a size is a usage error', async () => {
    const run = await exchangeAsync(['validate', PARTNER, '--max-cell-bytes', 'lots']);
    expectRefused(run, '--max-cell-bytes "lots"', {});
  });
});

// Appended to as fast as a process can (the read almost always sees the file change: exit 2), or
// a row every 20 ms (the read usually falls between two rows: a snapshot). Either outcome is right.
describe.concurrent('a file that grows while it is read', () => {
  it.each([
    ['as fast as it can', 0],
    ['a row every 20 ms', 20],
  ])('appended %s: a consistent snapshot with every row accounted for, or exit 2', async (_, interval) => {
    const header = "прізвище,ім'я,по батькові,дата народження,особистий номер\n";
    const row = (n: number) => `Прізвище${n},Петро,Іванович,01.01.1990,АВ ${String(100000 + n)}\n`;
    const path = join(dir, `growing-${interval}.csv`);
    writeFileSync(path, header + Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join(''));
    // A child process appends whole rows, one write each, while the command reads the file.
    const appender = spawn(process.execPath, ['-e', `
      const fs = require('node:fs');
      const fd = fs.openSync(${JSON.stringify(path)}, 'a');
      const end = Date.now() + 3000;
      let n = 20001;
      const write = () => fs.writeSync(fd, 'Прізвище' + n + ',Петро,Іванович,01.01.1990,АВ ' + (100000 + n++) + '\\n');
      if (${interval} === 0) while (Date.now() < end) write();
      else { const timer = setInterval(() => (Date.now() < end ? write() : clearInterval(timer)), ${interval}); }
    `]);
    const appended = new Promise((resolve) => appender.on('close', resolve));
    const { run, out } = await reconcile(path);
    await appended;
    expectNoCrash(run);
    if (run.status === 2) {
      expectRefused(run, path, {}, /changed while it was being read/);
      return;
    }
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { inputs: Array<{ rows: number; sha256: string }> };
    const rows = summary.inputs[0]!.rows;
    expect(rows).toBeGreaterThanOrEqual(20_000);
    expectAccounted(run, out, { a: upTo(rows + 1), b: PARTNER_LINES });
    // The snapshot is the file's first rows, whole: its fingerprint is that of a prefix of the final file.
    const final = readFileSync(path);
    let end = 0;
    for (let line = 0; line <= rows; line++) end = final.indexOf(0x0a, end) + 1;
    expect(createHash('sha256').update(final.subarray(0, end)).digest('hex')).toBe(summary.inputs[0]!.sha256);
  });
});
