// Control characters shown, never sent (src/render/visible.ts): C0, DEL and C1 as `[U+001B]`, and
// the terminal text drawn in colour only when nothing of the inputs put a control character in it.
import { Chalk, type ChalkInstance } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls, showControlsInText, terminalText } from '../../src/render/visible.js';

const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('showControls', () => {
  it.each([
    ['Ko\u001bval', 'Ko[U+001B]val'],
    ['Ko\u009bval', 'Ko[U+009B]val'],
    ['Ko\u0085val', 'Ko[U+0085]val'],
    ['Ko\u0098val', 'Ko[U+0098]val'],
    ['Бон\u0000дар', 'Бон[U+0000]дар'],
    ['A\u001b]0;PWNED\u0007\u001b[2JB', 'A[U+001B]]0;PWNED[U+0007][U+001B][2JB'],
    ['del\u007f', 'del[U+007F]'],
    ['two\nlines\tand\r', 'two[U+000A]lines[U+0009]and[U+000D]'],
  ])('%j is shown as %j', (text, shown) => {
    expect(showControls(text)).toBe(shown);
  });

  it('leaves text without them as it is, Cyrillic, accents and U+00A0 too', () => {
    for (const text of ['Коваленко', 'Шевче\u0301нко', 'a\u00a0b', 'x\ufffdy', '']) expect(showControls(text)).toBe(text);
  });

  it('leaves no control character, and showing twice changes nothing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      const shown = showControls(text);
      expect(RAW_CONTROL.test(shown)).toBe(false);
      expect(showControls(shown)).toBe(shown);
    }));
  });
});

describe('showControlsInText', () => {
  it('keeps tab and line ends, which a text cell may hold, and shows the rest', () => {
    expect(showControlsInText('Дата\nнародження\tx\r\n')).toBe('Дата\nнародження\tx\r\n');
    expect(showControlsInText('a\u0000b\u001b[2J\u009bc\u007f')).toBe('a[U+0000]b[U+001B][2J[U+009B]c[U+007F]');
  });
});

describe('terminalText', () => {
  const coloured = new Chalk({ level: 1 });
  /** A report line with text of the inputs in it, drawn as the renderers draw it. */
  const report = (cell: string) => (chalk: ChalkInstance) => `${chalk.bold('list.csv')}: ${cell} ${chalk.red('[invalid-value]')}\n${chalk.green('OK')}\n`;

  it('draws in colour when the inputs put no control character in the text', async () => {
    const text = await terminalText(report('Коваленко'), coloured);
    expect(text).toBe(report('Коваленко')(coloured));
    expect(text).toContain('\u001b[31m');
  });

  it('draws without colour, every control character shown, when a cell of the inputs holds one', async () => {
    const text = await terminalText(report('A\u001b]0;PWNED\u0007\u001b[2JB\u009b1m\rOK'), coloured);
    expect(text).toBe('list.csv: A[U+001B]]0;PWNED[U+0007][U+001B][2JB[U+009B]1m[U+000D]OK [invalid-value]\nOK\n');
    expect(RAW_CONTROL.test(text.replaceAll('\n', ''))).toBe(false);
  });

  it('without colour, gives the plain text or the text with the controls shown', async () => {
    const plain = new Chalk({ level: 0 });
    expect(await terminalText(report('Коваленко'), plain)).toBe('list.csv: Коваленко [invalid-value]\nOK\n');
    expect(await terminalText(report('Ko\u0085val'), plain)).toBe('list.csv: Ko[U+0085]val [invalid-value]\nOK\n');
  });
});
