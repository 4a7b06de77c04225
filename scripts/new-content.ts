/**
 * Creates a new news post, prevention tip or measure with a frontmatter skeleton that the
 * content schemas accept, so an editor starts from a file that builds and only has to replace
 * the placeholders. New files are drafts: they show in `npm start` and stay out of the site
 * until `draft: false`.
 *
 *   npm run new -- news "Titel der Meldung"
 *   npm run new -- tip "Titel des Tipps"
 *   npm run new -- measure "Name der Maßnahme"
 *
 * Option `--dir <folder>` writes into another content folder than src/content (for tests).
 * Exit code 0 on success (the new file's path on stdout), 1 with a German message otherwise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { audiences, goals, issuers, keysOf, measureStatuses, newsTags, tipTopics } from '../src/data/vocabulary.ts';
import { slugify } from '../src/lib/slug.ts';
// The schemas' `title` limit, checked here too so the editor learns it at once.
import { TITLE_MAX } from '../src/schemas/limits.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The kinds of content the script creates and the folder each lives in. */
const KINDS = { news: 'news', tip: 'tips', measure: 'measures' } as const;
type Kind = keyof typeof KINDS;

const USAGE = `Aufruf: npm run new -- <art> "<Titel>"

  <art>    news     Meldung (src/content/news/)
           tip      Tipp zur Vorbeugung (src/content/tips/)
           measure  Maßnahme (src/content/measures/)
  <Titel>  Überschrift in Anführungszeichen, höchstens ${TITLE_MAX} Zeichen

Beispiel: npm run new -- news "Neue Sprechstunde der Bürgerpolizei"`;

/** A problem the editor can fix; shown without a stack trace. */
class EditorError extends Error {}

/** A YAML string in double quotes; JSON string syntax is valid YAML. */
const quoted = (text: string) => JSON.stringify(text);

/** A comment that lists the allowed values of a field. */
const allowed = (vocabulary: Record<string, unknown>) => `# erlaubt: ${Object.keys(vocabulary).join(', ')}`;

/** Today in the editor's calendar (local time), as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Placeholders are real sentences long enough for the schemas (summary: at least 40 characters)
// and say plainly that they must be replaced, so a forgotten one is obvious on the preview page.
const SUMMARY = 'Kurzfassung: Ersetzen Sie diesen Text durch ein bis zwei Sätze (40 bis 240 Zeichen).';
const SOURCE = 'Quelle: Ersetzen Sie dies durch den Titel der Quelle und ergänzen Sie ihre Adresse unter url';

/** The frontmatter lines of a new file of `kind`. */
function frontmatter(kind: Kind, title: string, date: string): string[] {
  const head = [`title: ${quoted(title)}`, `summary: ${quoted(SUMMARY)}`];
  const draft = ['# Entwurf: nur in der Vorschau (npm start) sichtbar. Zum Veröffentlichen auf false setzen.', 'draft: true'];
  switch (kind) {
    case 'news':
      return [
        ...head,
        `# Tag der Veröffentlichung (JJJJ-MM-TT); ein Datum in der Zukunft erscheint erst an diesem Tag.`,
        `date: ${date}`,
        `issuer: gemeinsam ${allowed(issuers)}`,
        `tags: [${keysOf(newsTags)[0]}] ${allowed(newsTags)}`,
        '# Passende Tipps: Dateinamen aus src/content/tips/ ohne .mdx, z. B. [einbruchschutz]',
        'relatedTips: []',
        '# Bild (optional): Datei neben diese Datei legen und Alternativtext schreiben:',
        '# image:',
        '#   src: ./bild.jpg',
        '#   alt: "Was auf dem Bild zu sehen ist"',
        '# Quellen: - title: "…" und url: "https://…"',
        'sources: []',
        ...draft,
      ];
    case 'tip':
      return [
        ...head,
        `topic: ${keysOf(tipTopics)[0]} ${allowed(tipTopics)}`,
        `audiences: [alle] ${allowed(audiences)}`,
        'featured: false',
        '# 3 bis 8 Punkte: was man selbst tun kann',
        'checklist:',
        `  - ${quoted('Erster Punkt: Ersetzen Sie diesen Text.')}`,
        `  - ${quoted('Zweiter Punkt: Ersetzen Sie diesen Text.')}`,
        `  - ${quoted('Dritter Punkt: Ersetzen Sie diesen Text.')}`,
        '# Mindestens 2 Punkte: was zu tun ist, wenn es passiert ist',
        'ifItHappens:',
        `  - ${quoted('Erster Schritt: Ersetzen Sie diesen Text.')}`,
        `  - ${quoted('Zweiter Schritt: Ersetzen Sie diesen Text.')}`,
        '# Beratung: eine id aus src/data/kontakte.yaml (contact) oder name, description, url',
        'advice:',
        '  - contact: polizei-beratung',
        'sources:',
        `  - title: ${quoted(SOURCE)}`,
        '# Tag der letzten inhaltlichen Prüfung (JJJJ-MM-TT)',
        `reviewed: ${date}`,
        ...draft,
      ];
    case 'measure':
      return [
        ...head,
        `status: geplant ${allowed(measureStatuses)}`,
        `goals: [${keysOf(goals)[0]}] ${allowed(goals)}`,
        `responsible: gemeinsam ${allowed(issuers)}`,
        '# true erst, wenn die Partner die Maßnahme bestätigt haben',
        'confirmed: false',
        'sources: []',
        ...draft,
      ];
  }
}

/** The text below the frontmatter: a reminder of the structure instead of an empty page. */
const BODY = `Ersetzen Sie diesen Absatz durch den Text. Schreiben Sie kurze Sätze und erklären Sie
Fachwörter. Hinweise: docs/redaktion.md.

## Zwischenüberschrift

Weiterer Text.
`;

/** The whole file for a new entry of `kind`. */
function newFileText(kind: Kind, title: string, date: string): string {
  return ['---', ...frontmatter(kind, title, date), '---', '', BODY].join('\n');
}

/** Reads the command line: kind, title and the optional target folder. */
function parseArguments(argv: string[]): { kind: Kind; title: string; contentDir: string } {
  const rest = [...argv];
  let contentDir = path.join(ROOT, 'src', 'content');
  const dirIndex = rest.indexOf('--dir');
  if (dirIndex !== -1) {
    const value = rest[dirIndex + 1];
    if (!value) throw new EditorError(`Nach --dir fehlt der Ordner.\n\n${USAGE}`);
    contentDir = path.resolve(value);
    rest.splice(dirIndex, 2);
  }
  const [kind, ...titleWords] = rest;
  if (kind === undefined) throw new EditorError(USAGE);
  if (!Object.hasOwn(KINDS, kind)) {
    throw new EditorError(`Unbekannte Art „${kind}“. Erlaubt sind: ${Object.keys(KINDS).join(', ')}.\n\n${USAGE}`);
  }
  // Several words without quotes are taken as one title rather than refused.
  const title = titleWords.join(' ').trim();
  if (title === '') throw new EditorError(`Der Titel fehlt.\n\n${USAGE}`);
  if (title.length > TITLE_MAX) {
    throw new EditorError(
      `Der Titel ist ${title.length} Zeichen lang; erlaubt sind höchstens ${TITLE_MAX}, ` +
        'damit er in Linkvorschauen nicht abgeschnitten wird. Kürzen Sie ihn.',
    );
  }
  return { kind: kind as Kind, title, contentDir };
}

/** Creates the file and returns its path; refuses to overwrite an existing one. */
async function create({ kind, title, contentDir }: { kind: Kind; title: string; contentDir: string }) {
  const slug = slugify(title);
  if (slug === '') {
    throw new EditorError('Aus diesem Titel lässt sich kein Dateiname bilden. Verwenden Sie Buchstaben oder Ziffern.');
  }
  const dir = path.join(contentDir, KINDS[kind]);
  const file = path.join(dir, `${slug}.mdx`);
  await mkdir(dir, { recursive: true });
  try {
    // 'wx' fails if the file exists, so an existing text is never overwritten.
    await writeFile(file, newFileText(kind, title, today()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new EditorError(
        `Die Datei ${path.relative(process.cwd(), file)} gibt es schon; sie wurde nicht überschrieben. ` +
          'Wählen Sie einen anderen Titel oder bearbeiten Sie die vorhandene Datei.',
      );
    }
    throw error;
  }
  return file;
}

try {
  const file = await create(parseArguments(process.argv.slice(2)));
  console.log(`Angelegt: ${path.relative(process.cwd(), file)}`);
  console.log('Ersetzen Sie die Platzhalter; die Datei ist ein Entwurf (draft: true) und erscheint nur in npm start.');
} catch (error) {
  if (!(error instanceof EditorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
