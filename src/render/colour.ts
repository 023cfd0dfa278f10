// Colour is decided once: chalk does not honour NO_COLOR by itself, and machine output and
// non-TTY output must be plain.
import { Chalk, type ChalkInstance } from 'chalk';

export function makeChalk(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const plain = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return new Chalk({ level: plain || !stream.isTTY ? 0 : 1 });
}
