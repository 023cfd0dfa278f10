// not-eligible-medical and medical-unconfirmed: a record listed under a medical category.
import { finding } from '../findings/make.js';
import type { Finding, PersonRecord } from '../model.js';
import { listedUnder, type CheckContext } from './context.js';

export function checkMedical(record: PersonRecord, ctx: CheckContext): Finding[] {
  const { withCriteria } = listedUnder(record, ctx);
  if (withCriteria.length === 0) return [];
  const findings: Finding[] = [];
  const at = { [record.side]: record };
  for (const [id, category] of withCriteria) {
    if (!category.medical_status) continue;
    // An unknown status is not evidence against admission; the commission check still applies.
    if (record.medicalStatus && !category.medical_status.includes(record.medicalStatus)) {
      findings.push(finding('not-eligible-medical', at, {
        field: 'medical_status',
        args: { category: id, status: record.medicalStatus, admitted: category.medical_status.join(', ') },
      }));
    }
    if (category.commission_required && record.medicalCommission !== 'confirmed') {
      findings.push(finding('medical-unconfirmed', at, {
        field: 'medical_commission',
        args: { category: id, commission: record.medicalCommission },
      }));
    }
  }
  return findings;
}
