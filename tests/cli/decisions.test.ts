import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { exchange, ROOT, tempDir } from './run.js';

const UA = 'fixtures/pow/ua.csv';
const RU = 'fixtures/pow/ru.csv';
type Row = Record<string, string>;
const readCsv = (path: string) => parse(readFileSync(path), { columns: true }) as Row[];

function decide(reviewCsv: string, decision: string, target: string): void {
  const rows = readCsv(reviewCsv).map((row) => ({ ...row, decision }));
  writeFileSync(target, stringify(rows, { header: true }));
}

describe('review and --decisions', () => {
  const dir = tempDir();
  const first = exchange(['reconcile', UA, RU, '--out', join(dir, 'first')]);
  const review = readCsv(join(dir, 'first', 'review.csv'));

  it('writes the pairs to decide, both records side by side', () => {
    expect(first.status).toBe(1);
    expect(review.length).toBeGreaterThan(0);
    expect(Object.keys(review[0]!).slice(0, 5)).toEqual(['a_record_id', 'b_record_id', 'score', 'decision', 'why']);
    expect(review[0]).toHaveProperty('a_surname');
    expect(review[0]).toHaveProperty('b_surname');
    expect(review.every((r) => r.decision === '')).toBe(true);
  });

  it('a `same` decision makes the pair matched, decided by a person', () => {
    decide(join(dir, 'first', 'review.csv'), 'same', join(dir, 'same.csv'));
    const run = exchange(['reconcile', UA, RU, '--out', join(dir, 'same'), '--decisions', join(dir, 'same.csv')]);
    expect(run.stderr).toBe('');
    const ledger = readCsv(join(dir, 'same', 'ledger.csv'));
    for (const pair of review) {
      const row = ledger.find((r) => r.a_record_id === pair.a_record_id);
      expect(row).toMatchObject({ status: 'matched', b_record_id: pair.b_record_id, decision: 'same' });
    }
    expect(readCsv(join(dir, 'same', 'review.csv')).map((r) => r.decision)).toEqual(review.map(() => 'same'));
    expect(run.stdout).toMatch(new RegExp(`Decisions: ${review.length} applied`));
  });

  it('a `different` decision keeps the two apart', () => {
    decide(join(dir, 'first', 'review.csv'), 'different', join(dir, 'different.csv'));
    exchange(['reconcile', UA, RU, '--out', join(dir, 'different'), '--decisions', join(dir, 'different.csv')]);
    const ledger = readCsv(join(dir, 'different', 'ledger.csv'));
    for (const pair of review) {
      expect(ledger.find((r) => r.a_record_id === pair.a_record_id)).toMatchObject({ status: 'only_a', decision: 'different' });
      expect(ledger.find((r) => r.b_record_id === pair.b_record_id)).toMatchObject({ status: 'only_b', decision: 'different' });
    }
  });

  it('applies no row of a contradiction, names each on stderr and counts them in summary.json', () => {
    writeFileSync(join(dir, 'da.csv'), 'record_id,surname,given_name,date_of_birth\n37,Savchuk,Roman,21.01.1991\n38,Sydorenko,Yurii,30.08.1991\n');
    writeFileSync(join(dir, 'db.csv'), 'record_id,surname,given_name,date_of_birth\n35,Savchuk,Roman,21.01.1991\n36,Sydorenko,Vasyl,30.08.1991\n');
    const decisions = join(dir, 'dd.csv');
    writeFileSync(decisions, 'a_record_id,b_record_id,score,decision\n38,36,1,same\n38,35,1,same\n');
    const out = join(dir, 'contradicting');
    const run = exchange(['reconcile', join(dir, 'da.csv'), join(dir, 'db.csv'), '--decisions', decisions, '--out', out]);
    expect(run.stderr).toBe([
      `exchange: ${decisions}: line 2: "A 38 same as B 36" contradicts line 3 ("A 38 same as B 35"); not applied, these records are matched as if undecided`,
      `exchange: ${decisions}: line 3: "A 38 same as B 35" contradicts line 2 ("A 38 same as B 36"); not applied, these records are matched as if undecided`,
      '',
    ].join('\n'));
    expect(run.stdout).toContain('Decisions: 0 applied, 2 contradictory, left out');
    const ledger = readCsv(join(out, 'ledger.csv')).map((r) => [r.status, r.a_record_id, r.b_record_id, r.decision]);
    expect(ledger).toEqual([['matched', '37', '35', ''], ['review', '38', '36', '']]);
    expect(readCsv(join(out, 'review.csv')).map((r) => [r.a_record_id, r.b_record_id, r.decision])).toEqual([['38', '36', '']]);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).decisions).toMatchObject({ applied: 0, unused: 0, conflicting: 2 });
  });

  it('refuses --decisions - when a list is read from stdin too', () => {
    const run = exchange(['reconcile', '-', RU, '--decisions', '-'], { input: readFileSync(join(ROOT, UA)) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('exchange: only one input can be read from stdin (-)\n');
  });

  it('refuses a decision that is neither same nor different, naming line and column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'a_record_id,b_record_id,score,decision\nUA-038,36,10,maybe\n');
    const run = exchange(['reconcile', UA, RU, '--decisions', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}:2:4: decision "maybe" is neither same nor different`);
  });
  // Ids alone fit another run's file: lists numbered 1, 2, 3 on both sides, and a decisions file
  // from the run with A and B swapped, names two other people under the same ids.
  it('does not apply a row whose surnames or tags are not those of the records its ids name (A and B swapped)', () => {
    const [na, nb] = [join(dir, 'na.csv'), join(dir, 'nb.csv')];
    writeFileSync(na, 'record_id,surname,given_name,date_of_birth\n1,Kovalenko,Ivan,1990-01-01\n2,Shevchenko,Petro,1985-05-05\n3,Bondar,Oleh,1970-07-07\n');
    writeFileSync(nb, 'record_id,surname,given_name,date_of_birth\n1,Bondar,Oleg,1970-07-07\n2,Kovalenko,Iwan,1990-02-01\n3,Shevchenko,Petro,1985-05-05\n');
    // Decided in the run na.csv against nb.csv (the page's decisions.csv): A 1 Kovalenko is B 2 Kovalenko.
    const decisions = join(dir, 'numbered.csv');
    writeFileSync(decisions, 'a_record_id,b_record_id,decision,score,a_surname,b_surname\n1,2,same,16.01,Kovalenko,KOVALENKO\n');
    const right = exchange(['reconcile', na, nb, '--out', join(dir, 'numbered-right'), '--decisions', decisions]);
    expect(right.stderr).toBe('');
    expect(right.stdout).toContain('Decisions: 1 applied');
    const swapped = exchange(['reconcile', nb, na, '--out', join(dir, 'numbered-swapped'), '--decisions', decisions]);
    expect(swapped.stderr).toBe(
      `exchange: ${decisions}: line 2: "A 1 same as B 2" not applied: its a_surname is not that of record 1 of list A: ` +
        'the row was written for other lists, or with A and B swapped (delete the a_surname column to apply it anyway)\n',
    );
    // Bondar (B's 1) is not made the same person as Shevchenko (A's 2).
    expect(readCsv(join(dir, 'numbered-swapped', 'ledger.csv')).find((r) => r.a_record_id === '1')).toMatchObject({ status: 'matched', b_record_id: '3', decision: '' });
    const summary = JSON.parse(readFileSync(join(dir, 'numbered-swapped', 'summary.json'), 'utf8'));
    expect(summary.decisions).toMatchObject({ applied: 0, unused: 1, conflicting: 0 });
    // A body tag is checked the same way (a register of remains has few names); a pseudonym of --redact is not checked.
    const tags = join(dir, 'tags.csv');
    writeFileSync(tags, 'a_record_id,b_record_id,decision,a_surname,b_surname,a_tag,b_tag\n1,2,same,P-ABCDEFGHIJ,P-ABCDEFGHIJ,,UA-2024-000379\n');
    expect(exchange(['reconcile', na, nb, '--decisions', tags]).stderr).toContain('its b_tag is not that of record 2 of list B');
    writeFileSync(tags, 'a_record_id,b_record_id,decision,a_surname,b_surname\n1,2,same,P-ABCDEFGHIJ,P-KLMNOPQRST\n');
    expect(exchange(['reconcile', na, nb, '--decisions', tags]).stdout).toContain('Decisions: 1 applied');
  });
});
