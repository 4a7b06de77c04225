/**
 * File names (slugs) for new content. A slug becomes part of the page address, so it must be
 * readable and stable: German and Polish letters are written out in plain Latin letters
 * instead of being dropped, so "Görlitz" becomes "goerlitz" and not "grlitz".
 */

/** Longest slug; long enough for a full headline's gist, short enough to read in a link. */
export const SLUG_MAX_LENGTH = 60;

/**
 * Letters that are spelled out rather than stripped of their accent. German umlauts follow
 * the usual German transliteration (ä → ae); letters without a decomposable accent (ß, ł,
 * æ, ø, đ) need an explicit entry because NFKD normalisation leaves them untouched.
 */
const SPELLED_OUT: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  ł: 'l',
  Ł: 'L',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  œ: 'oe',
  Œ: 'Oe',
};

/** Turns a title into a URL slug: transliterated, lower case, words joined by hyphens. */
export function slugify(title: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const latin = [...title.normalize('NFC')]
    .map((char) => SPELLED_OUT[char] ?? char)
    .join('')
    // Splits accented letters (ą, é, č …) into base letter plus mark, then drops the marks.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const slug = latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shorten(slug, maxLength);
}

/** Cuts a slug to `maxLength`, at a hyphen where possible so no word is cut in half. */
function shorten(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const shortened = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  return shortened.replace(/-+$/g, '');
}
