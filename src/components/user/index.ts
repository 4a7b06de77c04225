/**
 * The components authors may use in MDX without importing them. Pages pass this map to
 * `<Content components={authorComponents} />`; the README documents each one.
 */
import Diagramm from './Diagramm.astro';
import Hinweis from './Hinweis.astro';
import Kontakt from './Kontakt.astro';
import ScrollableTable from '../content/ScrollableTable.astro';

export const authorComponents = {
  Diagramm,
  Hinweis,
  Kontakt,
  // Markdown tables become scrollable regions (see ScrollableTable.astro).
  table: ScrollableTable,
};
