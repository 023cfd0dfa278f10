// A scoring worker (score-pool.ts): builds the features of the records the engine registers, keeps
// the model the engine last sent, and answers each share of a batch on its port, raising the
// shared flag once the answer is there.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { PersonRecord } from '../../model.js';
import { emptyScores, levelsRange, scoreRange } from './batch.js';
import { SETUPS } from './setups.js';
import { featuresOf, type Features } from './features.js';
import type { Model } from './model.js';
import { fromColumns, receiveModel, type FromWorker, type ToWorker } from './score-pool.js';

const { setup, port, flag } = workerData as { setup: keyof typeof SETUPS; port: MessagePort; flag: Int32Array };
const comparisons = SETUPS[setup].comparisons;
const features: Features[] = [];
let model: Model | undefined;

function answer(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

const pick = (ids: Int32Array) => Array.from(ids, (id) => features[id]!);

port.on('message', (message: ToWorker) => {
  try {
    switch (message.type) {
      case 'records':
        for (const r of fromColumns(message.records)) features.push(featuresOf(r as PersonRecord, message.convention));
        return;
      case 'model':
        model = receiveModel(message.model, comparisons);
        return;
      case 'scores': {
        if (!model) throw new Error('no model to score with');
        const [x, y] = [pick(message.x), pick(message.y)];
        const into = emptyScores(x.length, true);
        scoreRange(model, x, y, message.whyFrom, 0, x.length, into);
        const { why, ...scores } = into;
        answer({ type: 'scores', scores, why }, [scores.score.buffer, scores.swapped.buffer, scores.reviewOnly.buffer, scores.twoPeople.buffer] as ArrayBuffer[]);
        return;
      }
      case 'levels': {
        const [x, y] = [pick(message.x), pick(message.y)];
        const levels = comparisons.map(() => new Uint8Array(x.length));
        levelsRange(comparisons, x, y, message.swappedUpTo, 0, x.length, levels);
        answer({ type: 'levels', levels }, levels.map((row) => row.buffer as ArrayBuffer));
        return;
      }
    }
  } catch (error) {
    answer({ type: 'error', message: (error as Error)?.message ?? String(error) });
  }
});
