// The message catalogues: data/messages/<lang>.json, one file per language holding every finding
// message, label and terminal word. Nested sections are read as dotted keys (`terminal.ledger`,
// `messages.only-in-a`); a counted phrase holds one text per plural form (Intl.PluralRules).
import { readDataJson } from '../data.js';
import { LANGS, language, type Lang } from './lang.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;
export type Entry = string | PluralForms;
export type Catalogue = Map<string, Entry>;
export type Args = Record<string, string | number | undefined>;

const isPlural = (value: unknown): value is PluralForms =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** A section is nested unless it is a plural (an object of plural-form names only). */
const PLURAL_NAMES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function flatten(prefix: string, value: unknown, into: Catalogue): void {
  if (typeof value === 'string') into.set(prefix, value);
  else if (isPlural(value) && Object.keys(value).every((k) => PLURAL_NAMES.has(k))) into.set(prefix, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) if (!key.startsWith('$')) flatten(prefix ? `${prefix}.${key}` : key, inner, into);
  } else throw new Error(`data/messages: ${prefix} is neither text nor a section`);
}

const loaded = new Map<Lang, Catalogue>();

export function catalogue(lang: Lang): Catalogue {
  let found = loaded.get(lang);
  if (!found) {
    found = new Map();
    flatten('', readDataJson(`messages/${lang}.json`), found);
    loaded.set(lang, found);
  }
  return found;
}

export const allCatalogues = () => LANGS.map((lang) => [lang, catalogue(lang)] as const);

/** `{name}` placeholders of a text, in order of appearance. */
export const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);

/** A template cut at its placeholders: texts and names alternate, starting and ending with a text. */
type Compiled = readonly string[];

const compiled = new Map<string, Compiled>();

/** Cuts a template once; reports fill the same few templates hundreds of thousands of times. */
function compile(template: string): Compiled {
  let found = compiled.get(template);
  if (found === undefined) {
    found = template.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g);
    compiled.set(template, found);
  }
  return found;
}

/** Fills `{name}` placeholders; one without a value is left as written, so tests catch it. */
export function fill(template: string, args: Args = {}): string {
  const parts = compile(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = args[name];
    text += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1]!;
  }
  return text;
}

/** A key's entry in a language, else in English, else undefined; remembered per language. */
const resolved = new Map<Lang, Map<string, Entry | undefined>>();

function lookup(lang: Lang, key: string): Entry | undefined {
  let own = resolved.get(lang);
  if (own === undefined) {
    own = new Map();
    resolved.set(lang, own);
  }
  let found = own.get(key);
  if (found === undefined && !own.has(key)) {
    found = catalogue(lang).get(key) ?? catalogue('en').get(key);
    own.set(key, found);
  }
  return found;
}

function entry(lang: Lang, key: string): Entry {
  const found = lookup(lang, key);
  if (found === undefined) throw new Error(`data/messages: no text for ${key}`);
  return found;
}

/** The text of a key in a language (the run's by default), placeholders filled. */
export function t(key: string, args: Args = {}, lang: Lang = language()): string {
  const found = entry(lang, key);
  return fill(typeof found === 'string' ? found : (found.other ?? ''), args);
}

/** Whether a key exists in the catalogue (English stands in for a missing one). */
export const has = (key: string, lang: Lang = language()) => lookup(lang, key) !== undefined;

const rulesByLang = new Map<Lang, Intl.PluralRules>();

const pluralRules = (lang: Lang): Intl.PluralRules => {
  let rules = rulesByLang.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return rules;
};

/** A counted phrase: `47 rows`, `47 рядків`, `1 ошибка`; `{n}` is the number. */
export const plural = (key: string, n: number, lang: Lang = language()): string => pluralWith(key, n, {}, lang);

/** A counted phrase with more to fill than its number: the form `n` asks for, `{n}` and `args` filled. */
export function pluralWith(key: string, n: number, args: Args, lang: Lang = language()): string {
  const found = entry(lang, key);
  if (typeof found === 'string') return fill(found, { ...args, n });
  return fill(found[pluralRules(lang).select(n)] ?? found.other ?? '', { ...args, n });
}

/** The plural forms a language needs (en: one, other; uk and ru: one, few, many, other). */
export const pluralFormsOf = (lang: Lang) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

/**
 * A category's label for people: the catalogue's for the embedded categories' ids, else the
 * agreement's own label (an agreement file may define categories we have no words for).
 */
export function categoryLabel(id: string, agreementLabel: string | undefined, lang: Lang = language()): string {
  const found = catalogue(lang).get(`categories.${id}`);
  if (lang === 'en') return agreementLabel ?? (typeof found === 'string' ? found : id);
  return typeof found === 'string' ? found : (agreementLabel ?? id);
}
