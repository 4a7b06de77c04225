/**
 * Names for the scrolling regions around tables in MDX text (src/components/content/
 * ScrollableTable.astro). A region is a landmark: screen reader users list landmarks by name
 * and jump between them, so every region on a page needs a name of its own that says what it
 * holds. A Markdown table has no caption, so its region is named after the heading it stands
 * under ("Tabelle: Die Zahlen"); a second table under the same heading gets a number
 * ("Tabelle: Die Zahlen (2)"). With one fixed name, a text with two tables had two landmarks
 * of the same name, which axe reports (landmark-unique) and which a listener cannot tell apart.
 *
 * The Markdown plugin (src/integrations/table-regions.ts) writes the heading and the number
 * onto each table while the text is compiled; the component turns them into the name in the
 * page's language.
 */

/** The table attribute with the text of the heading above it (absent: no heading before it). */
export const HEADING_ATTRIBUTE = 'data-region-heading';
/** The table attribute with its number among the tables under that heading, from 1. */
export const OCCURRENCE_ATTRIBUTE = 'data-region-occurrence';

/** Where a table stands in its text: the heading above it and its number under that heading. */
export interface TablePlace {
  /** The text of the nearest heading before the table; empty if there is none. */
  heading: string;
  /** 1 for the first table under that heading, 2 for the second, … */
  occurrence: number;
}

/**
 * Follows one text in reading order: call `heading` for each heading and `table` for each
 * table, and it says where each table stands. Tables before the first heading are counted
 * together; two headings with the same text count as one, so names stay unique.
 */
export function createTablePlaces() {
  let heading = '';
  const counts = new Map<string, number>();
  return {
    heading(text: string): void {
      heading = text.replace(/\s+/g, ' ').trim();
    },
    table(): TablePlace {
      const occurrence = (counts.get(heading) ?? 0) + 1;
      counts.set(heading, occurrence);
      return { heading, occurrence };
    },
  };
}

/**
 * The name of a table's region: "Tabelle: Die Zahlen", "Tabelle: Die Zahlen (2)", "Tabelle",
 * "Tabelle (2)" – `word` is the page language's word for a table.
 */
export function regionName(word: string, { heading, occurrence }: TablePlace): string {
  const name = heading ? `${word}: ${heading}` : word;
  return occurrence > 1 ? `${name} (${occurrence})` : name;
}
