// The one place where findings become prose. Reports and the terminal call renderMessage. The
// words are in data/messages/<lang>.json; this file only gathers each code's placeholders.
import { categoryLabel, has, plural, t, type Args } from '../i18n/catalogue.js';
import { language, type Lang } from '../i18n/lang.js';
import type { Code } from '../codes.js';
import type { Finding } from '../model.js';

export interface MessageContext {
  labels: { a: string; b: string };
  /** The language of the text; the run's (--lang or the locale) when absent. */
  lang?: Lang;
}

type Render<C extends Code> = (f: Finding<C>, ctx: Required<MessageContext>) => Args;

const rec = (f: Finding, side: 'a' | 'b', ctx: Required<MessageContext>) => {
  const ref = f[side];
  return ref ? t('record', { label: ctx.labels[side], id: ref.recordId, line: ref.line }, ctx.lang) : '';
};
const own = (f: Finding, ctx: Required<MessageContext>) => rec(f, f.a ? 'a' : 'b', ctx);

/** English messages name a category by its id, as they always have; the others by its label. */
const category = (id: string | number | undefined, ctx: Required<MessageContext>) =>
  ctx.lang === 'en' || id === undefined ? id : categoryLabel(String(id), undefined, ctx.lang);

/** An age range as eligibility.ts writes it (`18 to 25`, `60 or older`), in the message's language. */
function range(text: string | number | undefined, lang: Lang): string | number | undefined {
  const value = String(text ?? '');
  let m = /^(\d+) to (\d+)$/.exec(value);
  if (m) return t('fragments.range.between', { min: m[1], max: m[2] }, lang);
  m = /^(\d+) or older$/.exec(value);
  if (m) return t('fragments.range.min', { min: m[1] }, lang);
  m = /^(\d+) or younger$/.exec(value);
  if (m) return t('fragments.range.max', { max: m[1] }, lang);
  return text;
}

/** Why a record qualifies, as eligibility.ts writes it (`age 21`, `medical status severe`). */
function reason(text: string | number | undefined, lang: Lang): string | number | undefined {
  const value = String(text ?? '');
  let m = /^age (\d+)$/.exec(value);
  if (m) return t('fragments.reason.age', { age: m[1] }, lang);
  m = /^medical status (.+)$/.exec(value);
  if (m) return t('fragments.reason.medical', { status: m[1] }, lang);
  return text;
}

/** A field id in words (English keeps the id, as the messages always have); an unknown one as written. */
const knownField = (field: string | undefined, lang: Lang) => (field && has(`fields.${field}`, lang) ? t(`fields.${field}`, {}, lang) : (field ?? ''));
/** Where a cell finding points, and the cell: `{file}:{line}:{column}: {field} "{value}"`. */
const cell = (f: Finding, ctx: Required<MessageContext>) => ({
  file: f.file ?? '', line: (f.a ?? f.b)?.line ?? '', column: f.column ?? '',
  field: f.field ? knownField(f.field, ctx.lang) : t('fragments.invalid-value.cell', {}, ctx.lang),
  value: f.aValue ?? f.bValue ?? '',
});

const state = (value: string | undefined, lang: Lang) => t(value === 'yes' ? 'fragments.identification.identified' : 'fragments.identification.unidentified', {}, lang);

const RENDER: { [C in Code]: Render<C> } = {
  'only-in-a': (f, ctx) => ({ recA: rec(f, 'a', ctx), labelB: ctx.labels.b }),
  'only-in-b': (f, ctx) => ({ recB: rec(f, 'b', ctx), labelA: ctx.labels.a }),
  'possible-match': (f, ctx) => ({ recA: rec(f, 'a', ctx), recB: rec(f, 'b', ctx), score: f.args.score }),
  'duplicate-record': (f, ctx) => ({ rec: own(f, ctx), duplicateOf: f.args.duplicateOf, duplicateOfLine: f.args.duplicateOfLine }),
  'field-conflict': (f, ctx) => ({
    field: knownField(f.field, ctx.lang), aValue: f.aValue ?? '', bValue: f.bValue ?? '',
    difference: f.args.difference ? t(`fragments.field-conflict.${f.args.difference}`, {}, ctx.lang) : '',
  }),
  'category-mismatch': (f, ctx) => ({
    labelA: ctx.labels.a, labelB: ctx.labels.b,
    aCategory: f.aValue || t('fragments.category-mismatch.none', {}, ctx.lang),
    bCategory: f.bValue || t('fragments.category-mismatch.none', {}, ctx.lang),
  }),
  'age-out-of-range': (f, ctx) => ({
    rec: own(f, ctx), category: category(f.args.category, ctx), range: range(f.args.range, ctx.lang), age: f.args.age, referenceDate: f.args.referenceDate,
  }),
  'age-unknown': (f, ctx) => ({ rec: own(f, ctx), category: category(f.args.category, ctx) }),
  'not-eligible-medical': (f, ctx) => ({ rec: own(f, ctx), category: category(f.args.category, ctx), status: f.args.status, admitted: f.args.admitted }),
  'medical-unconfirmed': (f, ctx) => ({ rec: own(f, ctx), category: category(f.args.category, ctx), commission: f.args.commission }),
  'eligible-not-listed': (f, ctx) => ({
    category: category(f.args.category, ctx), reason: reason(f.args.reason, ctx.lang),
    // One list alone (summary, validate: no B label) has no "neither side".
    notListed: t(`fragments.eligible-not-listed.${ctx.labels.b === '' ? 'one' : 'both'}`, {}, ctx.lang),
  }),
  'invalid-value': (f, ctx) => ({ ...cell(f, ctx), problem: f.args.problem }),
  'invisible-characters': (f, ctx) => ({ ...cell(f, ctx), characters: f.args.characters }),
  'missing-identity': (f, ctx) => ({ rec: own(f, ctx), missing: t(`fragments.missing-identity.${f.args.kind}`, {}, ctx.lang) }),
  'count-mismatch': (f, ctx) => ({ category: category(f.args.category, ctx), labelA: ctx.labels.a, labelB: ctx.labels.b, a: f.args.a, b: f.args.b }),
  'remains-quota': (f, ctx) => ({
    labelSide: ctx.labels[f.args.side], listed: f.args.listed, bodies: plural('fragments.remains-quota.bodies', f.args.listed, ctx.lang), quota: f.args.quota,
    foreign: f.args.foreign ? t('fragments.remains-quota.foreign', { foreign: f.args.foreign, count: f.args.count }, ctx.lang) : '',
  }),
  'tag-conflict': (f) => ({ aValue: f.aValue ?? '', bValue: f.bValue ?? '' }),
  'dna-conflict': (f) => ({ aValue: f.aValue ?? '', bValue: f.bValue ?? '' }),
  'identification-mismatch': (f, ctx) => ({ labelA: ctx.labels.a, labelB: ctx.labels.b, aState: state(f.aValue, ctx.lang), bState: state(f.bValue, ctx.lang) }),
  'foreign-remains': (f, ctx) => ({
    records: [rec(f, 'a', ctx), rec(f, 'b', ctx)].filter(Boolean).join(t('fragments.and', {}, ctx.lang)),
    citizenship: f.args.citizenship, fallen: f.args.fallen,
  }),
  'empty-row': (f, ctx) => ({ rec: f.a || f.b ? own(f, ctx) : (f.file ?? ''), label: ctx.labels[f.a ? 'a' : 'b'], line: (f.a ?? f.b)?.line ?? '' }),
  'total-mismatch': (f, ctx) => ({
    list: f.a ? ctx.labels.a : f.b ? ctx.labels.b : (f.file ?? ctx.labels.a), stated: f.args.stated, counted: f.args.counted,
    label: ctx.labels[f.a ? 'a' : 'b'], line: (f.a ?? f.b)?.line ?? '',
  }),
};

/** The codes with a message; tests check it against CODES and the catalogues. */
export const RENDERED_CODES = Object.keys(RENDER);

/** A code's placeholders: its own renderer, chosen by the finding's code (a correlated union, no cast). */
const placeholders = <C extends Code>(f: Finding<C>, ctx: Required<MessageContext>): Args => RENDER[f.code](f, ctx);

export function renderMessage(f: Finding, ctx: MessageContext): string {
  const full = { labels: ctx.labels, lang: ctx.lang ?? language() };
  return t(`messages.${f.code}`, placeholders(f, full), full.lang);
}
