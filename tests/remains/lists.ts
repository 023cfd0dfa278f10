// Small remains registers for the tests, read from CSV text as the command reads a file, and
// reconciled by the core with the matcher and list rules the command uses for remains.
import type { Agreement } from '../../src/agreement/terms.js';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { createMatcher } from '../../src/match/create.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import type { PersonList } from '../../src/model.js';
import { listFromCsv } from '../helpers.js';
import { PROFILES } from '../../src/kinds/index.js';

export const UA_HEADER = 'Номер запису;Номер тіла;Зразок ДНК;Дата виявлення;Ідентифіковано;Прізвище;Громадянство';
export const RU_HEADER = '№ п/п,Бирка,Образец ДНК,Дата обнаружения,Опознан,ФИО,Гражданство';

export function registers(ua: string[], ru: string[]): { a: PersonList; b: PersonList } {
  return {
    a: listFromCsv([UA_HEADER, ...ua].join('\n'), 'a', 'ua.csv', 'remains'),
    b: listFromCsv([RU_HEADER, ...ru].join('\n'), 'b', 'ru.csv', 'remains'),
  };
}

export function reconcileRemains(a: PersonList, b: PersonList, agreement: Agreement = defaultAgreement()) {
  return reconcile({
    a, b, readFindings: [], agreement, matcher: createMatcher(PROFILES.remains.matching, DEFAULT_THRESHOLDS),
  });
}

export const withQuota = (quota: number | undefined): Agreement => {
  const { remains_quota: _, ...terms } = defaultAgreement();
  return quota === undefined ? terms : { ...terms, remains_quota: quota };
};
