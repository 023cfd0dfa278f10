// Escaping for report.html: every text that came from a list (or from anyone) passes here before
// it reaches the page, in element text, attribute values, SVG <text> and <title> alike.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a quoted attribute value. */
export const esc = (value: string | number | undefined): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * JSON safe inside `<script type="application/json">`: no `<` (so no `</script>` or `<!--`), no
 * `>` or `&`, and no U+2028/2029, which some parsers read as line ends. JSON.parse reads it back unchanged.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
