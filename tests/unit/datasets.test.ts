/**
 * Datasets: a broken file is refused with a German message naming the file, the row, the
 * column and the fix; the published files parse; downloads and summaries say the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeSeries } from '../../src/lib/chart-summary';
import { dcatCatalog } from '../../src/lib/dcat';
import { DatasetError, downloadPath, isDerived, parseDataset, seriesText, toCsv, toJson } from '../../src/lib/datasets';
import type { DatasetInput } from '../../src/schemas/dataset';

const valid: DatasetInput = {
  title: 'Fälle je Jahr',
  description: 'Erfasste Fälle je Jahr in einem Beispielgebiet, für die Prüfung des Parsers.',
  publisher: 'Polizeidirektion Görlitz',
  period: '2014–2016',
  category: { key: 'jahr', label: 'Jahr' },
  series: [
    { key: 'faelle', label: 'Fälle', unit: 'Fälle' },
    { key: 'aq', label: 'Aufklärungsquote', unit: '%', fractionDigits: 1 },
  ],
  rows: [
    { jahr: '2014', faelle: 100, aq: 50.5 },
    { jahr: '2015', faelle: null, aq: null },
    { jahr: '2016', faelle: 80, aq: 60 },
  ],
  derived: [{ row: '2016', column: 'faelle', how: 'Aus der Zahl des Folgejahres minus dem Anstieg.' }],
  sources: [{ name: 'Pressemitteilung', url: 'https://polizei.sachsen.de/de/MI_2024_105300.htm' }],
  asOf: '2026-11-27',
  rights: 'Quelle nennen.',
};

/** The messages a DatasetError carries for `input`, or [] if it parses. */
function problems(input: unknown, file = 'datasets/test.json'): string[] {
  try {
    parseDataset(file, input);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
}

/** `valid` with one row replaced. */
function withRow(index: number, row: Record<string, unknown>) {
  return { ...valid, rows: valid.rows.map((r, i) => (i === index ? row : r)) };
}

describe('parseDataset', () => {
  it('keeps unknown values empty and marks derived ones', () => {
    const dataset = parseDataset('src/content/datasets/test.json', valid);
    expect(dataset.id).toBe('test');
    expect(dataset.rows[1]).toEqual({ category: '2015', values: { faelle: null, aq: null } });
    expect(isDerived(dataset, '2016', 'faelle')).toBe(true);
    expect(isDerived(dataset, '2014', 'faelle')).toBe(false);
    expect(dataset.derived[0]!.kind).toBe('abgeleitet');
  });

  it('names file, row, column and the fix for a number written as text', () => {
    expect(problems(withRow(2, { jahr: '2016', faelle: '41.027', aq: 60 }))).toEqual([
      'datasets/test.json: Zeile 3 (2016), Spalte „faelle“: "41.027" ist keine Zahl. Schreiben Sie die Zahl ohne ' +
        'Anführungszeichen und ohne Tausenderpunkt, mit Punkt vor den Dezimalstellen (z. B. 41027 oder 58.1), ' +
        'oder null für „keine Angabe“.',
    ]);
  });

  it('refuses a missing value instead of guessing it', () => {
    expect(problems(withRow(0, { jahr: '2014', aq: 50.5 }))).toEqual([
      'datasets/test.json: Zeile 1 (2014), Spalte „faelle“: fehlt. Tragen Sie eine Zahl ein oder null, wenn kein Wert veröffentlicht wurde.',
    ]);
  });

  it('names a misspelt column and lists the allowed ones', () => {
    expect(problems(withRow(1, { jahr: '2015', faelle: null, aq: null, Faelle: 3 }))).toEqual([
      'datasets/test.json: Zeile 2 (2015), Spalte „Faelle“: Diese Spalte gibt es nicht. Erlaubt sind: jahr, faelle, aq. Prüfen Sie die Schreibweise.',
    ]);
  });

  it('refuses a missing or repeated category', () => {
    expect(problems(withRow(1, { faelle: null, aq: null }))).toEqual([
      'datasets/test.json: Zeile 2, Spalte „jahr“: fehlt oder ist leer. Tragen Sie die Kategorie ein, z. B. "2014".',
    ]);
    expect(problems(withRow(1, { jahr: '2014', faelle: null, aq: null }))).toEqual([
      'datasets/test.json: Zeile 2 (2014), Spalte „jahr“: „2014“ steht schon in Zeile 1. Jede Kategorie darf nur einmal vorkommen.',
    ]);
  });

  it('checks that a derived entry points at a value', () => {
    expect(problems({ ...valid, derived: [{ row: '2015', column: 'faelle', how: 'Geschätzt aus dem Vorjahr.' }] })).toEqual([
      'datasets/test.json: „derived“ Nr. 1: Zeile 2 (2015), Spalte „faelle“ ist leer. Ein abgeleiteter Wert braucht eine Zahl – oder streichen Sie den Eintrag.',
    ]);
    expect(problems({ ...valid, derived: [{ row: '2030', column: 'faelle', how: 'Aus einer anderen Zahl abgeleitet.' }] })).toEqual([
      'datasets/test.json: „derived“ Nr. 1: Zeile „2030“ gibt es nicht. Nennen Sie eine Kategorie aus „rows“, z. B. "2014".',
    ]);
  });

  it('names a bad metadata field with the fix', () => {
    expect(problems({ ...valid, asOf: '27.11.2026' })).toEqual([
      'datasets/test.json: asOf: „asOf“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-01.',
    ]);
    expect(problems({ ...valid, sources: [] })).toEqual([
      'datasets/test.json: sources: „sources“ braucht mindestens eine Quelle.',
    ]);
  });
});

describe('downloads', () => {
  const dataset = parseDataset('test.json', valid);

  it('writes CSV with keys as header and empty fields for unknown values', () => {
    expect(toCsv(dataset)).toBe('jahr,faelle,aq\r\n2014,100,50.5\r\n2015,,\r\n2016,80,60\r\n');
  });

  it('writes JSON with the same numbers and null for unknown values', () => {
    const json = toJson(dataset, new URL('https://example.org/')) as { rows: unknown[]; distribution: { csv: string } };
    expect(json.rows).toEqual([
      { jahr: '2014', faelle: 100, aq: 50.5 },
      { jahr: '2015', faelle: null, aq: null },
      { jahr: '2016', faelle: 80, aq: 60 },
    ]);
    expect(json.distribution.csv).toBe('https://example.org/daten/test.csv');
    expect(downloadPath('test', 'json')).toBe('/daten/test.json');
  });
});

describe('the published datasets', () => {
  const dir = new URL('../../src/content/datasets/', import.meta.url);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

  it.each(files)('%s is valid', (file) => {
    const dataset = parseDataset(file, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(dataset.rows.length).toBeGreaterThan(0);
  });

  it('has the police directorate figures from the press releases, gaps left empty', () => {
    const raw = JSON.parse(readFileSync(new URL('pks-polizeidirektion-goerlitz.json', dir), 'utf8'));
    const dataset = parseDataset('pks-polizeidirektion-goerlitz.json', raw);
    const cases = Object.fromEntries(dataset.rows.map((row) => [row.category, row.values.faelle]));
    expect(cases).toEqual({
      '2014': 41027, '2015': null, '2016': null, '2017': null, '2018': 33878,
      '2019': 33287, '2020': null, '2021': null, '2022': 37033, '2023': 46123,
    });
    expect(isDerived(dataset, '2022', 'faelle')).toBe(true);
    expect(dataset.rows.filter((row) => row.values.aq !== null).map((row) => row.values.aq)).toEqual([58.1, 59.4, 63.5, 64.9]);
  });

  it('splits 2022 and 2023 into residence/asylum-law offences and the rest, every part marked derived', () => {
    const split = parseDataset(
      'pks-polizeidirektion-goerlitz-aufenthaltsrecht.json',
      JSON.parse(readFileSync(new URL('pks-polizeidirektion-goerlitz-aufenthaltsrecht.json', dir), 'utf8')),
    );
    const total = (year: string) => {
      const row = split.rows.find((r) => r.category === year)!;
      return row.values.aufenthaltsrecht! + row.values.uebrige!;
    };
    const part = (year: string, key: string) => split.rows.find((r) => r.category === year)!.values[key]!;
    // The parts add up to the published total of 2023 and the derived one of 2022 (46,123 − 9,090).
    expect(total('2023')).toBe(46123);
    expect(total('2022')).toBe(46123 - 9090);
    // 8,805 of the 9,090 extra cases are residence/asylum-law offences, a rise of 140 % (rounded).
    expect(part('2023', 'aufenthaltsrecht') - part('2022', 'aufenthaltsrecht')).toBe(8805);
    expect(part('2023', 'uebrige') - part('2022', 'uebrige')).toBe(9090 - 8805);
    expect(part('2022', 'aufenthaltsrecht')).toBe(Math.round(8805 / 1.4));
    const rise = part('2023', 'aufenthaltsrecht') / part('2022', 'aufenthaltsrecht') - 1;
    expect(Math.round(rise * 100)).toBe(140);
    for (const row of ['2022', '2023']) {
      for (const column of ['aufenthaltsrecht', 'uebrige']) expect(isDerived(split, row, column), `${row} ${column}`).toBe(true);
    }
  });

  it('claims no licence: none is set, and the rights note says none has been chosen', () => {
    for (const file of files) {
      const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      expect(raw.license, file).toBeUndefined();
      expect(raw.rights, file).toContain('Eine Lizenz für die Daten haben die Partner noch nicht festgelegt.');
    }
  });
});

describe('DCAT-AP.de catalogue', () => {
  it('lists each dataset with CSV and JSON distributions and its rights statement', () => {
    const dataset = parseDataset('test.json', valid);
    const catalog = dcatCatalog([dataset], new URL('https://example.org/'), {
      title: 'Katalog',
      description: 'Beschreibung des Katalogs.',
      publisher: 'Sicherheitspartnerschaft Görlitz',
    }) as unknown as { 'dcat:dataset': Record<string, unknown>[] };
    const [entry] = catalog['dcat:dataset'];
    expect(entry!['@id']).toBe('https://example.org/daten/#test');
    expect(entry!['dct:modified']).toEqual({ '@value': '2026-11-27', '@type': 'xsd:date' });
    const distributions = entry!['dcat:distribution'] as Record<string, { '@id': string }>[];
    expect(distributions.map((d) => d['dcat:downloadURL']!['@id'])).toEqual([
      'https://example.org/daten/test.csv',
      'https://example.org/daten/test.json',
    ]);
    expect(distributions[0]!['dct:license']).toBeUndefined();
  });
});

describe('translated series labels', () => {
  it('uses the translation where there is one and German otherwise', () => {
    const dataset = parseDataset('test.json', {
      ...valid,
      series: [{ key: 'faelle', label: 'Fälle', unit: 'Fälle', translations: { en: { label: 'Cases', unit: 'cases' } } }, valid.series[1]],
    });
    expect(summarizeSeries(dataset, 'faelle', 'en')).toBe(
      'Cases: highest in 2014 (100 cases), lowest in 2016 (80 cases, derived); the figure fell from 2014 to 2016; no figure for 2015.',
    );
    expect(seriesText(dataset.series[0]!, 'pl')).toEqual({ label: 'Fälle', unit: 'Fälle', lang: 'de' });
  });
});
