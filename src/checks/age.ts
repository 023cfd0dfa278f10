// age-out-of-range and age-unknown: a record listed under an age category.
import { finding } from '../findings/make.js';
import type { Finding, PersonRecord } from '../model.js';
import { listedUnder, type CheckContext } from './context.js';
import { ageVerdict, rangeText } from './eligibility.js';

export function checkAge(record: PersonRecord, ctx: CheckContext): Finding[] {
  const { withCriteria } = listedUnder(record, ctx);
  if (withCriteria.length === 0) return [];
  const findings: Finding[] = [];
  const at = { [record.side]: record };
  for (const [id, category] of withCriteria) {
    if (!category.age) continue;
    const verdict = ageVerdict(record, category, ctx);
    if (verdict.kind === 'out') {
      findings.push(finding('age-out-of-range', at, {
        field: 'date_of_birth',
        args: { category: id, range: rangeText(category), age: verdict.age, referenceDate: ctx.agreement.reference_date },
      }));
    } else if (verdict.kind === 'unknown') {
      findings.push(finding('age-unknown', at, { field: 'date_of_birth', args: { category: id } }));
    }
  }
  return findings;
}
