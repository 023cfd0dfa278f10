// npm run bench:heldout: the held-out name, tag and service-number sets of bench/heldout/, written
// apart from the matcher's own tables (see bench/heldout/README.md). Prints one table.
//   a. surname lists reconciled by the whole engine (Cyrillic B and Latin B), plus negatives
//   b. name equivalence as field-conflict sees it (sameName), per class
//   c. remains lists reconciled on body tags
//   d. service numbers across scripts
//   e. a register-sized pair of lists made from the held-out name rows (heldout-register.ts), B in
//      Cyrillic and in Latin
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { computeRun } from '../commands/reconcile.js';
import { readRepoTsv, repoPath } from '../data.js';
import { IDENTITY_FIELDS, sameName, type NameRole } from '../match/same-value.js';
import type { ListKind, PersonRecord } from '../model.js';
import { icao, prng, shuffle } from './heldout-tools.js';
import { registerFiles } from './heldout-register.js';

const WORK = repoPath('.bench/heldout/');

// ───────────────────────────── adapter: every call into the project is here ─────────────────────────────
// If a signature changes, only this section needs to follow.

interface Entry {
  status: string;
  aId?: string;
  bId?: string;
  codes: string[];
}

/** Reconciles two files with the whole engine and returns the ledger entries in a plain shape. */
async function reconcileFiles(pathA: string, pathB: string, kind: ListKind): Promise<Entry[]> {
  const { run } = await computeRun(pathA, pathB, { kind, map: [], format: 'json', failOn: 'never' });
  return run.result.entries.map((e) => ({
    status: e.status,
    aId: e.a?.recordId,
    bId: e.b?.recordId,
    codes: e.findings.map((f) => f.code),
  }));
}

/** The notion of "same name" that field-conflict uses. */
function namesSame(role: NameRole, x: string, y: string): boolean {
  return sameName(role, x, y);
}

const SERVICE = IDENTITY_FIELDS.find((f) => f.field === 'service_number');
if (!SERVICE) throw new Error('IDENTITY_FIELDS has no service_number entry');

/** Two service numbers agree as field-conflict sees them. */
function serviceSame(x: string, y: string): boolean {
  const record = (serviceNumber: string) => ({ serviceNumber, categories: [], extra: [] }) as unknown as PersonRecord;
  return SERVICE!.same(record(x), record(y));
}
// ─────────────────────────────────────────── end of adapter ───────────────────────────────────────────

/** The named columns of one held-out set (bench/heldout/). */
function readTsv<K extends string>(name: string, columns: readonly K[]): Record<K, string>[] {
  return readRepoTsv(`bench/heldout/${name}`, columns);
}

// Given names shared by a group of ten (A Ukrainian, B Russian official form).
const GROUP_NAMES: Record<'M' | 'F', Array<[string, string]>> = {
  M: [['Іван', 'Иван'], ['Петро', 'Пётр'], ['Микола', 'Николай'], ['Олександр', 'Александр'], ['Сергій', 'Сергей'],
    ['Андрій', 'Андрей'], ['Василь', 'Василий'], ['Юрій', 'Юрий'], ['Дмитро', 'Дмитрий'], ['Михайло', 'Михаил']],
  F: [['Олена', 'Елена'], ['Ганна', 'Анна'], ['Наталія', 'Наталья'], ['Ірина', 'Ирина'], ['Тетяна', 'Татьяна'],
    ['Світлана', 'Светлана'], ['Юлія', 'Юлия'], ['Ольга', 'Ольга']],
};

interface Ymd { y: number; m: number; d: number }
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dmy = (x: Ymd) => `${pad(x.d)}.${pad(x.m)}.${x.y}`;
const iso = (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
function dateFromDay(start: number, day: number): Ymd {
  const t = new Date(Date.UTC(start, 0, 1) + day * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function feminineSurname(s: string): boolean {
  return /(ська|цька|зька|ова|ьова|єва|ева|іна|їна|ина|на)$/u.test(s);
}

// ───────────────────────────────────────────── output table ─────────────────────────────────────────────
const table: string[][] = [['section', 'measure', 'class', 'n', 'value']];
const results: Array<Record<string, string | number>> = [];
function put(section: string, measure: string, klass: string, n: number, value: number | string, digits = 4): void {
  const v = typeof value === 'number' ? value.toFixed(digits) : value;
  table.push([section, measure, klass, String(n), v]);
  results.push({ section, measure, class: klass, n, value: typeof value === 'number' ? Number(value.toFixed(6)) : value });
}
const rate = (k: number, n: number) => (n ? k / n : 0);

function byClass<T>(rows: T[], klass: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = klass(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return new Map([...m.entries()].sort(([x], [y]) => x.localeCompare(y)));
}

// ───────────────────────────────────────── a. surname lists ─────────────────────────────────────────
interface Person { aId: string; bId: string; ua: string; ru: string; klass: string; givenUa: string; givenRu: string; dob: Ymd; negative: boolean }

function surnamePeople(): Person[] {
  const random = prng(20261201);
  const pairs = readTsv('surname_pairs.tsv', ['ua', 'ru', 'sex', 'class']);
  const people: Person[] = [];
  let group = 0;
  for (const sex of ['M', 'F'] as const) {
    const mine = shuffle(pairs.filter((p) => p.sex === sex), random);
    for (let i = 0; i < mine.length; i += 10) {
      const [givenUa, givenRu] = GROUP_NAMES[sex][group % GROUP_NAMES[sex].length]!;
      const dob = dateFromDay(1976, group * 173 + 11);
      for (const p of mine.slice(i, i + 10)) people.push({ aId: '', bId: '', ua: p.ua, ru: p.ru, klass: p.class, givenUa, givenRu, dob, negative: false });
      group++;
    }
  }
  readTsv('surname_negatives.tsv', ['a', 'b', 'class']).forEach((p, k) => {
    const sex = feminineSurname(p.a) ? 'F' : 'M';
    const [givenUa, givenRu] = GROUP_NAMES[sex][k % GROUP_NAMES[sex].length]!;
    people.push({ aId: '', bId: '', ua: p.a, ru: p.b, klass: p.class, givenUa, givenRu, dob: dateFromDay(1958, k * 41 + 5), negative: true });
  });
  const order = shuffle(people.map((_, i) => i), random);
  people.forEach((p, i) => { p.aId = `A${pad(i + 1, 4)}`; });
  order.forEach((personIndex, k) => { people[personIndex]!.bId = `B${pad(k + 1, 4)}`; });
  return people;
}

function writeSurnameLists(people: Person[]): { a: string; bCyr: string; bLat: string } {
  const a = ["record_id;прізвище;ім'я;дата народження", ...people.map((p) => `${p.aId};${p.ua};${p.givenUa};${dmy(p.dob)}`)];
  const inB = [...people].sort((x, y) => x.bId.localeCompare(y.bId));
  const bCyr = ['record_id,фамилия,имя,дата рождения', ...inB.map((p) => `${p.bId},${p.ru},${p.givenRu},${iso(p.dob)}`)];
  const bLat = ['record_id,surname,given_name,date_of_birth', ...inB.map((p) => `${p.bId},${icao(p.ru)},${icao(p.givenRu)},${iso(p.dob)}`)];
  const files = { a: new URL('surnames-a.csv', WORK).pathname, bCyr: new URL('surnames-b-cyrillic.csv', WORK).pathname, bLat: new URL('surnames-b-latin.csv', WORK).pathname };
  writeFileSync(files.a, `${a.join('\n')}\n`);
  writeFileSync(files.bCyr, `${bCyr.join('\n')}\n`);
  writeFileSync(files.bLat, `${bLat.join('\n')}\n`);
  return files;
}

async function surnameLists(): Promise<void> {
  const people = surnamePeople();
  const files = writeSurnameLists(people);
  const positives = people.filter((p) => !p.negative);
  const negatives = people.filter((p) => p.negative);
  const truth = new Set(positives.map((p) => `${p.aId}\t${p.bId}`));
  const negativeA = new Set(negatives.map((p) => p.aId));
  const negativeB = new Set(negatives.map((p) => p.bId));
  for (const [label, pathB] of [['cyrillic B', files.bCyr], ['latin B', files.bLat]] as const) {
    const section = `a. surnames, ${label}`;
    const entries = await reconcileFiles(files.a, pathB, 'pow');
    const matched = entries.filter((e) => e.status === 'matched' && e.aId && e.bId);
    const key = (e: Entry) => `${e.aId}\t${e.bId}`;
    const correct = matched.filter((e) => truth.has(key(e)));
    const matchedPositives = matched.filter((e) => !negativeA.has(e.aId!) && !negativeB.has(e.bId!));
    const review = entries.filter((e) => e.status === 'review');
    const reviewTrue = review.filter((e) => truth.has(key(e)));
    put(section, 'precision (positive lists)', 'all', matchedPositives.length, rate(matchedPositives.filter((e) => truth.has(key(e))).length, matchedPositives.length));
    put(section, 'precision (all matches)', 'all', matched.length, rate(correct.length, matched.length));
    put(section, 'recall', 'all', truth.size, rate(correct.length, truth.size));
    put(section, 'in review (pairs)', 'all', review.length, String(review.length));
    put(section, 'in review, true pairs', 'all', truth.size, String(reviewTrue.length));
    put(section, 'records flagged duplicate (none are)', 'all', people.length * 2, String(entries.filter((e) => e.status === 'duplicate').length));
    const found = new Set(correct.map(key));
    for (const [klass, rows] of byClass(positives, (p) => p.klass)) {
      put(section, 'recall', klass, rows.length, rate(rows.filter((p) => found.has(`${p.aId}\t${p.bId}`)).length, rows.length));
    }
    const negativePair = new Set(negatives.map((p) => `${p.aId}\t${p.bId}`));
    const negMatchedPair = matched.filter((e) => negativePair.has(key(e)));
    const negMatchedAny = matched.filter((e) => negativeA.has(e.aId!) || negativeB.has(e.bId!));
    put(section, 'negatives: pair matched (false)', 'all', negatives.length, String(negMatchedPair.length));
    put(section, 'negatives: pair in review', 'all', negatives.length, String(review.filter((e) => negativePair.has(key(e))).length));
    put(section, 'negatives: record matched to anything', 'all', negatives.length, String(negMatchedAny.length));
    const matchedNeg = new Set(negMatchedPair.map(key));
    for (const [klass, rows] of byClass(negatives, (p) => p.klass)) {
      put(section, 'negatives: false match rate', klass, rows.length, rate(rows.filter((p) => matchedNeg.has(`${p.aId}\t${p.bId}`)).length, rows.length));
    }
    if (process.env.HELDOUT_ERRORS) {
      const byA = new Map(people.map((p) => [p.aId, p]));
      const byB = new Map(people.map((p) => [p.bId, p]));
      const missed = positives.filter((p) => !found.has(`${p.aId}\t${p.bId}`)).map((p) => `${p.ua}/${p.ru}`);
      const wrong = matched.filter((e) => !truth.has(key(e))).map((e) => `${byA.get(e.aId!)?.ua}~${byB.get(e.bId!)?.ru}`);
      console.error(`${section}: missed (${missed.length}) ${missed.join(' ')}`);
      console.error(`${section}: false matches (${wrong.length}) ${wrong.join(' ')}`);
    }
  }
}

// ───────────────────────────────────────── b. name equivalence ─────────────────────────────────────────
function equivalence(): void {
  const section = 'b. sameName';
  const surnames = readTsv('surname_pairs.tsv', ['ua', 'ru', 'sex', 'class']);
  for (const [klass, rows] of byClass(surnames, (r) => r.class)) {
    put(section, 'surname same, cyrillic', klass, rows.length, rate(rows.filter((r) => namesSame('surname', r.ua, r.ru)).length, rows.length));
    put(section, 'surname same, latin (ICAO of ru)', klass, rows.length, rate(rows.filter((r) => namesSame('surname', r.ua, icao(r.ru))).length, rows.length));
  }
  const surnameNeg = readTsv('surname_negatives.tsv', ['a', 'b', 'class']);
  for (const [klass, rows] of byClass(surnameNeg, (r) => r.class)) {
    put(section, 'surname NEGATIVE said same, cyrillic', klass, rows.length, rate(rows.filter((r) => namesSame('surname', r.a, r.b)).length, rows.length));
    put(section, 'surname NEGATIVE said same, latin', klass, rows.length, rate(rows.filter((r) => namesSame('surname', r.a, icao(r.b))).length, rows.length));
  }
  const given = readTsv('given_name_pairs.tsv', ['ua', 'other', 'kind']);
  for (const [klass, rows] of byClass(given, (r) => r.kind)) {
    put(section, 'given same', klass, rows.length, rate(rows.filter((r) => namesSame('given', r.ua, r.other)).length, rows.length));
  }
  const cyrGiven = given.filter((r) => ['russian', 'church', 'colloquial'].includes(r.kind));
  put(section, 'given same, latin (ICAO of other)', 'russian+church+colloquial', cyrGiven.length, rate(cyrGiven.filter((r) => namesSame('given', r.ua, icao(r.other))).length, cyrGiven.length));
  const givenNeg = readTsv('given_name_negatives.tsv', ['a', 'b', 'class']);
  for (const [klass, rows] of byClass(givenNeg, (r) => r.class)) {
    put(section, 'given NEGATIVE said same', klass, rows.length, rate(rows.filter((r) => namesSame('given', r.a, r.b)).length, rows.length));
  }
  const patronymics = readTsv('patronymic_pairs.tsv', ['ua', 'ru', 'sex']);
  for (const [klass, rows] of byClass(patronymics, (r) => r.sex)) {
    put(section, 'patronymic same, cyrillic', klass, rows.length, rate(rows.filter((r) => namesSame('patronymic', r.ua, r.ru)).length, rows.length));
    put(section, 'patronymic same, latin (ICAO of ru)', klass, rows.length, rate(rows.filter((r) => namesSame('patronymic', r.ua, icao(r.ru))).length, rows.length));
  }
  if (process.env.HELDOUT_ERRORS) {
    const show = (label: string, xs: string[]) => console.error(`${label} (${xs.length}): ${xs.join(' ')}`);
    show('surname not same', surnames.filter((r) => !namesSame('surname', r.ua, r.ru)).map((r) => `${r.ua}/${r.ru}`));
    show('surname negative same', surnameNeg.filter((r) => namesSame('surname', r.a, r.b)).map((r) => `${r.a}/${r.b}`));
    show('given not same', given.filter((r) => !namesSame('given', r.ua, r.other)).map((r) => `${r.ua}/${r.other}`));
    show('given negative same', givenNeg.filter((r) => namesSame('given', r.a, r.b)).map((r) => `${r.a}/${r.b}`));
    show('patronymic not same', patronymics.filter((r) => !namesSame('patronymic', r.ua, r.ru)).map((r) => `${r.ua}/${r.ru}`));
  }
}

// ───────────────────────────────────────── c. body tags ─────────────────────────────────────────
async function tags(): Promise<void> {
  const section = 'c. tags (remains)';
  const random = prng(7);
  const rows = readTsv('tag_pairs.tsv', ['a', 'b', 'same', 'class']);
  const yearOf = (tag: string, fallback: number) => Number(/\b(20\d\d)\b/.exec(tag)?.[1] ?? fallback);
  // Bodies recovered in batches: five bodies of one year share a recovery date, so the tag decides.
  const dayByYear = new Map<number, number>();
  const batchDate = (year: number): Ymd => {
    const used = dayByYear.get(year) ?? 0;
    dayByYear.set(year, used + 1);
    return dateFromDay(year, 3 + Math.floor(used / 5) * 9);
  };
  const extraDay = new Map<number, number>();
  const otherDate = (year: number): Ymd => { // dates no batch uses (days ≡ 7 mod 9)
    const k = extraDay.get(year) ?? 0;
    extraDay.set(year, k + 1);
    return dateFromDay(year, 7 + k * 9);
  };
  interface Body { aId: string; bId: string; a: string; b: string; same: boolean; klass: string; aDate: Ymd; bDate: Ymd }
  const bodies: Body[] = rows.map((r, i) => {
    const same = r.same === 'yes';
    const yA = yearOf(r.a, 2024);
    const yB = yearOf(r.b, 2024);
    const aDate = batchDate(yA);
    const bDate = same ? aDate : otherDate(yB);
    return { aId: `TA${pad(i + 1, 4)}`, bId: '', a: r.a, b: r.b, same, klass: r.class, aDate, bDate };
  });
  shuffle(bodies.map((_, i) => i), random).forEach((bi, k) => { bodies[bi]!.bId = `TB${pad(k + 1, 4)}`; });
  const fileA = new URL('tags-a.csv', WORK).pathname;
  const fileB = new URL('tags-b.csv', WORK).pathname;
  writeFileSync(fileA, `${['record_id,tag,recovered_on', ...bodies.map((x) => `${x.aId},${x.a},${dmy(x.aDate)}`)].join('\n')}\n`);
  const inB = [...bodies].sort((x, y) => x.bId.localeCompare(y.bId));
  writeFileSync(fileB, `${['record_id,бирка,дата обнаружения', ...inB.map((x) => `${x.bId},${x.b},${iso(x.bDate)}`)].join('\n')}\n`);
  const entries = await reconcileFiles(fileA, fileB, 'remains');
  const key = (a?: string, b?: string) => `${a}\t${b}`;
  const matched = new Map(entries.filter((e) => e.status === 'matched' && e.aId && e.bId).map((e) => [key(e.aId, e.bId), e]));
  const review = new Set(entries.filter((e) => e.status === 'review').map((e) => key(e.aId, e.bId)));
  const matchedA = new Set([...matched.values()].map((e) => e.aId));
  const matchedB = new Set([...matched.values()].map((e) => e.bId));
  const yes = bodies.filter((x) => x.same);
  const no = bodies.filter((x) => !x.same);
  const truth = new Set(yes.map((x) => key(x.aId, x.bId)));
  const correct = [...matched.keys()].filter((k) => truth.has(k)).length;
  put(section, 'precision', 'all', matched.size, rate(correct, matched.size));
  put(section, 'recall (same=yes)', 'all', yes.length, rate(correct, yes.length));
  for (const [klass, xs] of byClass(yes, (x) => x.klass)) {
    put(section, 'recall (same=yes)', klass, xs.length, rate(xs.filter((x) => matched.has(key(x.aId, x.bId))).length, xs.length));
  }
  put(section, 'bodies flagged duplicate (none are)', 'all', bodies.length * 2, String(entries.filter((e) => e.status === 'duplicate').length));
  put(section, 'same=yes pairs in review', 'all', yes.length, String(yes.filter((x) => review.has(key(x.aId, x.bId))).length));
  const conflicts = yes.filter((x) => matched.get(key(x.aId, x.bId))?.codes.includes('tag-conflict'));
  put(section, 'tag-conflict on matched same=yes', 'all', correct, String(conflicts.length));
  for (const [klass, xs] of byClass(yes, (x) => x.klass)) {
    put(section, 'tag-conflict on matched same=yes', klass, xs.filter((x) => matched.has(key(x.aId, x.bId))).length, String(xs.filter((x) => matched.get(key(x.aId, x.bId))?.codes.includes('tag-conflict')).length));
  }
  for (const [klass, xs] of byClass(no, (x) => x.klass)) {
    put(section, 'same=no: pair matched (false)', klass, xs.length, String(xs.filter((x) => matched.has(key(x.aId, x.bId))).length));
  }
  put(section, 'same=no: pair in review', 'all', no.length, String(no.filter((x) => review.has(key(x.aId, x.bId))).length));
  put(section, 'same=no: body matched to anything', 'all', no.length * 2, String(no.filter((x) => matchedA.has(x.aId)).length + no.filter((x) => matchedB.has(x.bId)).length));
  if (process.env.HELDOUT_ERRORS) {
    console.error(`tags missed: ${yes.filter((x) => !matched.has(key(x.aId, x.bId))).map((x) => `${x.a}~${x.b}`).join(' | ')}`);
    console.error(`tag-conflict on true pairs: ${conflicts.map((x) => `${x.a}~${x.b}`).join(' | ')}`);
  }
}

// ───────────────────────────────────────── d. service numbers ─────────────────────────────────────────
function services(): void {
  const section = 'd. service numbers';
  const rows = readTsv('service_pairs.tsv', ['a', 'b', 'same', 'class']);
  for (const same of ['yes', 'no']) {
    const mine = rows.filter((r) => r.same === same);
    const label = same === 'yes' ? 'agree on same=yes' : 'agree on same=no (false)';
    put(section, label, 'all', mine.length, rate(mine.filter((r) => serviceSame(r.a, r.b)).length, mine.length));
    for (const [klass, xs] of byClass(mine, (r) => r.class)) {
      put(section, label, klass, xs.length, rate(xs.filter((r) => serviceSame(r.a, r.b)).length, xs.length));
    }
  }
  if (process.env.HELDOUT_ERRORS) {
    console.error(`service wrong: ${rows.filter((r) => serviceSame(r.a, r.b) !== (r.same === 'yes')).map((r) => `${r.a}~${r.b}(${r.same})`).join(' | ')}`);
  }
}

// ───────────────────────────────────────── e. a register ─────────────────────────────────────────
/** People a side in section e (HELDOUT_REGISTER=N to change it): past the estimating's first-pass sample bound (heldout-register.ts). */
const REGISTER_PEOPLE = registerPeople(process.env.HELDOUT_REGISTER);

function registerPeople(asked: string | undefined): number {
  if (asked === undefined) return 30_000;
  const people = Number(asked);
  if (!Number.isInteger(people) || people < 100) {
    console.error(`bench:heldout: HELDOUT_REGISTER must be a whole number of people a side, 100 or more (got ${JSON.stringify(asked)})`);
    process.exit(2);
  }
  return people;
}

async function register(script: 'cyrillic' | 'latin'): Promise<void> {
  const section = `e. register, ${REGISTER_PEOPLE.toLocaleString('en')}, ${script} B`;
  const { a: fileA, b: fileB, lists } = registerFiles(WORK, REGISTER_PEOPLE, script);
  const entries = await reconcileFiles(fileA, fileB, 'pow');
  const key = (e: Entry) => `${e.aId}\t${e.bId}`;
  const matched = entries.filter((e) => e.status === 'matched' && e.aId && e.bId);
  const found = new Set(matched.filter((e) => lists.truth.has(key(e))).map(key));
  const review = entries.filter((e) => e.status === 'review');
  put(section, 'precision', 'all', matched.length, rate(found.size, matched.length));
  put(section, 'recall', 'all', lists.truth.size, rate(found.size, lists.truth.size));
  put(section, 'in review (pairs)', 'all', review.length, String(review.length));
  put(section, 'in review, true pairs', 'all', lists.truth.size, String(review.filter((e) => lists.truth.has(key(e))).length));
  // Records of both lists: one for a person on one list, two for a person on both.
  put(section, 'records flagged duplicate (none are)', 'all', lists.people + lists.truth.size, String(entries.filter((e) => e.status === 'duplicate').length));
  const byWay = new Map<string, string[]>();
  for (const [pair, ways] of lists.written) {
    for (const way of ways) {
      if (!byWay.has(way)) byWay.set(way, []);
      byWay.get(way)!.push(pair);
    }
  }
  for (const [way, pairs] of [...byWay].sort(([x], [y]) => x.localeCompare(y))) {
    put(section, 'recall', way, pairs.length, rate(pairs.filter((p) => found.has(p)).length, pairs.length));
  }
  if (process.env.HELDOUT_ERRORS) {
    const missed = [...lists.truth].filter((p) => !found.has(p));
    const wrong = matched.filter((e) => !lists.truth.has(key(e))).map(key);
    console.error(`${section}: missed (${missed.length}) ${missed.slice(0, 50).map((p) => p.replace('\t', '~')).join(' ')}`);
    console.error(`${section}: false matches (${wrong.length}) ${wrong.slice(0, 50).map((p) => p.replace('\t', '~')).join(' ')}`);
  }
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const start = performance.now();
  await surnameLists();
  equivalence();
  await tags();
  services();
  await register('cyrillic');
  await register('latin');
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => (i >= 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
  console.log(`\n${((performance.now() - start) / 1000).toFixed(1)} s`);
  writeFileSync(new URL('results.json', WORK), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
