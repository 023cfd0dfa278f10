// Scores a candidate pair with a fitted model and explains the score field by field.
import { crossedView, namesSwapped, type Comparison } from './comparisons.js';
import type { Features } from './features.js';
import type { FittedComparison, Model } from './model.js';
import type { PairLevels } from './pair-levels.js';
import { has, t } from '../../i18n/catalogue.js';
import { language, type Lang } from '../../i18n/lang.js';
import type { PersonRecord } from '../../model.js';
import { formatDate } from '../../schema/dates.js';

/** Frequency adjustment is bounded so one very rare or very common value cannot decide alone. */
const MAX_FREQUENCY_ADJUSTMENT = 4;

export interface Scored {
  score: number;
  swapped: boolean;
  /** The comparison whose level forbids an automatic match, if any. */
  reviewOnly?: string | undefined;
  /** The comparison whose level says two records of one list are two people, if any. */
  twoPeople?: string | undefined;
  /** Level index per comparison. */
  levels: number[];
  /** Weight per comparison. */
  weights: number[];
  /** The two records as compared (one read crossed where `swapped`), for the notes of `explain`. */
  left: Features;
  view: Features;
}

function weightOf(fitted: FittedComparison, level: number, first: string, second: string): number {
  const base = fitted.weight[level]!;
  if (level !== 0 || !fitted.frequency || fitted.meanAgreement === undefined) return base;
  // Agreement on a rare value is stronger evidence than agreement on a common one. Two spellings
  // of one value (Підлісний / Подлесный) weigh by the mean of their frequencies, the same
  // whichever list is A.
  const of = (value: string) => fitted.frequency!.get(value) ?? fitted.meanAgreement!;
  const frequency = first === second ? of(first) : (of(first) + of(second)) / 2;
  const adjustment = Math.log2(fitted.meanAgreement / Math.max(frequency, 1e-9));
  return base + Math.max(-MAX_FREQUENCY_ADJUSTMENT, Math.min(MAX_FREQUENCY_ADJUSTMENT, adjustment));
}

/**
 * The level of each comparison, written into `into` at column `at` (EM's level matrix). A random
 * pair is read straight: swapped names matter for true pairs, and reading them costs the most.
 */
export function levelsOf(comparisons: readonly Comparison[], x: Features, y: Features, into: Uint8Array[], at: number, readSwapped = true): void {
  const crossed = readSwapped ? namesSwapped(x, y) : undefined;
  const left = crossed === 'a' ? crossedView(x) : x;
  const view = crossed === 'b' ? crossedView(y) : y;
  for (let c = 0; c < comparisons.length; c++) into[c]![at] = comparisons[c]!.level(left, view);
}

/**
 * A pair read into a reusable Scored (scoreRange reads thousands of pairs a batch: one object
 * and two arrays for the batch, not for each pair). `into.levels` and `into.weights` hold a
 * place for each comparison. `read`: pairs whose levels are known (taken from there), and where
 * the others' are kept (pair-levels.ts).
 */
function readPair(model: Model, x: Features, y: Features, into: Scored, read?: PairLevels): void {
  const { levels, weights } = into;
  const count = model.comparisons.length;
  const known = read?.knows(x.index, y.index, count) === true;
  const crossed = known ? read!.recall(x.index, levels) : namesSwapped(x, y);
  const left = crossed === 'a' ? crossedView(x) : x;
  const view = crossed === 'b' ? crossedView(y) : y;
  let score = model.prior;
  let reviewOnly: string | undefined;
  let twoPeople: string | undefined;
  let settled = false;
  for (let i = 0; i < count; i++) {
    const fitted = model.comparisons[i]!;
    const comparison = fitted.comparison;
    const level = known ? levels[i]! : comparison.level(left, view);
    const key = comparison.frequencyKey;
    const w = key ? weightOf(fitted, level, key(left), key(view)) : fitted.weight[level]!;
    levels[i] = level;
    weights[i] = w;
    score += w;
    if (reviewOnly === undefined && comparison.reviewOnly) {
      for (const veto of comparison.reviewOnly) {
        if (veto.levels.includes(level) && fitted.m[level]! <= veto.reliable) { reviewOnly = comparison.name; break; }
      }
    }
    if (comparison.decisive && level === 0) settled = true;
    if (twoPeople === undefined && comparison.neverDuplicate?.includes(level)) twoPeople = comparison.name;
  }
  if (read !== undefined && !known) read.keep(x.index, y.index, crossed, levels);
  into.score = score;
  into.swapped = crossed !== undefined;
  into.left = left;
  into.view = view;
  into.reviewOnly = reviewOnly && !settled ? reviewOnly : undefined;
  into.twoPeople = twoPeople;
}

/**
 * Below this margin under a threshold, a ceiling sure of the sum's rounding (sums of a few weights
 * of tens of bits round by far less): a pair closer to the threshold is scored.
 */
const CEILING_MARGIN = 1e-6;

/**
 * Whether a pair surely scores below `threshold` under `model`, told cheaply: the most it could
 * score is each comparison that reads the same with the names crossed (sameCrossed: dates,
 * numbers, the sex, the patronymic) at the pair's level, and every other (surname, given name,
 * any weighed by a value's rarity) at the best weight it can give, the rarest value's
 * adjustment included. The quick comparisons are read first, and the reading stops as soon as
 * the most the pair could score is below the threshold. Linking scores only the candidates this
 * does not rule out: the others would be dropped unscored anyway.
 */
export const belowThreshold = (model: Model, threshold: number): ((x: Features, y: Features) => boolean) => sifter(model, threshold, false);

/**
 * Whether two records of one list are surely not one person: a quick comparison's level says
 * they are two (neverDuplicate: another sex, another service number), or they surely score below
 * `threshold` (belowThreshold). Each level is read once, the quick ones first. Duplicate
 * detection scores only the pairs this does not rule out.
 */
export const notOnePerson = (model: Model, threshold: number): ((x: Features, y: Features) => boolean) => sifter(model, threshold, true);

/** belowThreshold, and with `vetoes` notOnePerson. */
function sifter(model: Model, threshold: number, vetoes: boolean): (x: Features, y: Features) => boolean {
  const best = (fitted: FittedComparison) => {
    const top = Math.max(...fitted.weight);
    return fitted.comparison.frequencyKey ? Math.max(top, fitted.weight[0]! + MAX_FREQUENCY_ADJUSTMENT) : top;
  };
  // Each comparison read: at its level in the ceiling where a crossed reading leaves it alone
  // (else it stays at its best there), and as a veto where it is quick and tells two people.
  const steps = model.comparisons
    .map((fitted) => {
      const { comparison } = fitted;
      const veto = vetoes && comparison.quick !== undefined ? comparison.neverDuplicate : undefined;
      return { fitted, best: best(fitted), atLevel: comparison.sameCrossed === true && !comparison.frequencyKey, veto };
    })
    .filter((step) => step.atLevel || step.veto !== undefined)
    .sort((p, q) => (p.fitted.comparison.quick ?? Infinity) - (q.fitted.comparison.quick ?? Infinity));
  // The most any pair can score: every comparison at its best.
  const most = model.prior + model.comparisons.reduce((sum, fitted) => sum + best(fitted), 0);
  const floor = threshold - CEILING_MARGIN;
  return (x, y) => {
    let ceiling = most;
    if (ceiling < floor) return true;
    for (let i = 0; i < steps.length; i++) {
      const { fitted, best: top, atLevel, veto } = steps[i]!;
      const level = fitted.comparison.level(x, y);
      if (veto !== undefined && veto.includes(level)) return true;
      if (!atLevel) continue;
      ceiling += fitted.weight[level]! - top;
      if (ceiling < floor) return true;
    }
    return false;
  };
}

/** A Scored to read pairs into, one after another. */
export const scratchScored = (model: Model, x: Features): Scored => {
  const count = model.comparisons.length;
  return { score: 0, swapped: false, levels: new Array<number>(count).fill(0), weights: new Array<number>(count).fill(0), left: x, view: x, reviewOnly: undefined, twoPeople: undefined };
};

/**
 * `into`: a Scored to read the pair into and return (scratchScored), for a caller that reads many
 * pairs. `read`: levels already known, and where new ones are kept (readPair).
 */
export function scorePair(model: Model, x: Features, y: Features, into: Scored = scratchScored(model, x), read?: PairLevels): Scored {
  readPair(model, x, y, into, read);
  return into;
}

const signed = (w: number) => `${w >= 0 ? '+' : ''}${w.toFixed(1)}`;

// A weight as `why` writes it, remembered: a model has a few weights a level, and the frequency
// adjustments repeat with the names, so a list of a million writes a few thousand distinct
// weights a million times each. Bounded, and cleared when full (the text never changes).
const SIGNED_WEIGHTS = new Map<number, string>();
const MAX_SIGNED_WEIGHTS = 65_536;
function signedWeight(w: number): string {
  let text = SIGNED_WEIGHTS.get(w);
  if (text === undefined) {
    if (SIGNED_WEIGHTS.size >= MAX_SIGNED_WEIGHTS) SIGNED_WEIGHTS.clear();
    text = signed(w);
    SIGNED_WEIGHTS.set(w, text);
  }
  return text;
}

/**
 * `surname=+6.1 given=+4.2 dob=swap(+2.0) service=missing`, the model's reading of the pair; a
 * comparison's note, where it has one, follows its weight (`surname=+9.0[і/е/о]`). Written for
 * every pair a report shows (a million at a million a side): one pass, its words joined once
 * into one flat string (a string grown word by word would be kept as a tree of its pieces).
 */
export function explain(model: Model, scored: Scored): string {
  const words = [`prior=${signedWeight(model.prior)}`];
  if (scored.swapped) words.push('names=swapped');
  const { comparisons } = model;
  for (let i = 0; i < comparisons.length; i++) {
    const comparison = comparisons[i]!.comparison;
    const level = scored.levels[i]!;
    const name = comparison.levels[level]!;
    if (name === 'missing') {
      words.push(`${comparison.name}=missing`);
      continue;
    }
    const w = signedWeight(scored.weights[i]!);
    const note = comparison.note?.(scored.left, scored.view);
    const word = level === 0 ? `${comparison.name}=${w}` : `${comparison.name}=${name}(${w})`;
    words.push(note ? `${word}[${note}]` : word);
  }
  if (scored.reviewOnly) words.push(`review-only=${scored.reviewOnly}`);
  return words.join(' ');
}

/** The comparisons' values as people see them, for the plain-words explanation. */
/** One comparison as `why` writes it: its name, its level (`exact` for a bare weight, `missing`) and its weight. */
export interface WhyPart {
  name: string;
  level: string;
  weight: number | null;
}

/** Levels at which a comparison found the two values one. */
export const AGREEING_LEVELS: ReadonlySet<string> = new Set(['exact', 'agree']);

const SIGNED = /^[+-]\d+(?:\.\d+)?$/;
const LEVELED = /^([a-z_]+)\(([+-]\d+(?:\.\d+)?)\)$/;

/**
 * The weighed comparisons of a `why` (explain() above): `surname=+9.2`, `given=close(+5.0)`,
 * `dob=missing`, `prior=-5.5`, each note (`[і/е/о]`) left out. Tokens that weigh nothing
 * (`first-pass=…`, `names=swapped`, `decided=same`, `ambiguous`) are not comparisons.
 */
export function readWhy(why: string | undefined): WhyPart[] {
  const parts: WhyPart[] = [];
  for (const token of (why ?? '').split(' ')) {
    const at = token.indexOf('=');
    if (at <= 0) continue;
    const name = token.slice(0, at);
    const value = token.slice(at + 1).replace(/\[[^\]]*\]$/, '');
    if (value === 'missing') { parts.push({ name, level: 'missing', weight: null }); continue; }
    const leveled = LEVELED.exec(value);
    if (leveled) parts.push({ name, level: leveled[1]!, weight: Number(leveled[2]) });
    else if (SIGNED.test(value)) parts.push({ name, level: 'exact', weight: Number(value) });
  }
  return parts;
}

const SHOWN: Record<string, (r: PersonRecord) => string | undefined> = {
  surname: (r) => r.surname,
  given: (r) => r.givenName,
  patronymic: (r) => r.patronymic,
  dob: (r) => formatDate(r.dateOfBirth),
  service: (r) => r.serviceNumber,
  sex: (r) => r.sex,
  tag: (r) => r.tag,
  dna: (r) => r.dnaSampleId,
  recovered: (r) => formatDate(r.recoveredOn),
};
/** Each comparison's name in words, by language: plainWords names several for every pair of a ledger. */
const FIELD_WORDS = new Map<Lang, Map<string, string>>();

function fieldWord(name: string, lang: Lang): string {
  let words = FIELD_WORDS.get(lang);
  if (words === undefined) FIELD_WORDS.set(lang, (words = new Map()));
  let word = words.get(name);
  if (word === undefined) {
    const key = `explanation.field.${name}`;
    word = has(key, lang) ? t(key, {}, lang) : name;
    words.set(name, word);
  }
  return word;
}

/** Exact keys of the exact matcher and the first pass, named as comparisons are. */
const KEY_FIELDS: Record<string, string> = { service_number: 'service', 'name+dob': 'name+dob', 'surname+given+dob': 'name+dob', tag: 'tag', dna: 'dna' };

/**
 * `why` (explain() above, or the exact matcher's `service_number=exact`) in plain words, in the
 * run's language: `same surname, same date of birth, given name differs: Іван / Ян`. Agreement
 * first, then each difference with both values, then what could not be compared, then why a
 * person must decide. Both records give the values; with swapped names B's are read swapped.
 */
export function plainWords(why: string | undefined, a: PersonRecord | undefined, b: PersonRecord | undefined, lang: Lang = language()): string {
  if (!why) return '';
  const field = (name: string) => fieldWord(name, lang);
  const tokens = why.split(' ').filter(Boolean);
  const swapped = tokens.includes('names=swapped');
  const shown = (name: string, r: PersonRecord | undefined, other: boolean) => {
    if (!r) return '—';
    const read = other && swapped && (name === 'surname' || name === 'given') ? (name === 'surname' ? 'given' : 'surname') : name;
    return SHOWN[read]?.(r) || '—';
  };
  const same: string[] = [];
  const differ: string[] = [];
  const missing: string[] = [];
  const after: string[] = [];
  for (const token of tokens) {
    if (token === 'ambiguous') { after.push(t('explanation.ambiguous', {}, lang)); continue; }
    const at = token.indexOf('=');
    if (at < 0) continue;
    const [name, value] = [token.slice(0, at), token.slice(at + 1)];
    if (name === 'prior' || name === 'first-pass' || name === 'names') continue;
    if (name === 'decided') { after.push(t('explanation.decided', {}, lang)); continue; }
    if (name === 'review-only') { after.push(t('explanation.reviewOnly', { field: field(value) }, lang)); continue; }
    if (value === 'exact' && KEY_FIELDS[name]) { same.push(field(KEY_FIELDS[name]!)); continue; }
    if (!(name in SHOWN)) continue;
    if (value === 'missing') { missing.push(field(name)); continue; }
    const level = /^([a-z_]+)\(/.exec(value)?.[1];
    if (level === undefined || AGREEING_LEVELS.has(level)) { if (name !== 'sex') same.push(field(name)); continue; }
    const key = has(`explanation.level.${level}`, lang) ? `explanation.level.${level}` : 'explanation.level.diff';
    differ.push(t(key, { field: field(name), a: shown(name, a, false), b: shown(name, b, true) }, lang));
  }
  return [
    ...(swapped ? [t('explanation.swapped', {}, lang)] : []),
    ...(same.length ? [t('explanation.agree', { fields: same.join(t('explanation.agree.join', {}, lang)) }, lang)] : []),
    ...differ,
    ...(missing.length ? [t('explanation.missing', { fields: missing.join(', ') }, lang)] : []),
    ...after,
  ].join(t('explanation.separator', {}, lang));
}
