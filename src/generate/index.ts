// Synthetic pairs of exchange lists with their ground truth, for tests, benchmarks and the
// `generate` command. See options.ts for every knob and its default.
export { generateDetailed, generatePair } from './generate.js';
export type { GeneratedDetail, GeneratedPair, RecordSource } from './generate.js';
export { DEFAULT_FORMAT, DEFAULT_RATES, DEFAULT_REFERENCE_DATE, resolveRates } from './options.js';
export type {
  CategoryRates,
  FileFormat,
  GenerateKind,
  GenerateOptions,
  GeneratorRates,
  NoiseRates,
  OverlapRates,
  PopulationRates,
  RateOverrides,
  RemainsRates,
} from './options.js';
export { hashSeed, Rng, WeightedPicker } from '../random.js';
export type { Person } from './population.js';
