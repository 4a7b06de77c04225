/**
 * The components authors may use in MDX without importing them. Pages pass this map to
 * `<Content components={authorComponents} />`; the README documents each one.
 */
import Hinweis from './Hinweis.astro';
import Kontakt from './Kontakt.astro';

export const authorComponents = { Hinweis, Kontakt };
