// Latin spellings a clerk may copy from a passport or invent. These are the generator's own,
// written from the standards in DOMAIN.md; the matcher keeps its own normalisers, so a bug here
// cannot hide a bug there. Input is lower-case; case is applied by the caller.

/**
 * `ua2010`: Ukrainian national system (CMU Resolution No. 55, 2010), applied to Ukrainian forms.
 * `icao`: Russian passports since 2014 (ICAO Doc 9303). `gost`: Russian passports 2010–2014
 * (GOST R 52535.1, ц → tc). `mvd`: Russian passports before 2010 (MVD Order 310: й y, ю yu,
 * я ya, е ye after vowels). `adhoc`: an English-minded clerk (х h, щ sch, кс x).
 */
export type LatinSystem = 'ua2010' | 'icao' | 'gost' | 'mvd' | 'adhoc';

type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  // Ukrainian letters that slip into a Russian list.
  і: 'i', ї: 'i', є: 'e', ґ: 'g', "'": '', '’': '', 'ʼ': '',
};

const UA_2010: Table = {
  ...COMMON, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'i', й: 'i', є: 'ie', ю: 'iu', я: 'ia', ь: '',
};
/** Ukrainian 2010: є ї й ю я take these forms at the start of a word. */
const UA_2010_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const TABLES: Record<LatinSystem, Table> = {
  ua2010: UA_2010,
  icao: COMMON,
  gost: { ...COMMON, ц: 'tc', ъ: '' },
  mvd: { ...COMMON, й: 'y', ю: 'yu', я: 'ya', ъ: '' },
  adhoc: { ...COMMON, й: 'y', ю: 'yu', я: 'ya', ё: 'yo', х: 'h', щ: 'sch', ъ: '' },
};

const VOWELS = 'аеёиіїоуыэюяє';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

export function transliterate(text: string, system: LatinSystem): string {
  const table = TABLES[system];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const prev = text[i - 1];
    // A letter after an apostrophe is not word-initial (Знам'янка → Znamianka).
    const wordInitial = !isLetter(prev) && prev !== "'" && prev !== '’' && prev !== 'ʼ';
    if (system === 'ua2010') {
      if (ch === 'з' && text[i + 1] === 'г') {
        out += 'zgh'; // зг → zgh, so it is not read as the letter ж
        i++;
        continue;
      }
      const initial = wordInitial ? UA_2010_INITIAL[ch] : undefined;
      if (initial !== undefined) {
        out += initial;
        continue;
      }
    }
    if (system === 'mvd' && ch === 'е' && prev !== undefined && (VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) {
      out += 'ye';
      continue;
    }
    if (system === 'adhoc' && ch === 'к' && text[i + 1] === 'с') {
      out += 'x'; // Александр → Alexandr
      i++;
      continue;
    }
    out += table[ch] ?? ch;
  }
  return out;
}
