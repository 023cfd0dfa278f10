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
  /**
   * The record's own categories the agreement sets criteria for (an age range, a medical status),
   * in the record's order, with their terms: what the listing rules look at. Most records list
   * none (all for all), and those rules then have nothing to do.
   */
  withCriteria: ReadonlyArray<readonly [id: string, category: Category]>;
}

/**
 * Per run, each distinct set of categories records are listed under (most records share one of a
 * few), by its text, and by the array that holds it: the reader gives every record of a set the
 * same array (schema/cells.ts), so most lookups make no text. The last array asked about is kept
 * besides, since the records of a list without a category column share one array.
 */
interface Listings {
  byText: Map<string, Listed>;
  byArray: WeakMap<readonly string[], Listed>;
  lastArray?: readonly string[];
  last?: Listed;
}

const listingsByRun = new WeakMap<CheckContext, Listings>();

/** What `record` is listed under in this run: one object for all records listing the same categories. */
export function listedUnder(record: PersonRecord, ctx: CheckContext): Listed {
  let known = listingsByRun.get(ctx);
  if (known === undefined) {
    known = { byText: new Map(), byArray: new WeakMap() };
    listingsByRun.set(ctx, known);
  }
  const categories = record.categories;
  if (categories === known.lastArray) return known.last!;
  let listed = known.byArray.get(categories);
  if (listed === undefined) {
    const key = JSON.stringify(categories);
    listed = known.byText.get(key);
    if (listed === undefined) {
      const ids = [...new Set([...categories, ...ctx.implied])];
      const withCriteria: Array<readonly [string, Category]> = [];
      for (const id of categories) {
        const category = ctx.categoryById.get(id);
        if (category?.age || category?.medical_status) withCriteria.push([id, category]);
      }
      listed = { ids, text: [...ids].sort().join('|'), withCriteria };
      known.byText.set(key, listed);
    }
    known.byArray.set(categories, listed);
  }
  known.lastArray = categories;
  known.last = listed;
  return listed;
}
