// The one place where findings become prose. Reports and the terminal call renderMessage.
import type { Finding } from '../model.js';
import type { Code } from './codes.js';

export interface MessageContext {
  labels: { a: string; b: string };
}

const rec = (f: Finding, side: 'a' | 'b', ctx: MessageContext) => {
  const ref = f[side];
  return ref ? `${ctx.labels[side]} record ${ref.recordId} (line ${ref.line})` : '';
};

const RENDER: Record<Code, (f: Finding, ctx: MessageContext) => string> = {
  'only-in-a': (f, ctx) => `${rec(f, 'a', ctx)} has no counterpart in ${ctx.labels.b}`,
  'only-in-b': (f, ctx) => `${rec(f, 'b', ctx)} has no counterpart in ${ctx.labels.a}`,
  'possible-match': (f, ctx) => `${rec(f, 'a', ctx)} and ${rec(f, 'b', ctx)} may be the same person (score ${f.args.score}); decide in review.csv`,
  'duplicate-record': (f, ctx) => {
    const side = f.a ? 'a' : 'b';
    return `${rec(f, side, ctx)} repeats record ${f.args.duplicateOf} (line ${f.args.duplicateOfLine}) of the same list`;
  },
  'field-conflict': (f) =>
    `matched pair disagrees on ${f.field}: "${f.aValue ?? ''}" against "${f.bValue ?? ''}"` +
    (f.args.difference === 'spelling' ? ' (a spelling difference: one name written two ways)' : f.args.difference === 'names' ? ' (two different names)' : ''),
  'category-mismatch': (f, ctx) => `${ctx.labels.a} lists ${f.aValue || 'no category'}, ${ctx.labels.b} lists ${f.bValue || 'no category'}`,
  'age-out-of-range': (f, ctx) =>
    `${rec(f, f.a ? 'a' : 'b', ctx)} is listed under ${f.args.category} (${f.args.range}) but is ${f.args.age} on ${f.args.referenceDate}`,
  'age-unknown': (f, ctx) => `${rec(f, f.a ? 'a' : 'b', ctx)} is listed under ${f.args.category} without a valid date of birth`,
  'not-eligible-medical': (f, ctx) =>
    `${rec(f, f.a ? 'a' : 'b', ctx)} is listed under ${f.args.category} with medical status ${f.args.status} (admitted: ${f.args.admitted})`,
  'medical-unconfirmed': (f, ctx) =>
    `${rec(f, f.a ? 'a' : 'b', ctx)} is listed under ${f.args.category} but the medical commission finding is ${f.args.commission}`,
  'eligible-not-listed': (f) => `qualifies for ${f.args.category} (${f.args.reason}) but neither side lists the person under it`,
  'invalid-value': (f) => `${f.file}:${(f.a ?? f.b)?.line}:${f.column}: ${f.field || 'cell'} "${f.aValue ?? f.bValue ?? ''}": ${f.args.problem}`,
  'missing-identity': (f, ctx) =>
    `${rec(f, f.a ? 'a' : 'b', ctx)} has nothing to identify the person: no name, no service number${f.args.kind === 'remains' ? ', no tag' : ''}`,
  'count-mismatch': (f, ctx) => `${f.args.category}: ${ctx.labels.a} lists ${f.args.a}, ${ctx.labels.b} lists ${f.args.b}`,
  'remains-quota': (f, ctx) =>
    `${ctx.labels[f.args.side as 'a' | 'b']} lists ${f.args.listed} bodies` +
    (f.args.foreign ? ` (${f.args.foreign} foreign, not counted): ${f.args.count}` : '') +
    ` against the agreed quota of ${f.args.quota}`,
  'tag-conflict': (f) => `matched remains disagree on tag: "${f.aValue ?? ''}" against "${f.bValue ?? ''}"`,
  'dna-conflict': (f) => `matched remains disagree on DNA sample id: "${f.aValue ?? ''}" against "${f.bValue ?? ''}"`,
  'identification-mismatch': (f, ctx) =>
    `${ctx.labels.a} lists the body as ${f.aValue === 'yes' ? 'identified' : 'unidentified'}, ${ctx.labels.b} as ${f.bValue === 'yes' ? 'identified' : 'unidentified'}`,
  'foreign-remains': (f, ctx) =>
    `${[rec(f, 'a', ctx), rec(f, 'b', ctx)].filter(Boolean).join(' and ')}: written as a citizen of ${f.args.citizenship}, ` +
    `while the fallen of these lists are ${f.args.fallen}; the other side's own soldier? Not counted against the quota`,
};

export function renderMessage(f: Finding, ctx: MessageContext): string {
  return RENDER[f.code as Code](f, ctx);
}
