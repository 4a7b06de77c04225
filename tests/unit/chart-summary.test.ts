/**
 * The summary sentence under each chart: it names the highest and the lowest value, every turn
 * of the series (not only first against last), skips empty values instead of filling them, and
 * says the same in German, English and Polish. The published datasets' sentences are pinned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, phasesOf, seriesFacts, summarizeChart, summarizeSeries } from '../../src/lib/chart-summary';
import { parseDataset, type Dataset, type Value } from '../../src/lib/datasets';

/** A published dataset from src/content/datasets/. */
function published(id: string): Dataset {
  const url = new URL(`../../src/content/datasets/${id}.json`, import.meta.url);
  return parseDataset(`${id}.json`, JSON.parse(readFileSync(url, 'utf8')));
}

/** A one-series dataset "Fälle" with the given values for the years from 2014 on. */
function series(values: Value[], derived: Dataset['derived'] = []): Pick<Dataset, 'rows' | 'series' | 'derived'> {
  return {
    series: [{ key: 'n', label: 'Fälle', unit: 'Fälle', fractionDigits: 0, translations: { en: { label: 'Cases', unit: 'cases' } } }],
    rows: values.map((value, index) => ({ category: String(2014 + index), values: { n: value } })),
    derived,
  };
}

const de = (values: Value[], derived?: Dataset['derived']) => summarizeSeries(series(values, derived), 'n', 'de');

// Polish groups thousands with a no-break space (U+00A0), as Intl writes them.
describe('the published crime statistics', () => {
  const pd = published('pks-polizeidirektion-goerlitz');

  it('says that the cases fell to a low in 2019 and then rose, not just "rose from 2014 to 2023"', () => {
    expect(summarizeSeries(pd, 'faelle', 'de')).toBe(
      'Erfasste Fälle: am höchsten 2023 (46.123 Fälle), am niedrigsten 2019 (33.287 Fälle); der Wert fiel von 2014 bis ' +
        '2019 auf den Tiefststand und stieg dann bis 2023 auf den Höchststand; 2023 lag er höher als 2014; keine Angabe ' +
        'für 2015, 2016, 2017, 2020 und 2021.',
    );
    expect(summarizeSeries(pd, 'faelle', 'en')).toBe(
      'Recorded cases: highest in 2023 (46,123 cases), lowest in 2019 (33,287 cases); the figure fell from 2014 to its ' +
        'lowest point in 2019, then rose to its highest point in 2023; in 2023 it was higher than in 2014; no figure for ' +
        '2015, 2016, 2017, 2020 and 2021.',
    );
    expect(summarizeSeries(pd, 'faelle', 'pl')).toBe(
      'Zarejestrowane przypadki: najwyższa wartość w 2023 (46\u00a0123 przyp.), najniższa w 2019 (33\u00a0287 przyp.); wartość ' +
        'spadła od 2014 do 2019 (najniższy poziom), potem wzrosła do 2023 (najwyższy poziom); w 2023 była wyższa niż w ' +
        '2014; brak danych za 2015, 2016, 2017, 2020 i 2021.',
    );
  });

  it('calls a clearance rate that only rose a rise, with the years it has no figure for', () => {
    expect(summarizeSeries(pd, 'aq', 'de')).toBe(
      'Aufklärungsquote: am höchsten 2021 (64,9 %), am niedrigsten 2014 (58,1 %); der Wert stieg von 2014 bis 2021; ' +
        'keine Angabe für 2015, 2016, 2017, 2019, 2022 und 2023.',
    );
    expect(summarizeSeries(pd, 'aq', 'en')).toBe(
      'Clearance rate: highest in 2021 (64.9%), lowest in 2014 (58.1%); the figure rose from 2014 to 2021; no figure ' +
        'for 2015, 2016, 2017, 2019, 2022 and 2023.',
    );
  });

  it('marks the city clearance rate of 2016 as a lower bound ("über 66 Prozent")', () => {
    const city = published('pks-stadt-goerlitz');
    expect(summarizeSeries(city, 'aq', 'de')).toBe(
      'Aufklärungsquote: am höchsten 2016 (mindestens 66 %), am niedrigsten 2014 (62 %); der Wert stieg von 2014 bis 2016.',
    );
    expect(summarizeSeries(city, 'aq', 'en')).toContain('(at least 66%)');
    expect(summarizeSeries(city, 'hz', 'de')).toBe(
      'Häufigkeitszahl: am höchsten 2014 (18.023 Fälle je 100.000 Einwohner), am niedrigsten 2016 (15.434 Fälle je ' +
        '100.000 Einwohner); der Wert fiel von 2014 bis 2016.',
    );
  });

  it('marks the derived split of 2022 and 2023 as derived', () => {
    const split = published('pks-polizeidirektion-goerlitz-aufenthaltsrecht');
    expect(summarizeChart(split, ['aufenthaltsrecht', 'uebrige'], 'de')).toBe(
      'Verstöße gegen das Aufenthalts- und Asylrecht: am höchsten 2023 (15.094 Fälle, abgeleitet), am niedrigsten 2022 ' +
        '(6.289 Fälle, abgeleitet); der Wert stieg von 2022 bis 2023. Übrige erfasste Fälle: am höchsten 2023 ' +
        '(31.029 Fälle, abgeleitet), am niedrigsten 2022 (30.744 Fälle, abgeleitet); der Wert stieg von 2022 bis 2023.',
    );
    expect(summarizeSeries(split, 'uebrige', 'pl')).toContain('(30\u00a0744 przyp., wartość wyliczona)');
  });
});

describe('edge cases', () => {
  it('skips empty values instead of interpolating them', () => {
    expect(seriesFacts(series([10, null, 30]).rows, 'n')).toEqual({
      max: { value: 30, categories: ['2016'] },
      min: { value: 10, categories: ['2014'] },
      first: { category: '2014', value: 10 },
      last: { category: '2016', value: 30 },
      direction: 'up',
      phases: [{ direction: 'up', from: { category: '2014', value: 10 }, to: { category: '2016', value: 30 } }],
      missing: ['2015'],
    });
    expect(de([null, 10, null, 30, null])).toBe(
      'Fälle: am höchsten 2017 (30 Fälle), am niedrigsten 2015 (10 Fälle); der Wert stieg von 2015 bis 2017; keine ' +
        'Angabe für 2014, 2016 und 2018.',
    );
  });

  it('names a single value as the only one', () => {
    expect(de([null, 7, null])).toBe('Fälle: nur für 2015 ein Wert (7 Fälle); keine Angabe für 2014 und 2016.');
    expect(summarizeSeries(series([7]), 'n', 'en')).toBe('Cases: a figure only for 2014 (7 cases).');
    expect(summarizeSeries(series([7]), 'n', 'pl')).toBe('Fälle: dane tylko za 2014 (7 Fälle).');
  });

  it('says "unverändert" when all values are equal, not highest and lowest', () => {
    expect(de([5, 5, null, 5])).toBe('Fälle: von 2014 bis 2017 unverändert (5 Fälle); keine Angabe für 2016.');
    expect(summarizeSeries(series([5, 5]), 'n', 'en')).toBe('Cases: unchanged from 2014 to 2015 (5 cases).');
  });

  it('names every year that shares the highest or the lowest value', () => {
    expect(de([9, 3, 9])).toBe(
      'Fälle: am höchsten 2014 und 2016 (9 Fälle), am niedrigsten 2015 (3 Fälle); der Wert fiel von 2014 bis 2015 auf ' +
        'den Tiefststand und stieg dann bis 2016 auf den Höchststand; 2016 lag er so hoch wie 2014.',
    );
  });

  it('says when a series stays level between moves', () => {
    expect(de([4, 4, 6, 2])).toBe(
      'Fälle: am höchsten 2016 (6 Fälle), am niedrigsten 2017 (2 Fälle); der Wert blieb von 2014 bis 2015 gleich, stieg ' +
        'dann bis 2016 auf den Höchststand und fiel dann bis 2017 auf den Tiefststand; 2017 lag er niedriger als 2014.',
    );
    expect(summarizeSeries(series([4, 4, 6, 2]), 'n', 'en')).toBe(
      'Cases: highest in 2016 (6 cases), lowest in 2017 (2 cases); the figure stayed level from 2014 to 2015, then rose ' +
        'to its highest point in 2016, then fell to its lowest point in 2017; in 2017 it was lower than in 2014.',
    );
  });

  it('tags only turns that reach the extreme, and sums up more than three turns as "stieg und fiel"', () => {
    expect(de([5, 8, 6, 9])).toBe(
      'Fälle: am höchsten 2017 (9 Fälle), am niedrigsten 2014 (5 Fälle); der Wert stieg von 2014 bis 2015, fiel dann ' +
        'bis 2016 und stieg dann bis 2017 auf den Höchststand; 2017 lag er höher als 2014.',
    );
    expect(phasesOf([2, 4, 3, 5, 4].map((value, i) => ({ category: String(i), value })))).toHaveLength(4);
    expect(de([2, 4, 3, 5, 4])).toBe(
      'Fälle: am höchsten 2017 (5 Fälle), am niedrigsten 2014 (2 Fälle); der Wert stieg und fiel zwischen 2014 und ' +
        '2018 mehrmals; 2018 lag er höher als 2014.',
    );
    expect(summarizeSeries(series([2, 4, 3, 5, 4]), 'n', 'pl')).toContain('wartość kilkakrotnie się wahała między 2014 a 2018');
  });

  it('says so when a series has no value at all', () => {
    expect(summarizeChart(series([null, null]), ['n'], 'de')).toBe('Fälle: keine Angabe.');
    expect(summarizeChart(series([null]), ['n'], 'en')).toBe('Cases: no figures.');
  });

  it('marks a derived value only where every year named with it is derived', () => {
    const derived = [{ row: '2015', column: 'n', kind: 'abgeleitet' as const, how: 'Berechnet.' }];
    expect(de([3, 9], derived)).toContain('am höchsten 2015 (9 Fälle, abgeleitet)');
    expect(de([9, 3, 9], derived)).toContain('am höchsten 2014 und 2016 (9 Fälle)');
  });

  it('refuses a series the dataset does not have', () => {
    expect(() => summarizeSeries(series([1]), 'x', 'de')).toThrow('Unknown series "x"');
  });

  it('formats percentages the way each language writes them', () => {
    expect(formatValue(58.1, '%', 'de', 1)).toBe('58,1 %');
    expect(formatValue(58.1, '%', 'en', 1)).toBe('58.1%');
    expect(formatValue(46123, 'Fälle', 'de')).toBe('46.123 Fälle');
  });
});
