// A plain aligned text table for the terminal: first column left, the rest right-aligned.
// Widths are measured on the text before colouring, so colour never breaks alignment.
export interface StyledCell {
  text: string;
  style?: (s: string) => string;
}

export function renderTable(rows: Array<Array<string | StyledCell>>, indent = '  '): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'string' ? { text: c } : c)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c.text].length)));
  return cells
    .map((row) =>
      indent +
      row
        .map((c, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - [...c.text].length);
          const text = c.style ? c.style(c.text) : c.text;
          return i === 0 ? text + pad : pad + text;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `1 row`, `2 rows`: counts in English prose. */
export const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
