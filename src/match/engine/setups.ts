// Every engine setup by its id: a scoring worker (score-worker.ts) is told the id and finds the
// comparisons here, since functions cannot cross to a thread.
import { PERSON_SETUP, type EngineSetup } from './engine.js';
import { BODY_SETUP } from './remains-comparisons.js';

export const SETUPS: Record<EngineSetup['id'], EngineSetup> = { person: PERSON_SETUP, body: BODY_SETUP };
