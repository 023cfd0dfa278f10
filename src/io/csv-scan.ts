// A quote-aware walk over CSV text that follows the rules we give csv-parse (trim, relax_quotes,
// CR, LF or CRLF line breaks): a quote opens a quoted cell only at the start of a cell, after
// optional spaces; anywhere else it is text. csv-parse does the real parsing; this walk answers
// what csv-parse cannot tell us: how often a candidate delimiter occurs per record (to detect
// it), and exactly where a malformed quote is (to point the user at it).

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Whitespace csv-parse trims around cells; line breaks end the record instead. */
const INLINE_SPACE = /[^\S\r\n]/;
/** After a closing quote csv-parse 7 skips only single-byte spaces; a no-break space there is an error. */
const SPACE_AFTER_QUOTE = /[ \t\v\f]/;

export interface QuoteProblem {
  kind: 'unclosed-quote' | 'text-after-quote' | 'space-after-quote';
  /** Offset in the text of the opening quote (unclosed) or of the unexpected character. */
  offset: number;
  /** Offset of the quote that opened the quoted cell (the same as `offset` for an unclosed one). */
  opened: number;
  /** 0-based index of the cell within its record. */
  cell: number;
}

export interface ScanResult {
  /** How many delimiters each record holds, for records that are not blank, in order. */
  delimiterCounts: number[];
  /** The first malformed quote; the walk stops there. */
  problem?: QuoteProblem;
}

export function scanRecords(text: string, delimiter: string, maxRecords = Infinity): ScanResult {
  const delimiterCounts: number[] = [];
  const separator = delimiter.charCodeAt(0);
  const isSpace = (pos: number, space: RegExp): boolean =>
    text.charCodeAt(pos) !== separator && space.test(text.charAt(pos));
  const atCellEnd = (pos: number): boolean => {
    const code = text.charCodeAt(pos);
    return pos >= text.length || code === separator || code === LF || code === CR;
  };
  let pos = 0;
  while (pos < text.length && delimiterCounts.length < maxRecords) {
    let cell = 0;
    let blank = true;
    for (;;) {
      while (isSpace(pos, INLINE_SPACE)) pos++;
      if (text.charCodeAt(pos) === QUOTE) {
        blank = false;
        const open = pos;
        pos = closingQuote(text, pos + 1);
        if (pos === -1) return { delimiterCounts, problem: { kind: 'unclosed-quote', offset: open, opened: open, cell } };
        pos++;
        while (isSpace(pos, SPACE_AFTER_QUOTE)) pos++;
        if (!atCellEnd(pos)) {
          const kind = isSpace(pos, INLINE_SPACE) ? 'space-after-quote' : 'text-after-quote';
          return { delimiterCounts, problem: { kind, offset: pos, opened: open, cell } };
        }
      } else {
        while (!atCellEnd(pos)) {
          blank = false;
          pos++;
        }
      }
      if (pos >= text.length || text.charCodeAt(pos) !== separator) break;
      blank = false;
      cell++;
      pos++;
    }
    pos += text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
    if (!blank) delimiterCounts.push(cell);
  }
  return { delimiterCounts };
}

/** Offset of the quote that closes a quoted cell whose content starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let pos = text.indexOf('"', from); pos !== -1; pos = text.indexOf('"', pos + 2)) {
    if (text.charCodeAt(pos + 1) !== QUOTE) return pos;
  }
  return -1;
}

/** Line breaks (CRLF, LF or a lone CR, each counting once) in `text` before `end`. */
export function countLineBreaks(text: string, end = text.length): number {
  let breaks = 0;
  for (let pos = 0; pos < end; pos++) {
    const code = text.charCodeAt(pos);
    if (code === LF || (code === CR && text.charCodeAt(pos + 1) !== LF)) breaks++;
  }
  return breaks;
}
