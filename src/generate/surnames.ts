// How a Russian clerk spells a Ukrainian surname, and the feminine forms on both sides.
// The letter rules follow data/names/surname_patterns_ua_ru.tsv; what they cannot know (і from
// old ѣ as in Олійник → Олейник, translated adjectives as in Чорний → Черный) comes from the
// `ru` column of data/generate/surnames_ua.tsv.
import type { Sex, SurnameEntry } from './tables.js';

/**
 * Decides the feminine form: -ський → -ська / -ская, Чорний → Чорна / Черная, Іванов → Іванова /
 * Иванова, Кузьмін → Кузьміна / Кузьмина. The rest (-енко, -ук, -чук, -ич, -ів, Мельник) is the same
 * for a woman on both sides.
 */
export type SurnameType = 'sky' | 'adjective' | 'possessive' | 'plain';

export function surnameType(ua: string): SurnameType {
  if (/[сцз]ький$/.test(ua)) return 'sky';
  if (/ий$/.test(ua)) return 'adjective';
  if (/(ов|ев|єв|ін|їн)$/.test(ua)) return 'possessive';
  return 'plain';
}

const VOWELS = 'аеєиіїоуюяё';

/** Letter-for-letter part of the mapping: і → и, ї → и, є → е, ґ → г, apostrophe → ь, ьо → ё. */
function mapLetters(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? '';
    const next = lower[i + 1];
    const prev = lower[i - 1];
    if (ch === 'ь' && next === 'о') {
      out += 'ё';
      i++;
    } else if (ch === 'й' && next === 'о' && prev !== undefined && !VOWELS.includes(prev)) {
      out += 'ьё'; // Соловйов → Соловьёв
      i++;
    } else if (ch === "'" || ch === '’' || ch === 'ʼ') out += 'ь';
    else if (ch === 'і' || ch === 'ї') out += 'и';
    else if (ch === 'є') out += 'е';
    else if (ch === 'ґ') out += 'г';
    else out += ch;
  }
  return out;
}

/** Ending rules, most specific first: [Ukrainian ending, Russian endings (most usual first)]. */
function russianEndings(lower: string): [string, string[]] {
  if (lower.endsWith('зький')) return ['зький', ['жский']];
  if (lower.endsWith('цький')) return ['цький', ['цкий']];
  if (lower.endsWith('ський')) return ['ський', ['ский']];
  if (/[єе]ць$/.test(lower)) return [lower.slice(-3), ['ец']];
  if (/[ая]р$/.test(lower)) return [lower.slice(-2), [`${lower.slice(-2)}ь`]]; // Бондар → Бондарь
  if (lower.endsWith('ир')) return ['ир', ['ырь']]; // Бобир → Бобырь (but Кушнір → Кушнир)
  if (lower.endsWith('ів')) return ['ів', ['ив', 'ов']]; // Петрів → Петрив, re-Russified Петров
  // Adjectival -ий is -ый in Russian, except after г к х ж ш щ ч where Russian spelling keeps и.
  if (/[^гкхжшщч]ий$/.test(lower)) return ['ий', ['ый']];
  return ['', ['']];
}

const capitalise = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** Russian spellings of a Ukrainian (masculine) surname, most usual first. */
export function russianSurname(ua: string, override: readonly string[] = []): string[] {
  if (override.length > 0) return [...override];
  const lower = ua.toLowerCase();
  const [ending, russian] = russianEndings(lower);
  const stem = mapLetters(lower.slice(0, lower.length - ending.length));
  return russian.map((end) => capitalise(stem + end));
}

export function feminineUa(ua: string, type: SurnameType): string {
  if (type === 'sky' || type === 'adjective') return ua.replace(/ий$/, 'а');
  if (type === 'possessive') return `${ua}а`;
  return ua;
}

export function feminineRu(ru: string, type: SurnameType): string {
  if (type === 'sky' || type === 'adjective') return ru.replace(/(ий|ый|ой)$/, 'ая');
  // A re-Russified -ов (Мартинів → Мартынов) declines like a Russian surname.
  if (type === 'possessive' || /[оеё]в$/.test(ru)) return `${ru}а`;
  return ru;
}

/** A person's surname as each side writes it. */
export interface SurnameForms {
  ua: string;
  /** Russian spellings, most usual first. */
  ru: string[];
  /** A surname built on a given name: Russian spellings with the name translated (Хоменко → Фоменко); else empty. */
  translated: string[];
}

/**
 * Both sides derive a woman's surname from the same masculine entry, by the type of its Ukrainian
 * form, so Лозинська on A is Лозинская on B, and her brother's Лозинський is Лозинский.
 */
export function surnameForms(entry: SurnameEntry, sex: Sex): SurnameForms {
  const ru = russianSurname(entry.ua, entry.ruOverride);
  if (sex === 'M') return { ua: entry.ua, ru, translated: [...entry.translated] };
  const type = surnameType(entry.ua);
  const feminine = (form: string): string => feminineRu(form, type);
  return { ua: feminineUa(entry.ua, type), ru: ru.map(feminine), translated: entry.translated.map(feminine) };
}
