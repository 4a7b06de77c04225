/**
 * Pictures that editors add to content. The build refuses a picture file above the size limit,
 * and the editor in the browser (`scripts/cms/config.ts`) refuses to upload one, from the same
 * constant, so a too-large photo never reaches Git.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Largest picture file in bytes: 1 MB (decimal, as the CMS counts and shows it).
 *
 * Why this size: the article page and the link previews use the file exactly as it is (no
 * resizing, see `src/pages/aktuelles/[slug].astro`), so every reader downloads all of it, on a
 * phone too; and every version of a picture stays in the Git history for good. A press photo
 * prepared as the guide asks (JPG, about 1600 pixels wide) usually stays below 1 MB, while
 * photos straight from a camera or phone (usually several MB at 4000 pixels or more) are
 * refused: they are larger than any screen on the site needs.
 */
export const IMAGE_MAX_BYTES = 1_000_000;

/**
 * A size in bytes the way editors read it, in German and in decimal units like the CMS: "1 MB",
 * "3,4 MB", "950 KB". `up` rounds up, so a file just over the limit never reads as the limit.
 */
export function formatFileSize(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): string {
  const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
  const [unit, name] = bytes >= 1_000_000 ? [1_000_000, 'MB'] : bytes >= 1_000 ? [1_000, 'KB'] : [1, 'Bytes'];
  const value = rounding === 'up' ? Math.ceil((bytes * 10) / unit) / 10 : bytes / unit;
  return `${number.format(value)} ${name}`;
}

/** The editor's message for a picture file that is too large. */
export function imageTooLargeMessage(field: string, file: string, bytes: number): string {
  return (
    `„${field}“: Die Bilddatei „${file}“ ist ${formatFileSize(bytes, 'up')} groß, erlaubt sind höchstens ` +
    `${formatFileSize(IMAGE_MAX_BYTES)}. Verkleinern Sie das Bild auf etwa 1600 Pixel Breite, speichern Sie es ` +
    'als JPG und ersetzen Sie damit die Datei.'
  );
}

/** The file's path from the project folder (where the build runs), else as it is. */
function shownPath(file: string): string {
  const path = relative(process.cwd(), file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

/**
 * A picture path as written in the frontmatter, checked for the size of its file before
 * `image` (Astro's `image()` at build time) takes it over. The path is relative to the entry's
 * file, and `folder` is the folder the entries lie in: Astro does not tell a schema which file
 * it parses, so entries must lie directly in `folder` (the CMS and `npm run new` put them
 * there). Without `folder` (the CMS configuration, most unit tests) nothing is measured; a
 * missing file is left to `image()`, which reports it itself.
 */
export function limitedImage<I extends z.ZodType>(image: I, field: string, folder: string | undefined): I {
  if (folder === undefined) return image;
  const checked = z.string().check((ctx) => {
    if (/^[a-z][a-z0-9+.-]*:|^\//i.test(ctx.value)) return; // a web address or a site path: no file here
    const file = resolve(folder, ctx.value);
    const bytes = statSync(file, { throwIfNoEntry: false })?.size;
    if (bytes !== undefined && bytes > IMAGE_MAX_BYTES) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: imageTooLargeMessage(field, shownPath(file), bytes) });
    }
  });
  // Typed as `image` itself: the output is the same, and Astro declares image() by its output.
  return checked.pipe(image as unknown as z.ZodType<unknown, string>) as unknown as I;
}
