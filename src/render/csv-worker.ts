// Worker thread that turns chunks of CSV cells into text with csv-stringify (csv-off-thread.ts):
// each chunk that arrives goes back as text, in the order it came. csv-stringify makes a few
// objects a cell; at a million rows that garbage is collected here, in a small heap, while the
// main thread makes the next rows.
import { parentPort, workerData } from 'node:worker_threads';
import { csvText, type CsvStyle } from './csv-safe.js';

const style = workerData as CsvStyle;
parentPort!.on('message', (chunk: string[][]) => parentPort!.postMessage(csvText(chunk, style)));
