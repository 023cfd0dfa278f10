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

/** Records detectDelimiter reads from the start of a file, at most. */
const RECORDS_READ = HEADER_SEARCH + SAMPLE_RECORDS;

export function detectDelimiter(text: string): Delimiter {
  return decide(new Map(CANDIDATES.map((c) => [c, scanRecords(text, c, RECORDS_READ).delimiterCounts] as const)));
}

/**
 * detectDelimiter of a whole text, from its start alone (ending at a line break), or undefined
 * when the start may not hold every record detectDelimiter reads: for some delimiter, fewer
 * records than it reads (a quoted cell left open at the start's end, perhaps closed after it,
 * stops the scan short too). A start where each delimiter finds them all, each ended by a line
 * break inside it, reads the same as the whole text.
 */
export function delimiterOfStart(start: string): Delimiter | undefined {
  const scans = CANDIDATES.map((c) => [c, scanRecords(start, c, RECORDS_READ)] as const);
  if (scans.some(([, scan]) => scan.delimiterCounts.length < RECORDS_READ)) return undefined;
  return decide(new Map(scans.map(([c, scan]) => [c, scan.delimiterCounts] as const)));
}

function decide(counts: ReadonlyMap<Delimiter, number[]>): Delimiter {
  // The first record as the header, as most files have it: a delimiter every sampled record
  // agrees with settles it, and title rows are not looked for.
  const first = pick(counts, 1);
  if (first.inHeader > 0 && first.agreeing === first.sampled) return first.delimiter;
  return pick(counts, HEADER_SEARCH).delimiter;
}

/** The delimiter the most records agree with, trying each of the first `starts` records as the header. */
function pick(counts: ReadonlyMap<Delimiter, number[]>, starts: number) {
  let best = { delimiter: ',' as Delimiter, agreeing: -1, inHeader: 0, sampled: 0 };
  for (const [candidate, perRecord] of counts) {
    for (let start = 0; start < Math.min(starts, Math.max(1, perRecord.length)); start++) {
      const [inHeader = 0, ...sample] = perRecord.slice(start, start + 1 + SAMPLE_RECORDS);
      if (inHeader === 0) continue;
      const agreeing = sample.filter((count) => count === inHeader).length;
      if (agreeing > best.agreeing || (agreeing === best.agreeing && inHeader > best.inHeader)) {
        best = { delimiter: candidate, agreeing, inHeader, sampled: sample.length };
      }
    }
  }
  return best;
}
