// Whether a record qualifies for a category by its data. Shared by the listing checks (is a
// listed person admissible?) and eligible-not-listed (is an admissible person unlisted?).
import { possibleAges } from '../agreement/age.js';
import type { Category } from '../agreement/terms.js';
import type { PersonRecord } from '../model.js';
import type { CheckContext } from './context.js';

export type AgeVerdict = { kind: 'in' | 'out'; age: string } | { kind: 'unknown' };

/** Age against the category's range; a partial date decides only when all its possible ages agree. */
export function ageVerdict(record: PersonRecord, category: Category, ctx: CheckContext): AgeVerdict {
  if (!category.age || !record.dateOfBirth) return { kind: 'unknown' };
  const { min, max } = possibleAges(record.dateOfBirth, ctx.referenceDate);
  const lo = category.age.min ?? -Infinity;
  const hi = category.age.max ?? Infinity;
  const age = min === max ? String(min) : `${min} or ${max}`;
  if (min >= lo && max <= hi) return { kind: 'in', age };
  if (max < lo || min > hi) return { kind: 'out', age };
  return { kind: 'unknown' };
}

export function rangeText(category: Category): string {
  const { min, max } = category.age ?? {};
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  return min !== undefined ? `${min} or older` : `${max} or younger`;
}

/** The reason a record qualifies for a category with criteria, or undefined. */
export function qualifies(record: PersonRecord, category: Category, ctx: CheckContext): string | undefined {
  if (category.age) {
    const verdict = ageVerdict(record, category, ctx);
    return verdict.kind === 'in' ? `age ${verdict.age}` : undefined;
  }
  if (category.medical_status) {
    if (!record.medicalStatus || !category.medical_status.includes(record.medicalStatus)) return undefined;
    if (category.commission_required && record.medicalCommission !== 'confirmed') return undefined;
    return `medical status ${record.medicalStatus}`;
  }
  return undefined;
}
