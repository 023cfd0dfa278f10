// Which of the delimiters the SPEC allows a file uses. The header decides, checked against the
// first records: a delimiter that splits the following records into as many cells as the header
// wins over one that merely appears in a header name (`ПІБ (прізвище, ім'я);Дата`).
// The header need not be the first record: clerks put a title row or two above it
// (`Список військовополонених для обміну`), so each of the first few records is tried as the
// header, and the one the most records agree with decides.

import type { CsvTable } from '../model.js';
import { scanRecords } from './csv-scan.js';

type Delimiter = CsvTable['delimiter'];

/** In order of preference when everything else is equal. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
/** Records after the header that are compared with it. */
const SAMPLE_RECORDS = 10;
/** Records that may stand above the header (title and blank rows). */
const HEADER_SEARCH = 6;

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestAgreeing = -1;
  let bestInHeader = 0;
  for (const candidate of CANDIDATES) {
    const counts = scanRecords(text, candidate, HEADER_SEARCH + SAMPLE_RECORDS).delimiterCounts;
    for (let start = 0; start < Math.min(HEADER_SEARCH, Math.max(1, counts.length)); start++) {
      const [inHeader = 0, ...sample] = counts.slice(start, start + 1 + SAMPLE_RECORDS);
      if (inHeader === 0) continue;
      const agreeing = sample.filter((count) => count === inHeader).length;
      if (agreeing > bestAgreeing || (agreeing === bestAgreeing && inHeader > bestInHeader)) {
        best = candidate;
        bestAgreeing = agreeing;
        bestInHeader = inHeader;
      }
    }
  }
  return best;
}
