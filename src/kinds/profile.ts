// A kind of list, whole: everything the reader, the matcher, the checks and the reports need to
// know of it. The core, the checks and the reports ask the profile and never test a kind's name.
// Adding a kind: its id in KINDS (src/model.ts), one profile file here, its line in index.ts, and
// its data (aliases in data/fields.json, words in data/messages/). The compiler holds the
// registry to KINDS and every profile to this interface; tests/kinds/profiles.test.ts checks the rest.
import type { ChalkInstance } from 'chalk';
import type { Rules } from '../checks/rules.js';
import type { CheckContext } from '../checks/context.js';
import type { EngineSetup } from '../match/engine/engine.js';
import type { BodyCounts, CategorySummary, KindSections, LedgerEntry, ListKind, PersonRecord, Side } from '../model.js';
import type { Cell } from '../render/csv-safe.js';
import type { ListSchema } from '../schema/fields.js';


/** A column of ledger.csv (and of the ledger sheet): its name and its cell for an entry. */
export type EntryColumn = readonly [name: string, cell: (entry: LedgerEntry) => Cell];

/** A column of review.csv, written once per side (`a_<name>`, `b_<name>`): its cell for a record. */
export type RecordColumn = readonly [name: string, cell: (record: PersonRecord) => Cell];

/** One list on its own (`exchange summary`): what its terminal table shows. */
export interface ListView {
  categories: Array<{ id: string; label: string; listed: number }>;
  people: number;
  duplicates: number;
  invalid: number;
  sections: ListSections;
}

/** The sections of `summary --format json` that belong to one kind of list. */
export interface ListSections {
  remains?: BodyCounts & { quota: number | null; quota_difference: number | null };
}

export interface KindProfile {
  readonly kind: ListKind;
  /** Reading: the fields a list may hold and those that identify a person; their aliases are in data/fields.json. */
  readonly schema: ListSchema;
  /** Matching: the scored engine's comparisons and blocking keys. */
  readonly matching: EngineSetup;
  /** Checking: what the rules learn from the lists, and the rules of entries, of listings and of whole lists. */
  readonly rules: Rules;
  /** ledger.csv: the kind's own columns, after the SPEC's (which end at `codes`). */
  readonly ledgerColumns: readonly EntryColumn[];
  /** review.csv: the columns shown side by side for each pair. */
  readonly reviewColumns: readonly RecordColumn[];
  /** summary.json: the kind's own sections, from a run's checked entries. */
  summarySections(entries: readonly LedgerEntry[], ctx: CheckContext): KindSections;
  /** `summary --format json`: the kind's own sections for one list on its own (`side`). */
  listSections(entries: readonly LedgerEntry[], ctx: CheckContext, side: Side): ListSections;
  /** The terminal table of a run, after its headline: categories, or bodies against the quota. */
  runTable(summary: { categories: readonly CategorySummary[] } & KindSections, chalk: ChalkInstance): string[];
  /** The terminal table of one list on its own. */
  listTable(view: ListView, chalk: ChalkInstance): string[];
}
