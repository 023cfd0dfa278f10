// Every kind of list is whole: a profile for each id of KINDS, consistent with itself, with the
// data it needs (aliases, words in every language), and rules that raise only its own codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { CODE_ORDER, CODES, codesForKind } from '../../src/codes.js';
import { reconcile } from '../../src/core/reconcile.js';
import { examineList } from '../../src/core/single-list.js';
import { has } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';
import { PROFILES } from '../../src/kinds/index.js';
import { createMatcher } from '../../src/match/create.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { KINDS } from '../../src/model.js';
import { fieldForHeader } from '../../src/schema/fields.js';
import { listFromCsv } from '../helpers.js';

const fieldsFile = JSON.parse(readFileSync(new URL('../../data/fields.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;

describe.each(KINDS)('the %s profile', (kind) => {
  const profile = PROFILES[kind];

  it('is registered under its own kind, and reads lists of that kind', () => {
    expect(profile.kind).toBe(kind);
    expect(profile.schema.kind).toBe(kind);
  });

  it('holds its identity fields among its fields, and every field has an alias group', () => {
    expect(profile.schema.identityFields.length).toBeGreaterThan(0);
    for (const field of profile.schema.identityFields) expect(profile.schema.fields).toContain(field);
    for (const field of profile.schema.fields) expect(fieldForHeader(field), field).toBe(field);
    expect(Object.keys(fieldsFile[kind] ?? {}).length, `data/fields.json has a "${kind}" group`).toBeGreaterThan(0);
  });

  it('has matching, rules and report parts', () => {
    expect(profile.matching.comparisons.length).toBeGreaterThan(0);
    expect(profile.matching.blocking.link.length).toBeGreaterThan(0);
    expect(profile.matching.blocking.dedupe.length).toBeGreaterThan(0);
    expect(profile.rules.entry.length + profile.rules.listing.length + profile.rules.list.length).toBeGreaterThan(0);
    expect(profile.reviewColumns.map(([name]) => name)).toContain('surname');
    const names = [...profile.ledgerColumns, ...profile.reviewColumns].map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has its words in every language', () => {
    for (const lang of LANGS) {
      for (const key of [`terminal.kind.${kind}`, `terminal.list.kind.${kind}`, `fragments.missing-identity.${kind}`]) expect(has(key, lang), `${lang} ${key}`).toBe(true);
    }
  });

  it('can raise some codes, every one of them allowed for the kind', () => {
    expect(codesForKind(kind).length).toBeGreaterThan(5);
    for (const code of codesForKind(kind)) expect(CODES[code].kinds).toContain(kind);
  });
});

describe('codes and kinds', () => {
  it('every code belongs to at least one known kind', () => {
    for (const code of CODE_ORDER) {
      expect(CODES[code].kinds.length, code).toBeGreaterThan(0);
      for (const k of CODES[code].kinds) expect(KINDS, code).toContain(k);
    }
  });

  // The bundled fixtures raise most codes of their kind: read as the other kind, the rules of that
  // kind must still raise only codes declared for it.
  const fixture = (name: string, kind: (typeof KINDS)[number]) => {
    const text = (file: string) => readFileSync(new URL(`../../fixtures/${name}/${file}`, import.meta.url), 'utf8');
    return { a: listFromCsv(text('ua.csv'), 'a', 'ua.csv', kind), b: listFromCsv(text('ru.csv'), 'b', 'ru.csv', kind) };
  };
  it.each(KINDS.flatMap((kind) => ['pow', 'remains'].map((name) => [kind, name] as const)))('a %s run of fixtures/%s raises only codes of its kind', (kind, name) => {
    const { a, b } = fixture(name, kind);
    const agreement = { ...defaultAgreement(), remains_quota: 3 };
    const matcher = createMatcher(PROFILES[kind].matching, DEFAULT_THRESHOLDS);
    const run = reconcile({ a, b, readFindings: [], agreement, matcher, profile: PROFILES[kind] });
    const alone = examineList(a, [], agreement, createMatcher(PROFILES[kind].matching, DEFAULT_THRESHOLDS), PROFILES[kind]);
    const raised = new Set([...run.findings, ...alone.findings].map((f) => f.code));
    expect(raised.size).toBeGreaterThan(2);
    for (const code of raised) expect(CODES[code].kinds, `${code} raised on a ${kind} run`).toContain(kind);
  });
});
