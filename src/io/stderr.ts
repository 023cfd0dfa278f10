// Narration goes to stderr, a line at a time. Text from a list or from the command line may be in
// it (a header, a skipped row, a label, a file name), so each control character in a line is shown
// as `[U+001B]` (render/visible.ts): what a list holds cannot drive the terminal.
import { showControls } from '../render/visible.js';

export function writeStderrLine(line: string): void {
  process.stderr.write(`${showControls(line)}\n`);
}
