/**
 * Datasets for charts and downloads: the row checks that need the whole table, the parsed
 * form the components use, and the CSV and JSON files offered for download. Every message is
 * written for the editor who has to fix the file and names the row, the column and the fix.
 */
import { datasetSchema, type DatasetData } from '../schemas/dataset';
import type { Locale } from './i18n';

/** A value of a row: a number, or null where nobody published one. */
export type Value = number | null;

/** One row of a dataset: its category (e.g. the year) and one value per series key. */
export interface DatasetRow {
  category: string;
  values: Record<string, Value>;
}

/** A checked dataset, as components and endpoints use it. */
export interface Dataset extends Omit<DatasetData, 'rows'> {
  /** File name without extension; also the name of the download files. */
  id: string;
  rows: DatasetRow[];
}

/** A problem in the table of a dataset: where it is and what to write instead. */
export interface RowProblem {
  /** Index in `rows` (0-based), or in `derived` for problems with a derived entry. */
  index: number;
  /** The list the problem is in. */
  list: 'rows' | 'derived';
  /** The column (series key) concerned. */
  column: string;
  /** Full German message: row, column, what is wrong and the fix. */
  message: string;
}

/** Where a problem sits, in words: "Zeile 3 (2019), Spalte „aq“". */
function place(rowNumber: number, category: string | undefined, column: string): string {
  return `Zeile ${rowNumber}${category ? ` (${category})` : ''}, Spalte „${column}“`;
}

/** The category of a raw row as text, or undefined if it is missing or not text/number. */
function categoryOf(row: Record<string, unknown>, key: string): string | undefined {
  const value = row[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** Every problem in the rows and derived entries of a dataset whose fields are otherwise valid. */
export function rowProblems(data: DatasetData): RowProblem[] {
  const problems: RowProblem[] = [];
  const categoryKey = data.category.key;
  const seriesKeys = data.series.map((series) => series.key);
  const allowed = [categoryKey, ...seriesKeys];
  const seen = new Map<string, number>();

  data.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const category = categoryOf(row, categoryKey);
    const add = (column: string, text: string) =>
      problems.push({ index, list: 'rows', column, message: `${place(rowNumber, category, column)}: ${text}` });

    if (category === undefined) {
      add(categoryKey, `fehlt oder ist leer. Tragen Sie die Kategorie ein, z. B. "2014".`);
    } else if (seen.has(category)) {
      add(categoryKey, `„${category}“ steht schon in Zeile ${seen.get(category)}. Jede Kategorie darf nur einmal vorkommen.`);
    } else {
      seen.set(category, rowNumber);
    }
    for (const key of seriesKeys) {
      if (!(key in row)) {
        add(key, 'fehlt. Tragen Sie eine Zahl ein oder null, wenn kein Wert veröffentlicht wurde.');
        continue;
      }
      const value = row[key];
      if (value === null) continue;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        add(
          key,
          `${JSON.stringify(value)} ist keine Zahl. Schreiben Sie die Zahl ohne Anführungszeichen und ohne ` +
            'Tausenderpunkt, mit Punkt vor den Dezimalstellen (z. B. 41027 oder 58.1), oder null für „keine Angabe“.',
        );
      }
    }
    for (const key of Object.keys(row)) {
      if (!allowed.includes(key)) {
        add(key, `Diese Spalte gibt es nicht. Erlaubt sind: ${allowed.join(', ')}. Prüfen Sie die Schreibweise.`);
      }
    }
  });

  data.derived.forEach((entry, index) => {
    const add = (text: string) =>
      problems.push({ index, list: 'derived', column: entry.column, message: `„derived“ Nr. ${index + 1}: ${text}` });
    const rowNumber = seen.get(entry.row);
    if (rowNumber === undefined) {
      add(`Zeile „${entry.row}“ gibt es nicht. Nennen Sie eine Kategorie aus „rows“, z. B. "${[...seen.keys()][0] ?? '2014'}".`);
      return;
    }
    if (!seriesKeys.includes(entry.column)) {
      add(`Spalte „${entry.column}“ gibt es nicht. Erlaubt sind: ${seriesKeys.join(', ')}.`);
      return;
    }
    if (data.rows[rowNumber - 1]![entry.column] === null) {
      add(`${place(rowNumber, entry.row, entry.column)} ist leer. Ein abgeleiteter Wert braucht eine Zahl – oder streichen Sie den Eintrag.`);
    }
  });
  return problems;
}

/** The dataset schema with the row checks, for the content collection. */
export const checkedDatasetSchema = datasetSchema.superRefine((data, context) => {
  for (const problem of rowProblems(data)) {
    context.addIssue({ code: 'custom', path: [problem.list, problem.index, problem.column], message: problem.message });
  }
});

/** Turns checked data into the form components use (categories as text, values as numbers or null). */
export function toDataset(id: string, data: DatasetData): Dataset {
  return {
    ...data,
    id,
    rows: data.rows.map((row) => ({
      category: categoryOf(row, data.category.key)!,
      values: Object.fromEntries(data.series.map((series) => [series.key, row[series.key] as Value])),
    })),
  };
}

/** Label and unit of a series in the reader's language, German where no translation exists. */
export function seriesText(
  series: Dataset['series'][number],
  locale: Locale,
): { label: string; unit: string; lang: Locale | undefined } {
  const translation = locale === 'de' ? undefined : series.translations[locale];
  if (translation) return { ...translation, lang: undefined };
  return { label: series.label, unit: series.unit, lang: locale === 'de' ? undefined : 'de' };
}

/** An invalid dataset file; `problems` lists every message with the file name in front. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Der Datensatz ${file} ist fehlerhaft:\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetError';
  }
}

/** Checks a dataset file's parsed JSON and returns the dataset, or throws a DatasetError. */
export function parseDataset(file: string, input: unknown): Dataset {
  const result = checkedDatasetSchema.safeParse(input);
  if (!result.success) {
    throw new DatasetError(
      file,
      result.error.issues.map((issue) =>
        issue.code === 'custom' ? `${file}: ${issue.message}` : `${file}: ${issue.path.join('.') || '(Datei)'}: ${issue.message}`,
      ),
    );
  }
  const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
  return toDataset(id, result.data);
}

/** True if the value in `category`/`column` was worked out rather than published. */
export function isDerived(dataset: Pick<Dataset, 'derived'>, category: string, column: string): boolean {
  return dataset.derived.some((entry) => entry.row === category && entry.column === column);
}

/** One CSV field, quoted where needed (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The dataset as CSV (RFC 4180, comma, dot as decimal mark, UTF-8): the keys as header, an
 * empty field where no value was published. Machine-readable first; the labels are in the JSON.
 */
export function toCsv(dataset: Dataset): string {
  const header = [dataset.category.key, ...dataset.series.map((series) => series.key)];
  const lines = dataset.rows.map((row) =>
    [row.category, ...dataset.series.map((series) => row.values[series.key] ?? '')].map((v) => csvField(String(v))),
  );
  return [header, ...lines].map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/** The dataset as a JSON document: metadata, column descriptions and the rows as objects. */
export function toJson(dataset: Dataset, site: URL): object {
  return {
    title: dataset.title,
    description: dataset.description,
    publisher: dataset.publisher,
    period: dataset.period,
    asOf: dataset.asOf.toISOString().slice(0, 10),
    rights: dataset.rights,
    ...(dataset.license ? { license: dataset.license } : {}),
    sources: dataset.sources,
    notes: dataset.notes,
    columns: [
      { key: dataset.category.key, label: dataset.category.label },
      ...dataset.series.map(({ key, label, unit }) => ({ key, label, unit })),
    ],
    rows: dataset.rows.map((row) => ({ [dataset.category.key]: row.category, ...row.values })),
    derived: dataset.derived,
    distribution: {
      csv: new URL(downloadPath(dataset.id, 'csv'), site).href,
      json: new URL(downloadPath(dataset.id, 'json'), site).href,
    },
  };
}

/** File formats offered for download. */
export const downloadFormats = ['csv', 'json'] as const;

/** A download format. */
export type DownloadFormat = (typeof downloadFormats)[number];

/** The URL path of a dataset's download file, e.g. `/daten/pks.csv`. */
export function downloadPath(id: string, format: DownloadFormat): string {
  return `/daten/${id}.${format}`;
}
