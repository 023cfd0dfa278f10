// The language of what people read: terminal text, finding messages, category labels and the
// ledger's plain-words explanation. Column names, status ids and codes never change with it.
// `--lang` wins; otherwise the locale (LC_ALL, then LC_MESSAGES, then LANG: the first one set
// decides, as POSIX has it): uk* is Ukrainian, ru* Russian, anything else (C, POSIX, en_US…) English.

export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

export function languageFromLocale(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim().toLowerCase();
    if (!value) continue;
    if (value.startsWith('uk')) return 'uk';
    if (value.startsWith('ru')) return 'ru';
    return 'en';
  }
  return 'en';
}

export function resolveLanguage(option: string | undefined, env: Record<string, string | undefined>): Lang {
  return isLang(option) ? option : languageFromLocale(env);
}

/** The run's language: set once by the command line before a command runs; English until then. */
let current: Lang = 'en';

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}
