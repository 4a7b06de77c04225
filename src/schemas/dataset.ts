/**
 * A dataset in `src/content/datasets/<id>.json`: the figures behind a chart, with everything a
 * reader needs to check them (source, as-of date, rights, which values are derived). The
 * checks that need the whole table (row length, numbers, derived cells) are in
 * `src/lib/datasets.ts`, because their messages name the row and the column.
 */
import { z } from 'zod';
import { httpsUrl, isoDate, text } from './common';

/** A key of a column: lower-case letters, digits and hyphens. */
const key = (field: string) =>
  z.string({ error: `„${field}“ fehlt. Tragen Sie einen Schlüssel ein, z. B. „faelle“.` }).regex(/^[a-z0-9-]+$/, {
    error: `„${field}“ darf nur a–z, 0–9 und Bindestriche enthalten, z. B. „faelle“.`,
  });

/** One series of values (a column of the table, a set of bars or a line in the chart). */
export const seriesSchema = z.object({
  /** Key of the column in every row, e.g. "faelle". */
  key: key('series.key'),
  /** Column heading and legend label, e.g. "Erfasste Fälle". */
  label: text('series.label', { max: 80 }),
  /** Unit of the values, e.g. "Fälle", "%" or "Fälle je 100.000 Einwohner". */
  unit: text('series.unit', { max: 60 }),
  /** Decimal places shown (default 0), e.g. 1 for "58,1 %". */
  fractionDigits: z.number().int().min(0).max(3).default(0),
  /**
   * Label and unit in English and Polish, for charts on the translated pages, e.g.
   * `{ "en": { "label": "Recorded cases", "unit": "cases" } }`. Missing languages show German.
   */
  translations: z
    .partialRecord(
      z.enum(['en', 'pl'], { error: '„series.translations“: Erlaubt sind die Sprachen en und pl.' }),
      z.object({ label: text('series.translations.label', { max: 80 }), unit: text('series.translations.unit', { max: 60 }) }),
    )
    .default({}),
});

/**
 * A value that is not a plain published figure: worked out from published ones ("abgeleitet"),
 * or a bound where the source only says "over …" ("untergrenze"). Shown with a mark.
 */
export const derivedSchema = z.object({
  /** abgeleitet (default) or untergrenze. */
  kind: z
    .enum(['abgeleitet', 'untergrenze'], { error: '„derived.kind“ muss abgeleitet oder untergrenze sein.' })
    .default('abgeleitet'),
  /** The row, by its category, e.g. "2022". */
  row: z.string({ error: '„derived.row“ fehlt. Nennen Sie die Zeile, z. B. "2022".' }),
  /** The column, by its series key, e.g. "faelle". */
  column: key('derived.column'),
  /** How the value was worked out, e.g. "Fallzahl 2023 minus den genannten Anstieg von 9.090". */
  how: text('derived.how', { max: 240 }),
});

/** Where the figures come from. */
export const datasetSourceSchema = z.object({
  /** Name of the source, e.g. "Polizeidirektion Görlitz, Pressemitteilung zur PKS 2023". */
  name: text('sources.name', { max: 200 }),
  /** Address of the source, if it is online. */
  url: httpsUrl('sources.url').optional(),
});

/** The schema of a dataset file (before the row checks). */
export const datasetSchema = z.object({
  /** Title of the dataset, shown on the open-data page and as the default chart title. */
  title: text('title', { max: 120 }),
  /** One or two sentences: what the figures are, for which area and period. */
  description: text('description', { min: 40, max: 400 }),
  /** Heading and key of the first column, e.g. `{ key: "jahr", label: "Jahr" }`. */
  category: z.object({
    key: key('category.key'),
    label: text('category.label', { max: 40 }),
    /** The heading in English and Polish, e.g. `{ "en": "Year", "pl": "Rok" }`. */
    translations: z.partialRecord(z.enum(['en', 'pl']), text('category.translations', { max: 40 })).default({}),
  }),
  /** The value columns; at least one. */
  series: z.array(seriesSchema).min(1, { error: '„series“ ist leer. Nennen Sie mindestens eine Wertespalte.' }),
  /**
   * The rows: the category and one value per series. A value nobody published is `null`
   * (shown as "keine Angabe"), never an estimate.
   */
  rows: z
    .array(z.record(z.string(), z.unknown()), { error: '„rows“ fehlt. Tragen Sie die Zeilen als Liste ein.' })
    .min(1, { error: '„rows“ ist leer. Tragen Sie mindestens eine Zeile ein.' }),
  /** Values that were worked out rather than published; shown with a mark and the explanation. */
  derived: z.array(derivedSchema).default([]),
  /** Sources of the figures; at least one. */
  sources: z.array(datasetSourceSchema).min(1, { error: '„sources“ braucht mindestens eine Quelle.' }),
  /** Day the figures were last compared with the sources (YYYY-MM-DD). */
  asOf: isoDate('asOf'),
  /** Who holds the rights and what re-users must do, e.g. name the source. */
  rights: text('rights', { max: 400 }),
  /** Address of a licence, once the publisher has named one (e.g. Datenlizenz Deutschland). */
  license: httpsUrl('license').optional(),
  /** Notes for reading the figures: gaps, definitions, what is not counted. */
  notes: z.array(text('notes', { max: 400 })).default([]),
  /** Publisher for the open-data catalogue, e.g. "Polizeidirektion Görlitz". */
  publisher: text('publisher', { max: 120 }),
  /** Period covered, e.g. "2014–2023". */
  period: text('period', { max: 40 }),
});

/** Input type of a dataset file. */
export type DatasetInput = z.input<typeof datasetSchema>;
/** Output type of a dataset file (before the row checks). */
export type DatasetData = z.output<typeof datasetSchema>;
