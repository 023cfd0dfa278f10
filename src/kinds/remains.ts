// The profile of a list of remains: bodies, matched as people where identified and by tag, DNA
// sample and recovery date; held to the agreed quota instead of the categories, which are
// categories of prisoners (docs/remains.md).
import type { ChalkInstance } from 'chalk';
import { checkFieldConflict } from '../checks/field-conflict.js';
import { checkForeignRemains } from '../checks/foreign-remains.js';
import { checkIdentificationMismatch } from '../checks/identification-mismatch.js';
import { checkIdentifierConflicts } from '../checks/identifier-conflict.js';
import { checkReconciledQuota } from '../checks/remains-quota.js';
import { t } from '../i18n/catalogue.js';
import { BODY_SETUP } from '../match/engine/remains-comparisons.js';
import type { BodyCounts, LedgerEntry, PersonList, RemainsSide, Side } from '../model.js';
import { bodiesOf, bodyCounts, countsBySide, quotaDifference } from '../remains/counts.js';
import { tagConvention } from '../remains/identifier.js';
import { fallenCitizenship } from '../remains/identity.js';
import { renderTable, type StyledCell } from '../render/table.js';
import { POW_FIELDS, REMAINS_FIELDS } from '../schema/fields.js';
import { PERSON_IDENTITY, REVIEW_COLUMNS } from './columns.js';
import type { KindProfile } from './profile.js';

/** Whose fallen the lists hold, and how each writes its tags: the matcher reads tags by the same conventions (ScoredMatcher.featuresOf). */
function bodyContext<C>(ctx: C, lists: readonly PersonList[]): C {
  const tags = (side: Side) => lists.filter((l) => l.side === side).flatMap((l) => l.records.map((r) => r.tag));
  const tagConventions = { a: tagConvention(tags('a'), tags('b')), b: tagConvention(tags('b'), tags('a')) };
  return { ...ctx, fallenCitizenship: fallenCitizenship(lists.flatMap((l) => l.records)), tagConventions };
}

/** A remains column: a side of a run, or one list on its own (no matched rows then). */
type BodyColumn = BodyCounts & Partial<Pick<RemainsSide, 'matched' | 'unmatched'>> & { label: string };

/** Bodies per side against the quota, one column a side. */
function bodiesTable(columns: readonly BodyColumn[], quota: number | null, chalk: ChalkInstance): string[] {
  const row = (name: string, cell: (c: BodyColumn) => string | StyledCell) => [name, ...columns.map(cell)];
  const warn = (n: number | undefined) => ({ text: String(n ?? 0), style: n ? chalk.yellow : chalk.dim });
  const rows = [
    ['', ...columns.map((c) => ({ text: c.label, style: chalk.dim }))],
    row(t('terminal.remains.listed'), (c) => String(c.listed)),
    row(t('terminal.remains.identified'), (c) => String(c.identified)),
    row(t('terminal.remains.unidentified'), (c) => String(c.unidentified)),
    ...(columns.every((c) => c.matched !== undefined)
      ? [row(t('terminal.remains.matched'), (c) => String(c.matched)), row(t('terminal.remains.notMatched'), (c) => warn(c.unmatched))]
      : []),
    row(t('terminal.remains.foreign'), (c) => warn(c.foreign)),
    row(t('terminal.remains.counted'), (c) => String(c.counted)),
    ...(quota === null ? [] : [row(t('terminal.remains.againstQuota'), (c) => {
      const difference = quotaDifference(c, quota) ?? 0;
      return { text: difference > 0 ? `+${difference}` : String(difference), style: difference ? chalk.yellow : chalk.green };
    })]),
  ];
  return [chalk.bold(t('terminal.remains')) + chalk.dim(quota === null ? t('terminal.remains.noQuota') : t('terminal.remains.quota', { quota })), renderTable(rows)];
}

const matchedOn = (entries: readonly LedgerEntry[], side: Side) => entries.filter((e) => e.status === 'matched' && e[side]).length;

export const REMAINS: KindProfile = {
  kind: 'remains',
  schema: { kind: 'remains', fields: [...POW_FIELDS, ...REMAINS_FIELDS], identityFields: [...PERSON_IDENTITY, 'tag'], ownFields: REMAINS_FIELDS },
  matching: BODY_SETUP,
  rules: {
    context: bodyContext,
    entry: [
      checkFieldConflict,
      (entry, ctx) => checkIdentifierConflicts(entry, ctx.tagConventions),
      checkIdentificationMismatch,
      (entry, ctx) => checkForeignRemains(entry, ctx.fallenCitizenship),
    ],
    listing: [],
    list: [checkReconciledQuota],
  },
  ledgerColumns: [
    ['a_tag', (e) => e.a?.tag],
    ['b_tag', (e) => e.b?.tag],
    ['a_dna_sample_id', (e) => e.a?.dnaSampleId],
    ['b_dna_sample_id', (e) => e.b?.dnaSampleId],
  ],
  reviewColumns: REVIEW_COLUMNS,
  summarySections: (entries, ctx) => {
    const quota = ctx.agreement.remains_quota ?? null;
    const counts = countsBySide(entries, ctx.fallenCitizenship);
    const side = (s: Side): RemainsSide => {
      const matched = matchedOn(entries, s);
      return { ...counts[s], matched, unmatched: counts[s].listed - matched, quota_difference: quotaDifference(counts[s], quota) };
    };
    return { remains: { quota, a: side('a'), b: side('b') } };
  },
  listSections: (entries, ctx, side) => {
    const quota = ctx.agreement.remains_quota ?? null;
    const counts = bodyCounts(bodiesOf(entries, side, ctx.fallenCitizenship));
    return { remains: { quota, ...counts, quota_difference: quotaDifference(counts, quota) } };
  },
  runTable: (summary, chalk) =>
    summary.remains ? bodiesTable([{ label: 'A', ...summary.remains.a }, { label: 'B', ...summary.remains.b }], summary.remains.quota, chalk) : [],
  listTable: (view, chalk) => [
    renderTable([
      [{ text: '', style: chalk.dim }, { text: t('terminal.list.listed'), style: chalk.dim }],
      // Bodies are not listed by category: the remains table below says what counts for them.
      [t('terminal.list.people'), String(view.people)],
      [t('terminal.list.duplicates'), String(view.duplicates)],
      [t('terminal.list.invalid'), String(view.invalid)],
    ]),
    ...(view.sections.remains ? ['', ...bodiesTable([{ label: t('terminal.list.bodies'), ...view.sections.remains }], view.sections.remains.quota, chalk)] : []),
  ],
};
