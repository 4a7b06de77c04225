/**
 * The reader's text size, for parts of a page that do not follow the browser's text size setting
 * by themselves: text drawn on a canvas (charts) and Pagefind's interface, which sizes its text
 * in px times a factor. Enlarged text is a reader's need (WCAG 1.4.4), not a layout choice.
 */

/** The browser's default text size in CSS px. */
const DEFAULT_TEXT_SIZE = 16;

/**
 * The reader's text size against the browser's default: 1 normally, 2 with the text size set to
 * 200 %. `rootFontSize` is the root element's computed font size ("32px"); 1 if it is unreadable.
 */
export function readerTextScale(rootFontSize: string): number {
  const size = parseFloat(rootFontSize);
  return Number.isFinite(size) && size > 0 ? size / DEFAULT_TEXT_SIZE : 1;
}

/**
 * The reader's text scale as far as a fixed-size area has room for it: at most one step for
 * every `widthPerStep` px of its width, never smaller than the default (on a narrow phone larger
 * labels would only cover each other or the field's own parts).
 */
export function fittedTextScale(reader: number, width: number, widthPerStep: number): number {
  return Math.max(1, Math.min(reader, width / widthPerStep));
}
