// data/names/lookalikes.tsv is the one list of Latin/Cyrillic look-alikes: every row it marks is
// honoured by the reader it is marked for, so a pair added there reaches names and service
// numbers without a second table.
import { describe, expect, it } from 'vitest';
import { readDataText, readDataTsv } from '../../src/data.js';
import { sameServiceNumber, serviceKey, serviceKeys } from '../../src/match/keys.js';
import { normaliseText } from '../../src/names/normalise.js';

const rows = readDataTsv('names/lookalikes.tsv', ['latin', 'cyrillic', 'names', 'service_numbers'] as const);

describe('lookalikes.tsv', () => {
  it('marks each pair yes or no for names and for service numbers, and uses it somewhere', () => {
    for (const row of rows) {
      expect(['yes', 'no'], row.latin).toContain(row.names);
      expect(['yes', 'no'], row.latin).toContain(row.service_numbers);
      expect(row.names === 'yes' || row.service_numbers === 'yes', row.latin).toBe(true);
    }
  });

  it('is honoured by name normalisation for every pair marked for names', () => {
    for (const { latin, cyrillic } of rows.filter((row) => row.names === 'yes')) {
      expect(normaliseText(`жд${latin}лш`), latin).toBe(`жд${cyrillic}лш`);
      expect(normaliseText(`dl${cyrillic}fg`), cyrillic).toBe(`dl${latin}fg`);
    }
  });

  it('is honoured by service numbers for every pair marked for them', () => {
    for (const row of rows.filter((r) => r.service_numbers === 'yes')) {
      // A service number's Latin letters are A–Z: that is all the own key rewrites.
      expect(row.latin, row.latin).toMatch(/^[a-z]$/);
      const latin = row.latin.toUpperCase();
      const cyrillic = row.cyrillic.toUpperCase();
      // The look-alike is a Latin reading of the Cyrillic letter, and the first one.
      expect(serviceKeys(`Ж${cyrillic} 1`)[1], cyrillic).toBe(`ZH${latin}1`);
      expect(sameServiceNumber(serviceKeys(`Ж${cyrillic} 1`), serviceKeys(`ZH${latin} 1`)), cyrillic).toBe(true);
      // Typed among Cyrillic letters, the Latin letter is read as the Cyrillic one.
      expect(serviceKey(`Ж${latin} 1`), latin).toBe(serviceKey(`Ж${cyrillic} 1`));
    }
  });

  it('is the only table of look-alikes: service_letters.tsv holds sounds, not looks', () => {
    const header = readDataText('names/service_letters.tsv').split(/\r?\n/, 1)[0]!.split('\t');
    expect(header).toEqual(['cyrillic', 'sounds', 'note']);
  });
});
