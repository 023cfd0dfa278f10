// The words each clerk writes in coded cells. Every value is an alias in data/values.json (a test
// holds us to it). A clerk is consistent within his list, so the variant is drawn once per list.
import type { CommissionFinding, MedicalStatus } from '../model.js';
import type { CategoryId } from './categories.js';
import type { Rng } from '../random.js';

export interface Vocabulary {
  category: Record<CategoryId, string>;
  /** Written for someone under no special category ('' leaves the cell empty). */
  allForAll: string;
  medical: Record<MedicalStatus, string>;
  commission: Record<CommissionFinding, string>;
  identified: { yes: string; no: string };
  citizenship: { ukraine: string; russia: string };
}

export function vocabularyA(rng: Rng): Vocabulary {
  return {
    category: {
      wounded_ill: rng.pick(['тяжкопоранені та хворі', 'важкопоранені та хворі']),
      age_18_25: rng.pick(['18-25 років', 'молоді']),
    },
    allForAll: '',
    medical: {
      severely_wounded: rng.pick(['тяжкопоранений', 'важкопоранений']),
      seriously_ill: rng.pick(['тяжкохворий', 'важкохворий']),
      wounded: 'поранений',
      ill: 'хворий',
      healthy: 'здоровий',
    },
    commission: { confirmed: 'підтверджено', rejected: 'відхилено', pending: 'очікує' },
    identified: { yes: 'так', no: 'ні' },
    citizenship: { ukraine: 'Україна', russia: 'Росія' },
  };
}

export function vocabularyB(rng: Rng): Vocabulary {
  return {
    category: {
      wounded_ill: rng.pick(['тяжелораненые и больные', 'раненые и больные']),
      age_18_25: rng.pick(['18-25 лет', 'молодые']),
    },
    allForAll: 'всех на всех',
    medical: {
      severely_wounded: 'тяжелораненый',
      seriously_ill: 'тяжелобольной',
      wounded: 'раненый',
      ill: 'больной',
      healthy: 'здоровый',
    },
    commission: { confirmed: 'подтверждено', rejected: 'отклонено', pending: 'ожидает' },
    identified: { yes: 'да', no: 'нет' },
    citizenship: { ukraine: 'Украина', russia: 'Россия' },
  };
}

export function categoryCell(categories: readonly CategoryId[], vocabulary: Vocabulary): string {
  return categories.length === 0 ? vocabulary.allForAll : categories.map((c) => vocabulary.category[c]).join('|');
}
