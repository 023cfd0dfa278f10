// Every code renders in every language with sample arguments: no placeholder left, no `undefined`.
import { describe, expect, it } from 'vitest';
import { CODE_ORDER, type Code } from '../../src/codes.js';
import { renderMessage } from '../../src/findings/messages.js';
import { LANGS } from '../../src/i18n/lang.js';
import type { Finding } from '../../src/model.js';

const ARGS = {
  score: '-1.25', duplicateOf: 'UA-003', duplicateOfLine: 4, difference: 'spelling', category: 'age_18_25', range: '18 to 25',
  age: 27, referenceDate: '2025-06-02', status: 'light', admitted: 'severe, critical', commission: 'pending', reason: 'age 21',
  problem: 'not a date', kind: 'remains', a: 14, b: 13, side: 'a', listed: 40, quota: 39, foreign: 1, count: 39,
  citizenship: 'russia', fallen: 'ukraine', stated: 23, counted: 22, characters: 'U+202E right-to-left override',
};
/** One finding of `code` carrying every code's sample arguments (a superset of its own). */
const sample = (code: Code, one = false): Finding => ({
  code, severity: 'error',
  a: { recordId: 'UA-017', line: 18, index: 16 },
  ...(one ? {} : { b: { recordId: '17', line: 19, index: 16 } }),
  field: 'given_name', aValue: 'Іван', bValue: 'Ян', file: 'ua.csv', column: 3, args: ARGS,
}) as Finding;
const codes = CODE_ORDER;
const labels = { a: 'ua.csv', b: 'ru.csv' };

describe('finding messages', () => {
  it.each(LANGS)('%s renders every code with no placeholder or undefined left', (lang) => {
    for (const code of codes) {
      for (const one of [false, true]) {
        const text = renderMessage(sample(code, one), { labels, lang });
        expect(text, `${lang} ${code}`).not.toMatch(/\{|\}|undefined|NaN|\[object/);
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(10);
      }
    }
  });

  it('says "neither side" of two lists and "the list" of one (summary, validate: no second label)', () => {
    const f = sample('eligible-not-listed', true);
    const one = { a: 'young.csv', b: '' };
    expect(renderMessage(f, { labels, lang: 'en' })).toMatch(/but neither side lists the person under it$/);
    expect(renderMessage(f, { labels: one, lang: 'en' })).toMatch(/but the list does not list the person under it$/);
    expect(renderMessage(f, { labels, lang: 'uk' })).toMatch(/але жодна сторона не внесла її до цієї категорії$/);
    expect(renderMessage(f, { labels: one, lang: 'uk' })).toMatch(/але список не вносить її до цієї категорії$/);
    expect(renderMessage(f, { labels: one, lang: 'ru' })).toMatch(/но список не вносит его в эту категорию$/);
  });

  it('writes plain Ukrainian and Russian for a record with no counterpart', () => {
    const f = { ...sample('only-in-a', true), a: { recordId: 'UA-017', line: 18, index: 16 } };
    expect(renderMessage(f, { labels, lang: 'uk' })).toBe('Запис ua.csv № UA-017 (рядок 18) не має відповідника в ru.csv');
    expect(renderMessage(f, { labels, lang: 'ru' })).toBe('Запись ua.csv № UA-017 (строка 18) не имеет соответствия в ru.csv');
    expect(renderMessage(f, { labels, lang: 'en' })).toBe('ua.csv record UA-017 (line 18) has no counterpart in ru.csv');
  });

  it('names categories by id in English (as always) and by label in Ukrainian and Russian', () => {
    const f = sample('age-out-of-range', true);
    expect(renderMessage(f, { labels, lang: 'en' })).toBe('ua.csv record UA-017 (line 18) is listed under age_18_25 (18 to 25) but is 27 on 2025-06-02');
    expect(renderMessage(f, { labels, lang: 'uk' })).toBe(
      'Запис ua.csv № UA-017 (рядок 18) внесено до категорії «Віком від 18 до 25 років» (від 18 до 25 років), але на 2025-06-02 вік особи — 27',
    );
    expect(renderMessage({ ...sample('field-conflict'), field: 'patronymic' }, { labels, lang: 'ru' })).toBe(
      'В сопоставленной паре не совпадает поле «отчество»: «Іван» против «Ян» (одно имя, написанное по-разному)',
    );
  });

  it('is English without a language (library use and the default run)', () => {
    expect(renderMessage(sample('only-in-b'), { labels })).toBe('ru.csv record 17 (line 19) has no counterpart in ua.csv');
  });
});
