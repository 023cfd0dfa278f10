// talisman ships CommonJS without types and without an "exports" map, so ES modules must name
// the file with its .js extension (Node does not guess it). These declarations cover the
// subpaths this project imports; each module's default export is its main function.

declare module 'talisman/metrics/jaro-winkler.js' {
  interface JaroWinklerOptions {
    /** Jaro score from which the common-prefix bonus applies (default 0.7). */
    boostThreshold?: number;
    /** Weight of each common prefix character, at most 0.25 (default 0.1). */
    scalingFactor?: number;
  }
  type Similarity = (a: string, b: string) => number;
  /** Jaro-Winkler similarity in [0, 1]. */
  export const similarity: Similarity;
  /** 1 - similarity. */
  export const distance: Similarity;
  export function custom(options: JaroWinklerOptions | null, a: string, b: string): number;
  const jaroWinkler: Similarity & {
    similarity: Similarity;
    distance: Similarity;
    custom: typeof custom;
  };
  export default jaroWinkler;
}

declare module 'talisman/phonetics/daitch-mokotoff.js' {
  /** Daitch-Mokotoff Soundex: every six-digit code the name's branching letters allow. */
  const daitchMokotoff: (name: string) => string[];
  export default daitchMokotoff;
}

declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** Restricted Damerau–Levenshtein distance, or Infinity once it exceeds `max`. */
  export function limited(max: number, a: string, b: string): number;
}
