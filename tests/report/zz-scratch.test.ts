import { it } from 'vitest';
import { defaultAgreement } from '../../src/agreement/terms.js';
import { reconcile } from '../../src/core/reconcile.js';
import { ScoredMatcher } from '../../src/match/engine/engine.js';
import { DEFAULT_THRESHOLDS } from '../../src/match/options.js';
import { PROFILES } from '../../src/kinds/index.js';
import { listFromCsv } from '../helpers.js';
const REMAINS_UA = 'Номер запису;Номер тіла;Зразок ДНК;Дата виявлення;Ідентифіковано;Прізвище;Громадянство';
const REMAINS_RU = '№ п/п,Бирка,Образец ДНК,Дата обнаружения,Опознан,ФИО,Гражданство';
it('x', () => {
  const a = listFromCsv([REMAINS_UA, 'UA-R-1;UA-2025-000135;;16.04.2025;ні;;Україна'].join('\n'), 'a', 'a.csv', 'remains');
  const b = listFromCsv([REMAINS_RU, '1,№135,,2025-05-19,нет,,Украина'].join('\n'), 'b', 'b.csv', 'remains');
  const r = reconcile({ a, b, readFindings: [], agreement: defaultAgreement(), matcher: new ScoredMatcher(DEFAULT_THRESHOLDS, PROFILES.remains.matching) });
  console.log(r.entries.map(e => [e.status, e.score]));
});
