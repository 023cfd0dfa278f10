// What a side's writer needs besides the person: its stream of chance, its noise and its words.
import type { SimpleDate } from './dates.js';
import type { CategoryRates, NoiseRates, RemainsRates } from './options.js';
import type { Rng } from '../random.js';
import type { Vocabulary } from './vocabulary.js';

export interface SideContext {
  rng: Rng;
  rates: NoiseRates;
  categories: CategoryRates;
  remains: RemainsRates;
  vocabulary: Vocabulary;
  reference: SimpleDate;
}
