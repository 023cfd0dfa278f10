// Which agreed categories a person is listed under. Both clerks start from the same listing;
// side B then disagrees for a few people. The rates make every category check fire: eligible
// and listed, eligible and forgotten, listed without being eligible, listed without a finding.
import type { CommissionFinding, MedicalStatus } from '../model.js';
import { ageOn, type SimpleDate } from './dates.js';
import type { CategoryRates } from './options.js';
import type { Rng } from '../random.js';

/** The special categories of the 2025 terms; `all_for_all` is implied for everyone. */
export type CategoryId = 'wounded_ill' | 'age_18_25';

const ADMITTED: readonly (MedicalStatus | undefined)[] = ['severely_wounded', 'seriously_ill'];
const NEAR_MISS_AGES = [17, 26, 27];

interface MedicalFacts {
  birth: SimpleDate;
  medicalStatus?: MedicalStatus;
  commission?: CommissionFinding;
}

export function listedCategories(
  person: MedicalFacts,
  reference: SimpleDate,
  rates: CategoryRates,
  rng: Rng,
): { categories: CategoryId[]; commission?: CommissionFinding } {
  const categories: CategoryId[] = [];
  let commission = person.commission;

  if (ADMITTED.includes(person.medicalStatus)) {
    if (rng.chance(rates.listEligible)) categories.push('wounded_ill');
  } else if (person.medicalStatus !== undefined && rng.chance(rates.listIneligibleMedical)) {
    categories.push('wounded_ill');
    // Someone listed with a lesser status is waiting for, or was refused by, the commission.
    const finding = rng.pick(['pending', 'rejected', 'blank'] as const);
    commission = finding === 'blank' ? undefined : finding;
  }

  const age = ageOn(person.birth, reference);
  if (age >= 18 && age <= 25) {
    if (rng.chance(rates.listEligible)) categories.push('age_18_25');
  } else if (NEAR_MISS_AGES.includes(age) && rng.chance(rates.listNearMissAge)) {
    categories.push('age_18_25');
  }
  return { categories, commission };
}

const ALL: CategoryId[] = ['wounded_ill', 'age_18_25'];

/** Side B's listing: the shared one, or with one category added or dropped. */
export function sideBCategories(shared: readonly CategoryId[], rates: CategoryRates, rng: Rng): CategoryId[] {
  if (!rng.chance(rates.mismatchB)) return [...shared];
  const flip = rng.pick(ALL);
  return shared.includes(flip) ? shared.filter((c) => c !== flip) : ALL.filter((c) => c === flip || shared.includes(c));
}
