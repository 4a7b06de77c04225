// npm run survey:export -- --wave <slug> --out <dir>
// Writes <slug>-responses.csv (answers with codes and labels) and <slug>-codebook.csv (generated
// from the definition) through the privileged DATABASE_URL connection, never through the API.
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { NO_ANSWER, NO_ANSWER_LABEL, parseDefinition, type Definition, type Question } from '../../src/lib/survey/definition.ts';
import { csvLine, databaseUrl, parseOptions, runCli, UsageError, writeFileAtomically } from './cli.ts';

const usage = 'npm run survey:export -- --wave <slug> --out <dir>';

/** Numeric columns code "keine Angabe" with this value (documented in the codebook). */
export const NO_ANSWER_NUMBER = -9;

interface Column {
  name: string;
  value(answers: Record<string, unknown>): unknown;
}

/** The export columns of one question: a code and a label, one 0/1 column per option, or the value. */
export function questionColumns(question: Question): Column[] {
  const raw = (answers: Record<string, unknown>) => answers[question.id];
  switch (question.kind) {
    case 'single': {
      const labels = new Map(question.options.map((o) => [o.code, o.label.de]));
      labels.set(NO_ANSWER, NO_ANSWER_LABEL.de);
      return [
        { name: question.id, value: raw },
        { name: `${question.id}_label`, value: (a) => labels.get(raw(a) as string) ?? '' },
      ];
    }
    case 'multiple': {
      const codes = [...question.options.map((o) => o.code), ...(question.noAnswer ? [NO_ANSWER] : [])];
      // One 0/1 column per option; empty when the question was not answered at all.
      return codes.map((code) => ({
        name: `${question.id}__${code}`,
        value: (a: Record<string, unknown>) => (Array.isArray(raw(a)) ? ((raw(a) as string[]).includes(code) ? 1 : 0) : ''),
      }));
    }
    case 'scale':
    case 'number':
      return [{ name: question.id, value: (a) => (raw(a) === NO_ANSWER ? NO_ANSWER_NUMBER : raw(a)) }];
    case 'text':
      return [{ name: question.id, value: raw }];
  }
}

/** The codebook as CSV rows: one row per variable and one per value with its labels. */
export function codebookCsv(definition: Definition): string {
  let csv = csvLine(['variable', 'question_id', 'kind', 'required', 'value', 'label_de', 'label_en', 'label_pl']);
  csv += csvLine(['submitted_on', '', 'date', 'true', '', 'Tag der Abgabe (ohne Uhrzeit)', 'Day of submission (no time)', 'Dzień złożenia (bez godziny)']);
  csv += csvLine(['quality_flags', '', 'flags', 'false', 'implausibly_fast|start_time_in_future', 'Hinweise zur Datenqualität', 'Data quality hints', 'Wskazówki dotyczące jakości danych']);
  for (const question of definition.questions) {
    for (const column of questionColumns(question)) {
      const { de, en, pl } = question.label;
      csv += csvLine([column.name, question.id, question.kind, String(question.required), '', de, en, pl]);
    }
    const values: [string | number, { de: string; en: string; pl: string }][] = [];
    if ('options' in question) for (const o of question.options) values.push([o.code, o.label]);
    if (question.kind === 'scale') {
      values.push([question.min, question.minLabel], [question.max, question.maxLabel]);
    }
    if (question.kind === 'number') values.push([`${question.min}..${question.max}`, { de: 'Wertebereich', en: 'Range', pl: 'Zakres' }]);
    if (question.kind === 'text') values.push([`max ${question.maxLength}`, { de: 'Freitext, Zeichen', en: 'Free text, characters', pl: 'Tekst, znaki' }]);
    if ('noAnswer' in question && question.noAnswer) {
      values.push([question.kind === 'scale' || question.kind === 'number' ? NO_ANSWER_NUMBER : NO_ANSWER, NO_ANSWER_LABEL]);
    }
    for (const [value, label] of values) csv += csvLine(['', question.id, '', '', value, label.de, label.en, label.pl]);
  }
  return csv;
}

/** The responses as CSV: one row per response, in no meaningful order beyond the day. */
export function responsesCsv(definition: Definition, rows: { id: string; submitted_on: string; quality_flags: string[]; answers: Record<string, unknown> }[]): string {
  const columns = definition.questions.flatMap(questionColumns);
  let csv = csvLine(['response_id', 'submitted_on', 'quality_flags', ...columns.map((c) => c.name)]);
  for (const row of rows) {
    csv += csvLine([row.id, row.submitted_on, row.quality_flags.join('|'), ...columns.map((c) => c.value(row.answers))]);
  }
  return csv;
}

runCli(async () => {
  const { values } = parseOptions(process.argv.slice(2), { wave: { type: 'string' }, out: { type: 'string' } }, usage, ['wave', 'out']);
  const out = resolve(values.out!);
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`--out must be a folder; ${out} is a file.`);

  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  let definition: Definition;
  let rows;
  try {
    // One read-only snapshot: the codebook and the answers belong together.
    await client.query('begin isolation level repeatable read read only');
    const found = await client.query('select w.id, d.definition from public.survey_waves w join public.survey_definitions d on d.wave_id = w.id where w.slug = $1', [values.wave]);
    if (found.rowCount === 0) throw new UsageError(`There is no wave "${values.wave}" with a definition.`);
    definition = parseDefinition(found.rows[0].definition, `definition of wave "${values.wave}" in the database`);
    rows = (
      await client.query(
        `select id, to_char(submitted_on, 'YYYY-MM-DD') as submitted_on, quality_flags, answers
         from public.survey_responses where wave_id = $1 order by submitted_on, id`,
        [found.rows[0].id],
      )
    ).rows;
    await client.query('commit');
  } catch (error) {
    if ((error as pg.DatabaseError).code === '42501') {
      throw new UsageError('This connection may not read responses. The export needs the privileged database connection (DATABASE_URL), not an API role.');
    }
    throw error;
  } finally {
    await client.end();
  }

  await mkdir(out, { recursive: true });
  const responsesFile = join(out, `${values.wave}-responses.csv`);
  const codebookFile = join(out, `${values.wave}-codebook.csv`);
  await writeFileAtomically(codebookFile, codebookCsv(definition));
  await writeFileAtomically(responsesFile, responsesCsv(definition, rows));
  process.stdout.write(`Wrote ${rows.length} responses to ${responsesFile}\nand the codebook to ${codebookFile}.\n`);
});
