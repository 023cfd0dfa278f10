// The profile of a list of prisoners of war: people, matched on names, birth dates and service
// numbers, checked against the agreed categories (age, medical), counted category by category.
import { checkAge } from '../checks/age.js';
import { checkCategoryMismatch } from '../checks/category-mismatch.js';
import { checkCountMismatch } from '../checks/counts.js';
import { checkEligibleNotListed } from '../checks/eligible-not-listed.js';
import { checkFieldConflict } from '../checks/field-conflict.js';
import { checkMedical } from '../checks/medical.js';
import { categoryLabel, t } from '../i18n/catalogue.js';
import { PERSON_SETUP } from '../match/engine/engine.js';
import { renderTable } from '../render/table.js';
import { POW_FIELDS } from '../schema/fields.js';
import { PERSON_IDENTITY, REVIEW_COLUMNS } from './columns.js';
import type { KindProfile } from './profile.js';

const CATEGORY_COLUMNS = ['a_listed', 'a_matched', 'a_only', 'b_listed', 'b_matched', 'b_only', 'both'];

export const POW: KindProfile = {
  kind: 'pow',
  schema: { kind: 'pow', fields: POW_FIELDS, identityFields: PERSON_IDENTITY },
  matching: PERSON_SETUP,
  rules: {
    context: (ctx) => ctx,
    entry: [checkFieldConflict, checkCategoryMismatch, checkEligibleNotListed],
    listing: [checkAge, checkMedical],
    list: [checkCountMismatch],
  },
  ledgerColumns: [],
  reviewColumns: REVIEW_COLUMNS,
  summarySections: () => ({}),
  listSections: () => ({}),
  runTable: (summary, chalk) => [
    chalk.bold(t('terminal.categories')),
    renderTable([
      ['', ...CATEGORY_COLUMNS.map((column) => t(`terminal.column.${column}`))].map((text) => ({ text, style: chalk.dim })),
      ...summary.categories.map((c) => [
        categoryLabel(c.id, c.label),
        String(c.a.listed), String(c.a.matched), { text: String(c.a.unmatched), style: c.a.unmatched ? chalk.yellow : chalk.dim },
        String(c.b.listed), String(c.b.matched), { text: String(c.b.unmatched), style: c.b.unmatched ? chalk.yellow : chalk.dim },
        String(c.matched_both),
      ]),
    ]),
  ],
  listTable: (view, chalk) => [
    renderTable([
      [{ text: t('terminal.list.category'), style: chalk.dim }, { text: t('terminal.list.listed'), style: chalk.dim }],
      ...view.categories.map((c) => [categoryLabel(c.id, c.label), String(c.listed)]),
      [t('terminal.list.people'), String(view.people)],
      [t('terminal.list.duplicates'), String(view.duplicates)],
      [t('terminal.list.invalid'), String(view.invalid)],
    ]),
  ],
};
