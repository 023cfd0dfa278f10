// What every check receives besides the entry: the agreement, resolved once, and what a kind's
// profile learns from the lists as a whole before the rules run (src/kinds/).
import { impliedCategories, type Agreement, type Category } from '../agreement/terms.js';
import type { ListKind, PartialDate, Side } from '../model.js';
import type { TagConvention } from '../remains/identifier.js';
import { parseIsoDate } from '../schema/dates.js';

export interface CheckContext {
  kind: ListKind;
  agreement: Agreement;
  referenceDate: Required<PartialDate>;
  categoryById: Map<string, Category>;
  /** Category ids every listed person is implicitly under (the all-for-all category). */
  implied: string[];
  /** Citizenship of the fallen, inferred from the lists (src/remains/identity.ts); set by the remains profile. */
  fallenCitizenship?: string;
  /** How each list writes its body tags, from its whole tag column (src/remains/identifier.ts); set by the remains profile. */
  tagConventions?: Record<Side, TagConvention>;
}

export function checkContext(agreement: Agreement, kind: ListKind): CheckContext {
  return {
    kind,
    agreement,
    referenceDate: parseIsoDate(agreement.reference_date) as Required<PartialDate>,
    categoryById: new Map(agreement.categories.map((c) => [c.id, c])),
    implied: impliedCategories(agreement),
  };
}
