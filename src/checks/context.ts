// What every check receives besides the entry: the agreement, resolved once.
import type { Agreement, Category } from '../agreement/terms.js';
import type { ListKind, PartialDate } from '../model.js';
import { parseIsoDate } from '../schema/dates.js';

export interface CheckContext {
  kind: ListKind;
  agreement: Agreement;
  referenceDate: Required<PartialDate>;
  categoryById: Map<string, Category>;
  /** Category ids every listed person is implicitly under (the all-for-all category). */
  implied: string[];
}

export function checkContext(agreement: Agreement, kind: ListKind): CheckContext {
  return {
    kind,
    agreement,
    referenceDate: parseIsoDate(agreement.reference_date) as Required<PartialDate>,
    categoryById: new Map(agreement.categories.map((c) => [c.id, c])),
    implied: agreement.categories.some((c) => c.id === 'all_for_all') ? ['all_for_all'] : [],
  };
}
