// Which of the delimiters the SPEC allows a file uses. The header decides, checked against the
// first records: a delimiter that splits the following records into as many cells as the header
// wins over one that merely appears in a header name (`ПІБ (прізвище, ім'я);Дата`).

import type { CsvTable } from '../model.js';
import { scanRecords } from './csv-scan.js';

type Delimiter = CsvTable['delimiter'];

/** In order of preference when everything else is equal. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
/** Records after the header that are compared with it. */
const SAMPLE_RECORDS = 10;

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestAgreeing = -1;
  let bestInHeader = 0;
  for (const candidate of CANDIDATES) {
    const [inHeader = 0, ...sample] = scanRecords(text, candidate, 1 + SAMPLE_RECORDS).delimiterCounts;
    if (inHeader === 0) continue;
    const agreeing = sample.filter((count) => count === inHeader).length;
    if (agreeing > bestAgreeing || (agreeing === bestAgreeing && inHeader > bestInHeader)) {
      best = candidate;
      bestAgreeing = agreeing;
      bestInHeader = inHeader;
    }
  }
  return best;
}
