/**
 * A Markdown plugin (Astro's Sätteri processor, astro.config.mjs) that writes onto every table
 * in a text the heading it stands under and its number there (src/lib/table-regions.ts), from
 * which ScrollableTable.astro names the table's region. It runs once per text; a text
 * without a `|` cannot hold a Markdown table and is skipped. (A `<table>` written as JSX in
 * MDX is not a Markdown table: it is rendered as written, without a region.)
 */
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { createTablePlaces, HEADING_ATTRIBUTE, OCCURRENCE_ATTRIBUTE } from '../lib/table-regions.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The plugin for one text, for `hastPlugins` (a factory: each text gets its own count). */
export function tableRegions({ source }: PluginFactoryContext) {
  if (!source.includes('|')) return null;
  const places = createTablePlaces();
  return defineHastPlugin({
    name: 'table-regions',
    element: {
      filter: [...HEADINGS, 'table'],
      visit(node, ctx) {
        if (node.tagName !== 'table') {
          places.heading(ctx.textContent(node));
          return;
        }
        const { heading, occurrence } = places.table();
        if (heading) ctx.setProperty(node, HEADING_ATTRIBUTE, heading);
        ctx.setProperty(node, OCCURRENCE_ATTRIBUTE, String(occurrence));
      },
    },
  });
}
