// The comparisons of a pair of remains records: the person's, for identified bodies, then the
// body's tag, DNA sample and recovery date.
import { compareIdentifiers, describeTag, type Identifier } from '../../remains/identifier.js';
import { dateLevel, fullDate, PERSON_COMPARISONS, type Comparison } from './comparisons.js';
import { BODY_KEYS } from './blocking.js';
import type { EngineSetup } from './engine.js';
import type { Features } from './features.js';
import { withinEdits } from './similarity.js';

const IDENTIFIER_LEVEL = { same: 0, partial: 1, 'other-letters': 2, different: 3 } as const;

/** `typo`: other letters on the same digits, or digits one edit apart in a number of five or more. */
function identifierLevel(x: Identifier | undefined, y: Identifier | undefined): number {
  if (!x || !y) return 4;
  const level = IDENTIFIER_LEVEL[compareIdentifiers(x, y)];
  if (level < 3) return level;
  const [dx, dy] = [x.numbers.join('-'), y.numbers.join('-')];
  return Math.min(dx.length, dy.length) >= 5 && withinEdits(dx, dy, 1) ? 2 : 3;
}

/**
 * A body's identifiers: unique in a register, so agreeing by chance is rare (u tiny) and one
 * agreement links a body that has no name. `partial`: one side left out the prefix and year (`№379`).
 */
function identifierComparison(name: string, of: (f: Features) => Identifier | undefined, defaultM: number[], defaultU: number[]): Comparison {
  return { name, levels: ['exact', 'partial', 'typo', 'diff', 'missing'], level: (x, y) => identifierLevel(of(x), of(y)), defaultM, defaultU, decisive: true, sameCrossed: true };
}

/**
 * How the pair's tags were read, where the reading had to decide (a bag, a serial before its year,
 * `2022/5` in a year register): `a: year 2022 serial 5; b: year 2022 serial 5`. Plain readings say nothing.
 */
const tagNote = (x: Features, y: Features): string | undefined =>
  x.tag?.decided || y.tag?.decided ? `a: ${describeTag(x.tag)}; b: ${describeTag(y.tag)}` : undefined;

// The receiving clerk retypes every tag (other formats, now and then the next bag's number);
// sample ids come from the laboratory and are copied more faithfully.
export const TAG: Comparison = {
  ...identifierComparison('tag', (f) => f.tag, [0.9, 0.05, 0.02, 0.03], [0.00001, 0.0001, 0.001, 0.99889]),
  note: tagNote,
};
export const DNA = identifierComparison('dna', (f) => f.dna, [0.95, 0.01, 0.01, 0.03], [0.00001, 0.00001, 0.0005, 0.99948]);

/**
 * When the body was recovered: both registers copy it from the same recovery record. It is what
 * tells the right body when one side wrote the next bag's tag, which is a real tag of another
 * body, and what still links a body whose DNA sample ids disagree.
 */
export const RECOVERED: Comparison = {
  name: 'recovered',
  levels: ['exact', 'swap', 'typo', 'year_off', 'year', 'diff', 'missing'],
  level: (x, y) => dateLevel(x.recovered, y.recovered),
  sameCrossed: true,
  exactKey: (f) => fullDate(f.recovered),
  defaultM: [0.9, 0.01, 0.03, 0.01, 0.02, 0.03],
  defaultU: [0.001, 0.001, 0.01, 0.001, 0.33, 0.657],
};

/** The comparisons of a remains pair: the person's, for identified bodies, then the body's tag, DNA sample and recovery. */
export const REMAINS_COMPARISONS: readonly Comparison[] = [...PERSON_COMPARISONS, TAG, DNA, RECOVERED];

/** Bodies: a person's comparisons and keys, and a body's own. */
export const BODY_SETUP: EngineSetup = { id: 'body', comparisons: REMAINS_COMPARISONS, blocking: BODY_KEYS };
