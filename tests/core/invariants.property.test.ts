// Invariants of the whole run on generated and on hostile lists (issue 12): no row lost, the same
// bytes twice, A and B exchangeable, row order irrelevant, written CSV read back cell for cell,
// and no input that makes the reading path or the core throw anything but the tool's own errors.
// Each property reads CSV text as the command does and renders through the report registry.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { reconcile } from '../../src/core/reconcile.js';
import { InputError, RunError } from '../../src/errors.js';
import { PROFILES } from '../../src/kinds/index.js';
import { createMatcher } from '../../src/match/create.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { Finding, LedgerEntry, ListKind, PersonRecord } from '../../src/model.js';
import { discrepanciesTable } from '../../src/report/discrepancies-csv.js';
import { ledgerTable } from '../../src/report/ledger-csv.js';
import { reviewTable } from '../../src/report/review-csv.js';
import type { RunReport } from '../../src/report/run.js';
import { summarise } from '../../src/report/summary.js';
import {
  AGREEMENT, COMPARED_FILES, csvRows, dataLineCount, expectedRows, generated, permuteLines, readCsvText, renderFiles, runLists, runTexts,
} from './invariants-support.js';

const KINDS: readonly ListKind[] = ['pow', 'remains'];
const sizeArb = fc.integer({ min: 20, max: 200 });
const seedArb = fc.integer({ min: 0, max: 1_000_000 });
/** Runs of a property: a fixed seed, so CI sees the same cases every time (INVARIANT_SEED and INVARIANT_RUNS_SCALE widen the hunt). */
const runs = (numRuns: number) => ({ numRuns: numRuns * Number(process.env.INVARIANT_RUNS_SCALE ?? 1), seed: Number(process.env.INVARIANT_SEED ?? 20_261_201) });

/** Each side's records, by index, in the ledger exactly once. */
function sidesOfEntries(entries: readonly LedgerEntry[]) {
  return {
    a: entries.flatMap((e) => (e.a ? [e.a.index] : [])).sort((x, y) => x - y),
    b: entries.flatMap((e) => (e.b ? [e.b.index] : [])).sort((x, y) => x - y),
  };
}

const column = (rows: string[][], name: string) => {
  const at = rows[0]!.indexOf(name);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[at]!);
};
const linesOf = (records: readonly PersonRecord[]) => records.map((r) => String(r.line)).sort();

describe('no row is ever lost', () => {
  for (const kind of KINDS) {
    it(`${kind}: every row of both inputs is in exactly one ledger entry and one ledger.csv row`, async () => {
      await fc.assert(
        fc.asyncProperty(sizeArb, seedArb, async (size, seed) => {
          const { a, b } = generated(size, seed, kind);
          const run = runTexts(a, b, kind);
          // Every data line of each file became a record...
          expect(run.a.records).toHaveLength(dataLineCount(a));
          expect(run.b.records).toHaveLength(dataLineCount(b));
          // ...and every record is in exactly one entry, by side and index.
          const seen = sidesOfEntries(run.result.entries);
          expect(seen.a).toEqual(run.a.records.map((r) => r.index));
          expect(seen.b).toEqual(run.b.records.map((r) => r.index));
          // ledger.csv as written: one row per entry, every line of A and of B once.
          const ledger = csvRows((await renderFiles(run))['ledger.csv']);
          expect(ledger).toHaveLength(run.result.entries.length + 1);
          expect(column(ledger, 'a_line').filter((l) => l !== '').sort()).toEqual(linesOf(run.a.records));
          expect(column(ledger, 'b_line').filter((l) => l !== '').sort()).toEqual(linesOf(run.b.records));
        }),
        runs(6),
      );
    });
  }
});

describe('output is deterministic', () => {
  for (const kind of KINDS) {
    it(`${kind}: two runs on the same files write byte-identical ${COMPARED_FILES.join(', ')}`, async () => {
      await fc.assert(
        fc.asyncProperty(sizeArb, seedArb, async (size, seed) => {
          const { a, b } = generated(size, seed, kind);
          // Each run reads the texts afresh and has its own matcher, as two invocations would.
          const [first, second] = [await renderFiles(runTexts(a, b, kind)), await renderFiles(runTexts(a, b, kind))];
          for (const name of COMPARED_FILES) expect(second[name], name).toBe(first[name]);
        }),
        runs(4),
      );
    });
  }
});

// Exchanging A and B. What must be equal, side for side:
// - the entries, as a multiset keyed by the two records (index in the A file, index in the B file):
//   status (only_a ↔ only_b), score, why, namesSwapped, and the entry's findings;
// - a finding: code (only-in-a ↔ only-in-b), severity, field, column, file, its records (a ↔ b),
//   aValue ↔ bValue, args (count-mismatch a ↔ b, remains-quota side a ↔ b); its message is not
//   compared, as it names the lists by their labels and in A-then-B order;
// - the list-level findings likewise; the review pairs as a set of record pairs; the summary's
//   counts by status (only_a ↔ only_b), code (only-in-a ↔ only-in-b) and severity, and its
//   per-side sections (categories, remains) exchanged.
// What legitimately differs, and how it is compared:
// - the ledger's order (A's records first, then B's unpaired ones) and the order of an entry's
//   findings (rules run side a, then side b): compared as multisets;
// - a remains pair's `why` names the sides (`tag=+16.5[a: …; b: …]`): its two halves exchanged;
// - the score, a sum of the same weights added in another order, may differ in its last bit
//   (28.760432498808246 against 28.76043249880825): compared to 1e-9 (reports write two decimals),
//   in a property of its own, with the why and possible-match's score, as it has a bug of its own;
// - eligible-not-listed's `reason`: the rule raises the finding when either record qualifies
//   (docs/codes.md) and words the reason from the first that does, A before B, so a pair whose
//   dates differ by a year says `age 19` one way and `age 20` the other (size 20, seed 999973,
//   UA-000003 ~ RU-5000003). Left out; its code, category and records are still compared;
// - a pair read with names swapped (namesSwapped) is checked in A's columns, so its surname
//   conflict one way is a given_name conflict the other (size 56, seed 3, UA-000022 ~ RU-5000026):
//   for such a pair the two name fields are exchanged. Whether such a conflict is raised at all is
//   the bug of the last property below, which is why the others leave those findings out.
const otherSide = { a: 'b', b: 'a' } as const;
const NAME_SWAP: Record<string, string> = { surname: 'given_name', given_name: 'surname' };
const swapCode = (code: string) => (code === 'only-in-a' ? 'only-in-b' : code === 'only-in-b' ? 'only-in-a' : code);
const swapStatus = (status: string) => (status === 'only_a' ? 'only_b' : status === 'only_b' ? 'only_a' : status);

/** A surname or given-name conflict of a pair read with names swapped (see the last property). */
const isSwappedNameConflict = (f: Finding, entry: LedgerEntry) =>
  entry.namesSwapped === true && f.code === 'field-conflict' && (f.field === 'surname' || f.field === 'given_name');

/**
 * A finding as compared: its message left out, and eligible-not-listed's A-first reason; the
 * score of possible-match is compared with the scores (see the property on them below).
 */
function shape(f: Finding): Record<string, unknown> {
  const args: Record<string, unknown> = { ...f.args };
  if (f.code === 'eligible-not-listed') delete args.reason;
  if (f.code === 'possible-match') delete args.score;
  return { code: f.code, severity: f.severity, a: f.a, b: f.b, field: f.field, aValue: f.aValue, bValue: f.bValue, file: f.file, column: f.column, args };
}

/** A finding of the backward run with its sides exchanged, as the forward run should have raised it. */
function mirrored(f: Finding, entry?: LedgerEntry): Record<string, unknown> {
  const s = shape(f);
  const args = s.args as Record<string, unknown>;
  if (f.code === 'count-mismatch') [args.a, args.b] = [args.b, args.a];
  if (f.code === 'remains-quota') args.side = otherSide[f.args.side];
  const field = entry?.namesSwapped && f.code === 'field-conflict' ? (NAME_SWAP[f.field ?? ''] ?? f.field) : f.field;
  return { ...s, code: swapCode(f.code), a: f.b, b: f.a, field, aValue: f.bValue, bValue: f.aValue };
}

/** Canonical JSON with sorted keys and no undefined, so that two equal shapes give one string. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
const multiset = (items: unknown[]) => items.map(canonical).sort();

/** An entry keyed by its records in the A file and the B file, whichever side each was read as. */
const entryKey = (e: LedgerEntry, fileOf: { a: 'A' | 'B'; b: 'A' | 'B' }) => {
  const key: Record<string, number | undefined> = { A: undefined, B: undefined };
  if (e.a) key[fileOf.a] = e.a.index;
  if (e.b) key[fileOf.b] = e.b.index;
  return `${key.A ?? '-'}~${key.B ?? '-'}`;
};

const nearScore = (score: number | undefined) => (score === undefined ? undefined : score.toFixed(9));
const mirroredWhy = (why: string | undefined) => why?.replace(/\[a: ([^;\]]*); b: ([^\]]*)\]/g, '[a: $2; b: $1]');

type Keep = (f: Finding, entry: LedgerEntry) => boolean;
const allButSwappedNames: Keep = (f, e) => !isSwappedNameConflict(f, e);

/** The forward run's entries (their scores aside), each with the findings `keep` takes. */
function entriesForward(run: RunReport, keep: Keep) {
  return multiset(run.result.entries.map((e) => ({
    key: entryKey(e, { a: 'A', b: 'B' }), status: e.status, namesSwapped: e.namesSwapped,
    findings: multiset(e.findings.filter((f) => keep(f, e)).map(shape)),
  })));
}
/** The backward run's entries mirrored into the forward run's terms. */
function entriesBackward(run: RunReport, keep: Keep) {
  return multiset(run.result.entries.map((e) => ({
    key: entryKey(e, { a: 'B', b: 'A' }), status: swapStatus(e.status), namesSwapped: e.namesSwapped,
    findings: multiset(e.findings.filter((f) => keep(f, e)).map((f) => mirrored(f, e))),
  })));
}

/** Each pair's score, its why and its possible-match score, keyed by its records in the two files. */
function scoresOf(run: RunReport, fileOf: { a: 'A' | 'B'; b: 'A' | 'B' }) {
  const backward = fileOf.a === 'B';
  return multiset(run.result.entries.filter((e) => e.score !== undefined).map((e) => ({
    key: entryKey(e, fileOf), score: nearScore(e.score), why: backward ? mirroredWhy(e.why) : e.why,
    possibleMatch: e.findings.flatMap((f) => (f.code === 'possible-match' ? [f.args.score] : [])),
  })));
}

const listFindings = (run: RunReport) => run.result.findings.slice(run.result.entries.reduce((n, e) => n + e.findings.length, 0));

/** The summary's counts and per-side sections, less the findings the comparison leaves out. */
function summaryCounts(run: RunReport, keep: Keep) {
  const s = summarise(run);
  const left = run.result.entries.flatMap((e) => e.findings.filter((f) => !keep(f, e)));
  const codes = { ...s.codes };
  const severity = { ...s.severity };
  for (const f of left) {
    codes[f.code]--;
    severity[f.severity]--;
  }
  return { status: s.status, codes, severity, categories: s.categories, remains: s.remains };
}
function summaryBackward(run: RunReport, keep: Keep) {
  const s = summaryCounts(run, keep);
  const status = { ...s.status, only_a: s.status.only_b, only_b: s.status.only_a };
  const codes = { ...s.codes, 'only-in-a': s.codes['only-in-b'], 'only-in-b': s.codes['only-in-a'] };
  const categories = s.categories.map((c) => ({ ...c, a: c.b, b: c.a }));
  const remains = s.remains && { ...s.remains, a: s.remains.b, b: s.remains.a };
  return { status, codes, severity: s.severity, categories, remains };
}

/** The run on the two files, and the run with the files exchanged; each file keeps its path (invalid-value names it). */
function bothWays(size: number, seed: number, kind: ListKind) {
  const { a, b } = generated(size, seed, kind);
  return {
    forward: runLists(readCsvText(a, 'a', kind, 'A.csv'), readCsvText(b, 'b', kind, 'B.csv')),
    backward: runLists(readCsvText(b, 'a', kind, 'B.csv'), readCsvText(a, 'b', kind, 'A.csv')),
  };
}

describe('swapping A and B swaps the sides of the result and nothing else', () => {
  for (const kind of KINDS) {
    it(`${kind}: the same entries, findings, review pairs and counts, sides exchanged`, () => {
      fc.assert(
        fc.property(sizeArb, seedArb, (size, seed) => {
          const { forward, backward } = bothWays(size, seed, kind);
          expect(entriesBackward(backward, allButSwappedNames)).toEqual(entriesForward(forward, allButSwappedNames));
          expect(multiset(listFindings(backward).map((f) => mirrored(f)))).toEqual(multiset(listFindings(forward).map(shape)));
          const pairs = (run: RunReport, flip: boolean) => new Set(run.result.reviewPairs.map((p) => (flip ? `${p.b}~${p.a}` : `${p.a}~${p.b}`)));
          expect(pairs(backward, true)).toEqual(pairs(forward, false));
          expect(summaryBackward(backward, allButSwappedNames)).toEqual(summaryCounts(forward, allButSwappedNames));
        }),
        // (56, 3) has a pair read with names swapped; (20, 999973) an eligible-not-listed worded from A.
        { ...runs(5), examples: [[56, 3], [20, 999973], [60, 640333]] },
      );
    });
  }

  // BUG: field-conflict compares a pair read with names swapped in A's columns, each value by the
  // rules of the column it sits in on side A. When A is the list that swapped the names, B's
  // surname is compared with A's surname (written in A's given-name column) by the given-name
  // rules, which lack the surname equivalences (Ukrainian і for Russian е): a conflict one way,
  // none the other. Minimal, one row each (header, then the row):
  //   a.csv  Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер
  //          UA-1;Петро;Кисіль;Андрійович;06.01.1985;МП599150
  //   b.csv  Номер записи,ФИО,Дата рождения,Личный номер
  //          RU-1,Кисель Пётр Андреевич,1985-01-06,МП599150
  // reconcile a.csv b.csv: matched, names=swapped, field-conflict given_name Кисіль / Кисель
  // (spelling); reconcile b.csv a.csv: matched, names=swapped, no finding. Found on generated
  // lists as size 93, seed 10: UA-000028 (Петро;Кисіль, names in each other's column) ~ RU-5000087.
  it('pow: a pair read with names swapped has the same name conflicts whichever list is A', () => {
    const onlySwappedNames: Keep = isSwappedNameConflict;
    fc.assert(
      fc.property(sizeArb, seedArb, (size, seed) => {
        const { forward, backward } = bothWays(size, seed, 'pow');
        expect(entriesBackward(backward, onlySwappedNames)).toEqual(entriesForward(forward, onlySwappedNames));
      }),
      { ...runs(5), examples: [[93, 10]] },
    );
  });

  // BUG: a pair's score depends on which list is A. The frequency adjustment of an exact surname
  // (score.ts, weightOf) looks up the frequency of A's value only; a surname that agrees at the
  // exact level through the Ukrainian і / Russian е, о alternation (Підлісний, Подлесный) has two
  // values of different frequencies, so the weight is A's. Minimal (header, then the rows):
  //   a.csv  Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер
  //          UA-1;Підлісний;Аркадій;Ігорович;22.02.1993;РХ270897
  //          UA-2;Підлісний;Іван;Петрович;01.01.1980;РХ111111
  //   b.csv  Номер записи,ФИО,Дата рождения,Личный номер
  //          RU-1,ПОДЛЕСНЫЙ Аркадий Игоревич,1993-02-22,РХ270897
  // reconcile a.csv b.csv: UA-1~RU-1 46.23 (surname=+7.8[і/е/о]); reconcile b.csv a.csv: the same
  // pair 47.23 (surname=+8.8[і/е/о]). Near a threshold this changes matched/review/only. Found on
  // generated lists as pow size 60, seed 640333 (UA-000044 Підлісний ~ RU-5000034 ПОДЛЕСНЫЙ, 43.19
  // against 42.19) and remains size 200, seed 30 (UA-000015 ~ RU-5000053).
  for (const kind of KINDS) {
    it(`${kind}: every pair has the same score and why whichever list is A`, () => {
      fc.assert(
        fc.property(sizeArb, seedArb, (size, seed) => {
          const { forward, backward } = bothWays(size, seed, kind);
          expect(scoresOf(backward, { a: 'B', b: 'A' })).toEqual(scoresOf(forward, { a: 'A', b: 'B' }));
        }),
        { ...runs(5), examples: kind === 'pow' ? [[60, 640333]] : [[200, 30]] },
      );
    });
  }
});

/**
 * A permutation as the transpositions that make it, applied to the identity in turn: enough of them
 * mix a list well, and a failing one shrinks to the few exchanges of rows that matter.
 */
const permutationArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 400 });
type Swaps = ReadonlyArray<readonly [number, number]>;
const applySwaps = (n: number, swaps: Swaps): number[] => {
  const order = [...Array(n).keys()];
  for (const [i, j] of swaps) {
    const [x, y] = [i % n, j % n];
    [order[x], order[y]] = [order[y]!, order[x]!];
  }
  return order;
};

/**
 * Matched and review pairs as pairs of people, each person the record ids of his copies in one
 * list (a record and the later ones the tool calls its duplicates), and those groups themselves.
 * Which copy is kept, and so which record id stands in the pair, is the first in the file by
 * design (docs/architecture.md, settle rows): the order rightly changes that, not the person.
 */
function pairsById(run: RunReport) {
  const copies = new Map<string, string[]>();
  const side = (s: 'a' | 'b', id: string) => `${s}:${id}`;
  for (const e of run.result.entries) {
    const copy = e.a ?? e.b;
    if (e.status !== 'duplicate' || !e.duplicateOf || !copy) continue;
    const keep = side(copy.side, e.duplicateOf.recordId);
    copies.set(keep, [...(copies.get(keep) ?? [keep]), side(copy.side, copy.recordId)]);
  }
  const person = new Map<string, string>();
  for (const group of copies.values()) for (const id of group) person.set(id, [...group].sort().join('+'));
  const of = (s: 'a' | 'b', id: string) => person.get(side(s, id)) ?? side(s, id);
  const pair = (a: string, b: string) => `${of('a', a)}~${of('b', b)}`;
  return {
    people: new Set(person.values()),
    matched: new Set(run.result.entries.filter((e) => e.status === 'matched').map((e) => pair(e.a!.recordId, e.b!.recordId))),
    review: new Set(run.result.reviewPairs.map((p) => pair(run.a.records[p.a]!.recordId, run.b.records[p.b]!.recordId))),
  };
}

/** The run on a generated pair, and on the same files with their data rows reordered. */
function beforeAfter(size: number, seed: number, kind: ListKind, swapsA: Swaps, swapsB: Swaps) {
  const pair = generated(size, seed, kind);
  const [orderA, orderB] = [applySwaps(dataLineCount(pair.a), swapsA), applySwaps(dataLineCount(pair.b), swapsB)];
  return {
    before: pairsById(runTexts(pair.a, pair.b, kind)),
    after: pairsById(runTexts(permuteLines(pair.a, orderA), permuteLines(pair.b, orderB), kind)),
  };
}

describe('the order of rows in an input does not change which pairs match', () => {
  // Was a bug: generated POW lists of 168 people (seed 8) hold one person twice in B, once with
  // his service number (RU-5000100) and once without (RU-5000123). The copy linked was the first
  // in the file; with the copy without a number first, the pair that the service number made
  // (UA-000099) became a tie with his namesake UA-000098 and went to review. The copy that
  // identifies the person best is now linked, wherever it stands (src/match/record-order.ts).
  it('pow: one exchange of two B rows keeps the matched pairs (size 168, seed 8)', () => {
    const { before, after } = beforeAfter(168, 8, 'pow', [], [[1_069_789_778, 0]]);
    expect(after.matched).toEqual(before.matched);
  });

  for (const kind of KINDS) {
    it(`${kind}: shuffled rows of A and B give the same people and matched pairs`, () => {
      fc.assert(
        fc.property(sizeArb, seedArb, permutationArb, permutationArb, (size, seed, swapsA, swapsB) => {
          const { before, after } = beforeAfter(size, seed, kind, swapsA, swapsB);
          expect(after.people).toEqual(before.people);
          expect(after.matched).toEqual(before.matched);
        }),
        // remains (22, 877301): two copies of one body in B, equally complete; the first in the file
        // used to be linked, and each copy paired with another A record.
        { ...runs(5), examples: kind === 'remains' ? [[22, 877301, [], [[1_501_323_771, 0]]]] : [] },
      );
    });
  }

  // Was a bug: when two records of one list score exactly the same against one record of the
  // other (namesakes born the same day, the other list without a service number), the pair sent
  // to review (`ambiguous`) was the one whose record came first in its file. Minimal:
  //   a.csv  Номер запису;Прізвище;Ім'я;По батькові;Дата народження;Особистий номер
  //          UA-1;Павлів;Андрій;Юрійович;09.02.1986;БЕ674366
  //          UA-2;Павлів;Андрій;Юрійович;09.02.1986;ГУ863471
  //   b.csv  Номер записи,ФИО,Дата рождения,Личный номер
  //          RU-1,ПАВЛОВ Андрей Юрьевич,1986-02-09,
  // Ties now break on the records' content (assign.ts, record-order.ts): review UA-1~RU-1 in
  // either order of the A rows. Found on generated lists as size 60, seed 723777 (A's rows 42, 43).
  for (const kind of KINDS) {
    it(`${kind}: shuffled rows of A and B give the same review pairs`, () => {
      fc.assert(
        fc.property(sizeArb, seedArb, permutationArb, permutationArb, (size, seed, swapsA, swapsB) => {
          const { before, after } = beforeAfter(size, seed, kind, swapsA, swapsB);
          expect(after.review).toEqual(before.review);
        }),
        { ...runs(5), examples: kind === 'pow' ? [[60, 723777, [[42, 43]], []]] : [] },
      );
    });
  }
});

// Cells a clerk or an attacker can put in a list: formula starts, quotes, delimiters, line breaks,
// special spaces, bidi marks, Cyrillic.
const hostileChar = fc.constantFrom(
  '=', '+', '-', '@', '\t', '\r', '\n', '"', "'", ',', ';', ' ', '\u00a0', '\u200b', '\u202e', '\ufeff', 'Ж', 'і', 'ё', 'a', '1', '.', '/', '|',
);
const hostileCell = fc.oneof(
  fc.string({ unit: hostileChar, maxLength: 12 }),
  fc.constantFrom('=HYPERLINK("http://x","y")', '+7 495', '-1', '@SUM(A1)', '\t=1', '\r=1', '=1+1', "'=1", '"quoted"', 'a,b;c'),
);

/** A generated list with hostile text in the surname (or tag) column and in an extra column the tool carries through. */
function hostileList(text: string, delimiter: string, cells: readonly string[]): string {
  const rows = parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true }) as string[][];
  const [header, ...data] = rows;
  const target = 1;
  const out = [[...header!, 'примітка X'], ...data.map((row, i) => {
    const cell = cells[i % cells.length] ?? '';
    const copy = [...row];
    if (i % 3 === 0) copy[target] = cell;
    return [...copy, cells[(i * 7 + 3) % cells.length] ?? ''];
  })];
  return stringify(out, { delimiter });
}

describe('written CSV parses back to the same cells', () => {
  for (const kind of KINDS) {
    it(`${kind}: ledger.csv, discrepancies.csv and review.csv read back as their tables, formula cells behind a '`, async () => {
      await fc.assert(
        fc.asyncProperty(sizeArb, seedArb, fc.array(hostileCell, { minLength: 1, maxLength: 30 }), async (size, seed, cells) => {
          const pair = generated(size, seed, kind);
          const run = runTexts(hostileList(pair.a, ';', cells), hostileList(pair.b, ',', cells), kind);
          const files = await renderFiles(run);
          expect(csvRows(files['ledger.csv'])).toEqual(expectedRows(ledgerTable(run)));
          expect(csvRows(files['discrepancies.csv'])).toEqual(expectedRows(discrepanciesTable(run)));
          expect(csvRows(files['review.csv'])).toEqual(expectedRows(reviewTable(run)));
        }),
        runs(5),
      );
    });
  }
});

// Arbitrary text for the reading path: raw strings of any characters, and tables under a real
// header whose cells are hostile, huge, empty or almost valid, joined by any delimiter and line end.
const anyChar = fc.oneof(
  hostileChar,
  fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u2028', '\ufffd', '\ud800', '\udfff', '\u0301', '\u200f'),
  fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const nearlyValid = fc.constantFrom(
  '31.02.2024', '00.00.0000', '1900-01-01', '3024-12-31', '29.02.2023', '12/13/1990', '1990', 'АА123456', 'AA123456', 'UA-2024-000001', '2024/37',
  'DNA-24-0000001', 'так', 'ні', 'тяжко поранений', 'Всього: 23', 'Итого 5', '18-25 років', 'всех на всех', 'Україна', '',
);
const hugeCell = fc.tuple(fc.constantFrom('Ж', 'a', '"', ';', ' '), fc.integer({ min: 10_000, max: 200_000 })).map(([c, n]) => c.repeat(n));
const anyCell = fc.oneof(
  { weight: 5, arbitrary: nearlyValid },
  { weight: 4, arbitrary: fc.string({ unit: anyChar, maxLength: 20 }) },
  { weight: 1, arbitrary: hugeCell },
);
/** A cell as a clerk's program writes it (quoted, or bare when it can be), or as a broken one does. */
const writeCell = (cell: string, delimiter: string, how: number) => {
  if (how === 0) return `"${cell}`; // a quote never closed
  if (how === 1) return cell; // bare, whatever it holds
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || how > 6 ? `"${cell.replaceAll('"', '""')}"` : cell;
};

function headers(kind: ListKind): string[][] {
  const pair = generated(20, 1, kind);
  return [pair.a, pair.b].map((text) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(/[;,]/));
}
const tableText = fc
  .tuple(
    fc.constantFrom(...KINDS.flatMap(headers)),
    fc.constantFrom(',', ';', '\t', ',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(fc.array(fc.tuple(anyCell, fc.nat({ max: 20 })), { maxLength: 14 }), { maxLength: 8 }),
  )
  .map(([header, delimiter, eol, rows]) =>
    [header.join(delimiter), ...rows.map((row) => row.map(([cell, how]) => writeCell(cell, delimiter, how)).join(delimiter))].join(eol));
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: anyChar, maxLength: 300 }) },
  { weight: 3, arbitrary: tableText },
  { weight: 1, arbitrary: fc.constantFrom('', '\ufeff', '\n\n\n', '"', ',,,', '\u0000\u0000') },
);

const isToolError = (error: unknown) => error instanceof InputError || error instanceof RunError;

describe('no input makes the tool throw', () => {
  for (const kind of KINDS) {
    it(`${kind}: reading any text returns a list or throws only InputError/RunError; a list read reconciles`, async () => {
      const fixed = generated(20, 7, kind);
      await fc.assert(
        fc.asyncProperty(anyText, fc.boolean(), async (text, asA) => {
          let read;
          try {
            read = readCsvText(text, asA ? 'a' : 'b', kind, 'hostile.csv');
          } catch (error) {
            if (!isToolError(error)) throw error;
            return;
          }
          const other = readCsvText(asA ? fixed.b : fixed.a, asA ? 'b' : 'a', kind);
          const [a, b] = asA ? [read, other] : [other, read];
          const result = reconcile({
            a: a.list, b: b.list, readFindings: [...a.findings, ...b.findings], agreement: AGREEMENT,
            matcher: createMatcher(PROFILES[kind].matching, DEFAULT_THRESHOLDS), profile: PROFILES[kind],
          });
          // Nothing lost from the hostile list either, and the reports render.
          const seen = sidesOfEntries(result.entries);
          expect(seen.a).toEqual(a.list.records.map((r) => r.index));
          expect(seen.b).toEqual(b.list.records.map((r) => r.index));
          await renderFiles(runLists(a, b));
        }),
        runs(150),
      );
    });
  }
});
