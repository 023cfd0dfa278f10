// Every knob of the generator in one place, with defaults. All rates are probabilities in [0, 1]
// per person (population, overlap, categories, remains) or per written record (noise), so a
// test or a benchmark can turn one kind of difficulty up or down without touching the others.

export type GenerateKind = 'pow' | 'remains';

/** Who the people are. */
export interface PopulationRates {
  /** Women (feminine patronymic, -ська / -а surname forms). */
  female: number;
  /** A namesake of an earlier person with the same date of birth too (different service number). */
  namesakeSameBirth: number;
  /**
   * A man with a brother earlier in the population: the same surname and patronymic, another given
   * name and service number. Two people, never one pair of the truth.
   */
  brother: number;
  /** Of those brothers, twins: born the same day as well. */
  brotherTwin: number;
  /**
   * A woman of the family of an earlier man: his sister (same father, so the same patronymic stem)
   * or his wife, with the feminine form of his surname. Share of the women.
   */
  femaleRelative: number;
  /** Born a day either side of (or on) the 18th or 26th birthday: the age-category edges. */
  ageBoundary: number;
  /** No service number known at all. */
  serviceNumberUnknown: number;
  /** Service number of digits only (otherwise two Cyrillic letters and six digits, `АА123456`). */
  serviceNumberDigits: number;
  rankKnown: number;
  unitKnown: number;
  /** Medical status shares; what remains up to 1 is unknown (empty cell). */
  severelyWounded: number;
  seriouslyIll: number;
  wounded: number;
  ill: number;
  healthy: number;
  /** Commission finding among the severely wounded and seriously ill; the rest is rejected or blank. */
  commissionConfirmed: number;
  commissionPending: number;
}

/** Which list a person is on. */
export interface OverlapRates {
  onlyA: number;
  onlyB: number;
  /** The same person a second time in one list, with independent noise and a new record id. */
  duplicateA: number;
  duplicateB: number;
}

/** How the clerks list people under the agreed categories. */
export interface CategoryRates {
  /** An eligible person is listed under his category (otherwise neither side lists him: eligible-not-listed). */
  listEligible: number;
  /** A person with a status the wounded/ill category does not admit (wounded, ill, healthy) is listed under it. */
  listIneligibleMedical: number;
  /** A person aged 17, 26 or 27 on the reference date is listed under age_18_25. */
  listNearMissAge: number;
  /** Side B adds or drops one category for the person (category-mismatch). */
  mismatchB: number;
}

/** Noise one clerk puts into one written record. */
export interface NoiseRates {
  /** One-letter typo in the surname (substitution, deletion, transposition, doubled letter). */
  surnameTypo: number;
  givenNameTypo: number;
  patronymicDropped: number;
  /** A: surname and given name written in each other's column. B: `Имя Отчество Фамилия` order. */
  nameOrderSwapped: number;
  /** A: surname in capitals; B: surname not in capitals. */
  surnameCaseFlipped: number;
  /** B: the whole name in Latin (mix of Ukrainian 2010, ICAO, GOST, old MVD and ad-hoc spellings). */
  latin: number;
  /** B: the less usual Russian spelling of a name (Данила for Данило, Мартынов for Мартинів). */
  alternativeSpelling: number;
  /**
   * B: a colloquial or church Russian form of the given name instead of the official one (Панас →
   * Афанасий, Хома → Фома, Юрій → Георгий, Оксана → Ксения). Share of the records whose name has
   * such a form in data/generate/given_names_ua_ru.tsv. A ignores it.
   */
  givenNameColloquial: number;
  /**
   * A diminutive instead of the given name: Сашко, Михась, Надійка on A; Саша, Миша, Надя on B.
   * Share of the records whose name has one in data/generate/given_name_diminutives.tsv.
   */
  givenNameDiminutive: number;
  /**
   * B: a surname built on a given name written with the Russian name in it (Пилипенко →
   * Филиппенко, Гнатюк → Игнатюк); otherwise letter for letter. Share of the records whose surname
   * is in data/generate/surnames_given_ua_ru.tsv. A ignores it.
   */
  surnameNameTranslated: number;
  /** Day and month swapped (only where the swap is still a valid date, so effectively ~35% of this). */
  dayMonthSwapped: number;
  dateDigitTypo: number;
  yearOffByOne: number;
  yearOnly: number;
  dateMissing: number;
  /** One character of the service number mistyped. */
  serviceNumberTypo: number;
  /** Spaces or dashes inserted into the service number. */
  serviceNumberFormatted: number;
  /** Service number left out although known. */
  serviceNumberMissing: number;
  /** No-break space inside or around a name. */
  noBreakSpace: number;
  /** Zero-width space inside a name. */
  zeroWidthSpace: number;
  /** One Cyrillic letter replaced by its Latin look-alike (о → o) in a name or service number. */
  latinLookalike: number;
  /** B: ё written for е in a surname. */
  yo: number;
  /** A: the apostrophe of a name written as ’ or ʼ instead of '. */
  apostropheVariant: number;
}

/** Remains lists only. */
export interface RemainsRates {
  /** The body has been identified at all. */
  identified: number;
  /** Of identified bodies, share whose identity each side writes. */
  identityKnownA: number;
  identityKnownB: number;
  /** A body of the other side's own soldier (citizenship differs). */
  otherSideSoldier: number;
  /**
   * B keeps its own register numbered within the year and writes tags `YEAR/SERIAL` (`2024/37`,
   * serials restarting each year) instead of A's `UA-2024-000037`. Drawn once per list from the
   * seed, not per body: a register keeps one convention.
   */
  yearRegisterB: number;
  /** B writes the tag in another format (prefix, dashes, leading zeros; in a year register also the serial first, or alone). */
  tagReformatted: number;
  /** B writes another tag number (tag-conflict). */
  tagConflict: number;
  /** B writes another DNA sample id (dna-conflict). */
  dnaConflict: number;
  dnaMissingA: number;
  dnaMissingB: number;
}

export interface GeneratorRates {
  population: PopulationRates;
  overlap: OverlapRates;
  categories: CategoryRates;
  /** Noise of side A, the Ukrainian clerk: a little. */
  noiseA: NoiseRates;
  /** Noise of side B, the Russian clerk: more. */
  noiseB: NoiseRates;
  remains: RemainsRates;
}

/** File conventions of side A (a spreadsheet saved as CSV). B is always UTF-8, LF, no BOM. */
export interface FileFormat {
  aBom: boolean;
  aCrlf: boolean;
}

export type RateOverrides = { [K in keyof GeneratorRates]?: Partial<GeneratorRates[K]> };

export interface GenerateOptions {
  /** Number of people (or bodies) in the population both lists are drawn from. */
  size: number;
  seed: string | number;
  kind: GenerateKind;
  /** Date ages are computed on, `YYYY-MM-DD`. Default `2025-06-02`. */
  referenceDate?: string;
  rates?: RateOverrides;
  format?: Partial<FileFormat>;
}

export const DEFAULT_REFERENCE_DATE = '2025-06-02';

const NOISE_B: NoiseRates = {
  surnameTypo: 0.05,
  givenNameTypo: 0.03,
  patronymicDropped: 0.05,
  nameOrderSwapped: 0.05,
  surnameCaseFlipped: 0.1,
  latin: 0.1,
  alternativeSpelling: 0.15,
  givenNameColloquial: 0.08,
  givenNameDiminutive: 0.01,
  surnameNameTranslated: 0.7,
  dayMonthSwapped: 0.03,
  dateDigitTypo: 0.02,
  yearOffByOne: 0.015,
  yearOnly: 0.01,
  dateMissing: 0.01,
  serviceNumberTypo: 0.02,
  serviceNumberFormatted: 0.1,
  serviceNumberMissing: 0.05,
  noBreakSpace: 0.01,
  zeroWidthSpace: 0.005,
  latinLookalike: 0.02,
  yo: 0.01,
  apostropheVariant: 0,
};

const NOISE_A: NoiseRates = {
  surnameTypo: 0.01,
  givenNameTypo: 0.005,
  patronymicDropped: 0.01,
  nameOrderSwapped: 0.01,
  surnameCaseFlipped: 0.05,
  latin: 0,
  alternativeSpelling: 0,
  givenNameColloquial: 0,
  givenNameDiminutive: 0.01,
  surnameNameTranslated: 0,
  dayMonthSwapped: 0.005,
  dateDigitTypo: 0.005,
  yearOffByOne: 0.003,
  yearOnly: 0.003,
  dateMissing: 0.003,
  serviceNumberTypo: 0.005,
  serviceNumberFormatted: 0.03,
  serviceNumberMissing: 0.01,
  noBreakSpace: 0.005,
  zeroWidthSpace: 0.002,
  latinLookalike: 0.005,
  yo: 0,
  apostropheVariant: 0.3,
};

export const DEFAULT_RATES: GeneratorRates = {
  population: {
    female: 0.03,
    namesakeSameBirth: 0.004,
    brother: 0.005,
    brotherTwin: 0.3,
    femaleRelative: 0.15,
    ageBoundary: 0.02,
    serviceNumberUnknown: 0.06,
    serviceNumberDigits: 0.3,
    rankKnown: 0.85,
    unitKnown: 0.6,
    severelyWounded: 0.06,
    seriouslyIll: 0.03,
    wounded: 0.07,
    ill: 0.04,
    healthy: 0.45,
    commissionConfirmed: 0.7,
    commissionPending: 0.2,
  },
  overlap: { onlyA: 0.04, onlyB: 0.04, duplicateA: 0.008, duplicateB: 0.012 },
  categories: { listEligible: 0.93, listIneligibleMedical: 0.03, listNearMissAge: 0.1, mismatchB: 0.02 },
  noiseA: NOISE_A,
  noiseB: NOISE_B,
  remains: {
    identified: 0.25,
    identityKnownA: 0.9,
    identityKnownB: 0.5,
    otherSideSoldier: 0.005,
    yearRegisterB: 1,
    tagReformatted: 0.6,
    tagConflict: 0.01,
    dnaConflict: 0.01,
    dnaMissingA: 0.15,
    dnaMissingB: 0.35,
  },
};

export const DEFAULT_FORMAT: FileFormat = { aBom: true, aCrlf: true };

/** Defaults with the caller's overrides laid over them, section by section. */
export function resolveRates(overrides: RateOverrides = {}): GeneratorRates {
  return {
    population: { ...DEFAULT_RATES.population, ...overrides.population },
    overlap: { ...DEFAULT_RATES.overlap, ...overrides.overlap },
    categories: { ...DEFAULT_RATES.categories, ...overrides.categories },
    noiseA: { ...DEFAULT_RATES.noiseA, ...overrides.noiseA },
    noiseB: { ...DEFAULT_RATES.noiseB, ...overrides.noiseB },
    remains: { ...DEFAULT_RATES.remains, ...overrides.remains },
  };
}
