// The page's words: the `html.` section of data/messages/<lang>.json. The server renders with
// them, and the browser script gets the same section (embedded in the data) for what it renders.
import { catalogue, fill, type Args, type Entry } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';

export interface Words {
  lang: Lang;
  /** The text of `html.<key>`, placeholders filled. */
  w(key: string, args?: Args): string;
  /** A counted phrase of `html.<key>`; `{n}` is the number. */
  n(key: string, count: number): string;
  /** Every `html.` entry, by its key without the prefix, for the browser script. */
  all(): Record<string, Entry>;
}

export function wordsOf(lang: Lang): Words {
  const own = catalogue(lang);
  const en = catalogue('en');
  const entry = (key: string): Entry => {
    const found = own.get(`html.${key}`) ?? en.get(`html.${key}`);
    if (found === undefined) throw new Error(`data/messages: no text for html.${key}`);
    return found;
  };
  const rules = new Intl.PluralRules(lang);
  return {
    lang,
    w: (key, args = {}) => {
      const found = entry(key);
      return fill(typeof found === 'string' ? found : (found.other ?? ''), args);
    },
    n: (key, count) => {
      const found = entry(key);
      return fill(typeof found === 'string' ? found : (found[rules.select(count)] ?? found.other ?? ''), { n: count });
    },
    all: () => {
      const out: Record<string, Entry> = {};
      for (const [key, value] of [...own].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) if (key.startsWith('html.')) out[key.slice(5)] = value;
      return out;
    },
  };
}
