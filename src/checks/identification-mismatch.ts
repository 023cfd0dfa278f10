// identification-mismatch: one side has identified the body of a matched pair and the other has
// not. Either the identification has not reached the other register yet, or it is disputed.
import type { LedgerEntry, Finding } from '../model.js';
import { finding } from '../findings/make.js';
import { isIdentified } from '../remains/identity.js';

const yesNo = (identified: boolean) => (identified ? 'yes' : 'no');

export function checkIdentificationMismatch(entry: LedgerEntry): Finding[] {
  const { a, b } = entry;
  if (entry.status !== 'matched' || !a || !b || isIdentified(a) === isIdentified(b)) return [];
  return [finding('identification-mismatch', entry, { field: 'identified', aValue: yesNo(isIdentified(a)), bValue: yesNo(isIdentified(b)) })];
}
