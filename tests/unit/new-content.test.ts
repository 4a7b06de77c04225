/**
 * `npm run new` creates content files that the schemas accept, with a clean slug, and never
 * overwrites an existing file. The script runs as the editor would run it, into a temporary
 * content folder (`--dir`), so the real content stays untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { measureSchema } from '../../src/schemas/measure';
import { newsSchema } from '../../src/schemas/news';
import { tipSchema } from '../../src/schemas/tip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'new-content.ts');
const contentDir = mkdtempSync(path.join(os.tmpdir(), 'new-content-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

/** Runs the script with `args` and the temporary content folder. */
function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args, '--dir', contentDir], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The frontmatter of a generated file as an object. */
function frontmatterOf(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

const today = new Date();
const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

describe('npm run new', () => {
  const cases = [
    {
      kind: 'news',
      title: 'Neue Sprechstunde der Bürgerpolizei in Königshufen',
      file: 'news/neue-sprechstunde-der-buergerpolizei-in-koenigshufen.mdx',
      schema: newsSchema(z.string()),
    },
    { kind: 'tip', title: 'Schutz vor Trickbetrug an der Haustür', file: 'tips/schutz-vor-trickbetrug-an-der-haustuer.mdx', schema: tipSchema },
    { kind: 'measure', title: 'Mehr Licht auf der Straße', file: 'measures/mehr-licht-auf-der-strasse.mdx', schema: measureSchema },
  ] as const;

  for (const { kind, title, file, schema } of cases) {
    it(`creates a ${kind} draft with a valid frontmatter and prints its path`, () => {
      const { code, stdout } = runNew(kind, title);
      expect(code).toBe(0);
      const created = path.join(contentDir, file);
      expect(stdout).toContain(path.relative(ROOT, created));

      const result = schema.safeParse(frontmatterOf(created));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      const data = result.data as { title: string; summary: string; draft: boolean };
      expect(data.title).toBe(title);
      expect(data.draft).toBe(true);
      // The placeholder is recognisable, yet long enough for the schema.
      expect(data.summary).toMatch(/^Kurzfassung: /);
    });
  }

  it('dates a news post today', () => {
    const data = frontmatterOf(path.join(contentDir, cases[0].file)) as { date: unknown };
    expect(String(data.date)).toBe(todayIso);
  });

  it('refers tips to a contact that exists', () => {
    const data = frontmatterOf(path.join(contentDir, cases[1].file)) as { advice: { contact: string }[] };
    const contacts = readFileSync(path.join(ROOT, 'src', 'data', 'kontakte.yaml'), 'utf8');
    expect(contacts).toContain(`- id: ${data.advice[0].contact}\n`);
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(contentDir, cases[0].file);
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = runNew('news', cases[0].title);
    expect(code).toBe(1);
    expect(stderr).toContain('gibt es schon; sie wurde nicht überschrieben');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an unknown kind with the usage text', () => {
    const { code, stderr } = runNew('artikel', 'Ein Titel');
    expect(code).toBe(1);
    expect(stderr).toContain('Unbekannte Art „artikel“. Erlaubt sind: news, tip, measure.');
    expect(stderr).toContain('Aufruf: npm run new -- <art> "<Titel>"');
  });

  it('refuses a missing title with the usage text', () => {
    const { code, stderr } = runNew('news');
    expect(code).toBe(1);
    expect(stderr).toContain('Der Titel fehlt.');
    expect(stderr).toContain('Aufruf: npm run new');
  });

  it('refuses a title too long for link previews', () => {
    const { code, stderr } = runNew('news', 'Wort '.repeat(20));
    expect(code).toBe(1);
    expect(stderr).toContain('höchstens 90');
  });
});
