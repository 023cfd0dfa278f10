// The catalogues (data/messages/<lang>.json) are complete: every key of every language exists in
// the others with the same placeholders; every code, terminal word and embedded category has text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_STATUSES } from '../../src/model.js';
import { CODE_ORDER } from '../../src/codes.js';
import { RENDERED_CODES } from '../../src/findings/messages.js';
import { allCatalogues, catalogue, placeholders, pluralFormsOf, type Entry } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';

const texts = (entry: Entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholderSet = (entry: Entry) => [...new Set(texts(entry).flatMap(placeholders))].sort();
const en = catalogue('en');
const agreement = JSON.parse(readFileSync(new URL('../../data/agreement.istanbul-2025.json', import.meta.url), 'utf8')) as { categories: Array<{ id: string; label: string }> };
const fields = JSON.parse(readFileSync(new URL('../../data/fields.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

describe('message catalogues', () => {
  it.each(LANGS)('%s has exactly the keys of the others', (lang) => {
    for (const [, other] of allCatalogues()) expect([...catalogue(lang).keys()].sort()).toEqual([...other.keys()].sort());
  });

  it.each(LANGS)('%s has the same placeholders as English in every text', (lang) => {
    for (const [key, entry] of catalogue(lang)) expect(placeholderSet(entry), `${lang} ${key}`).toEqual(placeholderSet(en.get(key)!));
  });

  it.each(LANGS)('%s gives every plural form the language needs, and no text is empty', (lang) => {
    for (const [key, entry] of catalogue(lang)) {
      for (const text of texts(entry)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
      if (typeof entry !== 'string') for (const form of pluralFormsOf(lang)) expect(entry[form], `${lang} ${key} ${form}`).toBeDefined();
    }
  });

  it.each(LANGS)('%s has a message for every code, and for the codes being added', (lang) => {
    const codes = new Set([...CODE_ORDER, 'empty-row', 'total-mismatch']);
    for (const code of codes) expect(catalogue(lang).has(`messages.${code}`), `${lang} ${code}`).toBe(true);
    for (const code of codes) expect(RENDERED_CODES, code).toContain(code);
  });

  it.each(LANGS)('%s has every terminal word: statuses, severities, kinds, matchers', (lang) => {
    const c = catalogue(lang);
    for (const status of LEDGER_STATUSES) expect(c.has(`terminal.status.${status}`), status).toBe(true);
    for (const key of ['severity.error', 'severity.warning', 'kind.pow', 'kind.remains', 'matcher.scored', 'matcher.exact']) expect(c.has(`terminal.${key}`), key).toBe(true);
  });

  it.each(LANGS)('%s labels every embedded category and names every field', (lang) => {
    for (const category of agreement.categories) expect(catalogue(lang).get(`categories.${category.id}`), category.id).toBeTypeOf('string');
    for (const kind of ['pow', 'remains']) for (const field of Object.keys(fields[kind]!)) expect(catalogue(lang).has(`fields.${field}`), field).toBe(true);
  });

  it("English category labels are the embedded agreement's", () => {
    for (const category of agreement.categories) expect(en.get(`categories.${category.id}`)).toBe(category.label);
  });
});
