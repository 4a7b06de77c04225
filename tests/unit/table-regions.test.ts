/**
 * Names of the regions around tables in MDX text: the plugin run by the real Markdown
 * processor (Sätteri, as Astro runs it), and the names made from what it writes.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableRegions } from '../../src/integrations/table-regions';
import { createTablePlaces, regionName } from '../../src/lib/table-regions';

const table = (cell: string) => `| Spalte | Wert |\n|---|---|\n| ${cell} | 1 |\n`;

/** The region attributes of each table in the compiled HTML, in reading order. */
function places(html: string) {
  return [...html.matchAll(/<table([^>]*)>/g)].map(([, attributes]) => ({
    heading: /data-region-heading="([^"]*)"/.exec(attributes)?.[1],
    occurrence: /data-region-occurrence="([^"]*)"/.exec(attributes)?.[1],
  }));
}

describe('tableRegions (Markdown plugin)', () => {
  it('marks each table with the heading above it and its number under that heading', () => {
    const source = [
      table('vor jeder Überschrift'),
      '## Die *Zahlen*',
      table('a'),
      'Text dazwischen.',
      table('b'),
      '### Quellen',
      table('c'),
    ].join('\n');
    expect(places(markdownToHtml(source, { hastPlugins: [tableRegions] }).html)).toEqual([
      { heading: undefined, occurrence: '1' },
      { heading: 'Die Zahlen', occurrence: '1' },
      { heading: 'Die Zahlen', occurrence: '2' },
      { heading: 'Quellen', occurrence: '1' },
    ]);
  });

  it('counts a table inside an author component under the heading before it', () => {
    const source = `## Überblick\n\n${table('a')}\n<Hinweis titel="Gut zu wissen">\n\n${table('b')}\n</Hinweis>\n`;
    const code = mdxToJs(source, { hastPlugins: [tableRegions] }).code;
    expect(code.match(/"data-region-(heading|occurrence)": "[^"]*"/g)).toEqual([
      '"data-region-heading": "Überblick"',
      '"data-region-occurrence": "1"',
      '"data-region-heading": "Überblick"',
      '"data-region-occurrence": "2"',
    ]);
  });

  it('starts counting anew in every text', () => {
    const source = `## Zahlen\n\n${table('a')}`;
    for (let i = 0; i < 2; i++) {
      expect(places(markdownToHtml(source, { hastPlugins: [tableRegions] }).html)).toEqual([{ heading: 'Zahlen', occurrence: '1' }]);
    }
  });

  it('leaves a text without tables unchanged', () => {
    const source = '## Zahlen\n\nEin Text ohne Tabelle.\n';
    expect(markdownToHtml(source, { hastPlugins: [tableRegions] }).html).toBe(markdownToHtml(source).html);
  });
});

describe('createTablePlaces', () => {
  it('gives two headings of the same text one count, so names stay unique', () => {
    const places = createTablePlaces();
    places.heading('Zahlen');
    places.table();
    places.heading('  Zahlen\n');
    expect(places.table()).toEqual({ heading: 'Zahlen', occurrence: 2 });
  });
});

describe('regionName', () => {
  it('names a region after its heading, numbered from the second table on', () => {
    expect(regionName('Tabelle', { heading: 'Die Zahlen', occurrence: 1 })).toBe('Tabelle: Die Zahlen');
    expect(regionName('Table', { heading: 'The figures', occurrence: 2 })).toBe('Table: The figures (2)');
    expect(regionName('Tabela', { heading: '', occurrence: 1 })).toBe('Tabela');
    expect(regionName('Tabelle', { heading: '', occurrence: 3 })).toBe('Tabelle (3)');
  });

  it('gives every table of a text a different name', () => {
    const places = createTablePlaces();
    const names = [places.table(), places.table()];
    places.heading('A');
    names.push(places.table(), places.table());
    places.heading('B');
    names.push(places.table());
    places.heading('A');
    names.push(places.table());
    const regionNames = names.map((place) => regionName('Tabelle', place));
    expect(new Set(regionNames).size).toBe(regionNames.length);
  });
});
