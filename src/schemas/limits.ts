/**
 * Limits of content fields that scripts outside the build use too (`npm run new`, the CMS
 * configuration). No imports, so plain Node can load this file.
 */

/**
 * Longest title of a news post, tip or measure, the site's limit for titles that link previews
 * show without cutting them off. The CMS (maxlength and hint), `npm run new` and the editorial
 * guide state the same number (checked by tests/unit/cms-config.test.ts and schemas.test.ts).
 */
export const TITLE_MAX = 90;
