// What every check receives besides the entry: the agreement, resolved once, and what a kind's
// profile learns from the lists as a whole before the rules run (src/kinds/).
import { impliedCategories, type Agreement, type Category } from '../agreement/terms.js';
import type { ListKind, PartialDate, PersonRecord, Side } from '../model.js';
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

/** The categories a record is listed under: its own and the implied ones, each once (`ids`), and as sorted text joined by `|`. */
export interface Listed {
  ids: readonly string[];
  text: string;
}

/**
 * Per run, each distinct set of categories records are listed under (most records share one of a
 * few), by its text; and the last array asked about, since the records of a list without a
 * category column share one array: most lookups then make no text.
 */
const listedByRun = new WeakMap<CheckContext, { byText: Map<string, Listed>; lastArray?: readonly string[]; last?: Listed }>();

/** What `record` is listed under in this run: one object for all records listing the same categories. */
export function listedUnder(record: PersonRecord, ctx: CheckContext): Listed {
  let known = listedByRun.get(ctx);
  if (known === undefined) {
    known = { byText: new Map() };
    listedByRun.set(ctx, known);
  }
  if (record.categories === known.lastArray) return known.last!;
  const key = JSON.stringify(record.categories);
  let listed = known.byText.get(key);
  if (listed === undefined) {
    const ids = [...new Set([...record.categories, ...ctx.implied])];
    listed = { ids, text: [...ids].sort().join('|') };
    known.byText.set(key, listed);
  }
  known.lastArray = record.categories;
  known.last = listed;
  return listed;
}
