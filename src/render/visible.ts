// Control characters are shown, never sent. C0 (NUL, BEL, ESC, tab and line ends too), DEL and
// C1 (U+0080–U+009F; U+009B is CSI, which starts a terminal command as ESC [ does): a terminal
// acts on them, so a crafted cell could clear the screen, retitle the window or forge a line.
// Text that came from a list or from the command line is written with each one as `[U+001B]`,
// the notation of the invisible-characters finding (src/schema/invisible.ts), on the terminal
// and in the reports alike.
import { Chalk, type ChalkInstance } from 'chalk';

/** `U+202E` */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
/** Those but the ones a text cell may hold by right (notes, a header written over two lines): tab, LF and CR. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS_IN_TEXT = new RegExp(CONTROL_IN_TEXT.source, 'g');

const shown = (ch: string) => `[${codePoint(ch)}]`;

// Tested before replaced: every cell of an unknown column passes here, and nearly none holds one
// (a test costs half a replace that finds nothing).

/** `text` with every control character as `[U+001B]`: one line, safe anywhere. The notation holds none, so showing twice changes nothing. */
export const showControls = (text: string): string => (CONTROL.test(text) ? text.replace(CONTROLS, shown) : text);

/** `text` with every control character but tab and line ends as `[U+001B]`: a cell written to a file as it is. */
export const showControlsInText = (text: string): string => (CONTROL_IN_TEXT.test(text) ? text.replace(CONTROLS_IN_TEXT, shown) : text);

/**
 * A text report as the terminal gets it. It is drawn without colour first; when that holds a
 * control character other than its own line ends (text from a list or the command line), it is
 * printed so, each one shown. Otherwise it is drawn in `chalk`'s colours, whose escapes are then
 * the only ones: what a list holds never reaches the terminal as a command.
 */
export async function terminalText(draw: (chalk: ChalkInstance) => string | Promise<string>, chalk: ChalkInstance): Promise<string> {
  const plain = await draw(chalk.level === 0 ? chalk : new Chalk({ level: 0 }));
  const lines = plain.split('\n');
  if (lines.some((line) => CONTROL.test(line))) return lines.map(showControls).join('\n');
  return chalk.level === 0 ? plain : draw(chalk);
}
