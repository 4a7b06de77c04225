/**
 * The content schemas refuse bad frontmatter with a German message that names the field and
 * says what to write instead. Astro puts the file name in front of these messages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TITLE_MAX } from '../../src/schemas/common';
import { contactSchema } from '../../src/schemas/contact';
import { formatFileSize, IMAGE_MAX_BYTES } from '../../src/schemas/image';
import { measureSchema } from '../../src/schemas/measure';
import { newsSchema } from '../../src/schemas/news';
import { tipSchema } from '../../src/schemas/tip';

const news = newsSchema(z.string());

const validNews = {
  title: 'Kommunaler Präventionsrat gegründet',
  summary: 'Am 9. Februar 2023 wurde der Kommunale Präventionsrat Görlitz gegründet.',
  date: '2023-02-09',
  issuer: 'stadt',
  tags: ['praeventionsrat'],
};

/** The messages zod gives for `input`, as "path: message". */
function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('news schema', () => {
  it('accepts a valid post and fills defaults', () => {
    const parsed = news.parse(validNews);
    expect(parsed.draft).toBe(false);
    expect(parsed.relatedTips).toEqual([]);
    expect(parsed.date).toEqual(new Date('2023-02-09'));
  });

  it('names the missing summary and what to write', () => {
    const { summary: _, ...withoutSummary } = validNews;
    expect(problems(news, withoutSummary)).toEqual(['summary: „summary“ fehlt. Tragen Sie einen Text ein.']);
  });

  it('says how long a title may be', () => {
    expect(problems(news, { ...validNews, title: 'x'.repeat(91) })).toEqual([
      'title: „title“ ist zu lang. Kürzen Sie auf höchstens 90 Zeichen.',
    ]);
  });

  it('explains the date format', () => {
    expect(problems(news, { ...validNews, date: '9.2.2023x' })).toEqual([
      'date: „date“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-01.',
    ]);
  });

  it('lists the allowed tags and issuers', () => {
    expect(problems(news, { ...validNews, tags: ['sport'] })).toEqual([
      'tags.0: „tags“: „sport“ ist nicht erlaubt. Erlaubt sind: partnerschaft, asskomm, sicherheitsanalyse, praeventionsrat, statistik, praevention, befragung.',
    ]);
    expect(problems(news, { ...validNews, issuer: 'bund' })).toEqual([
      'issuer: „issuer“: „bund“ ist nicht erlaubt. Erlaubt sind: stadt, polizei, gemeinsam.',
    ]);
  });

  it('requires an alternative text for an image', () => {
    expect(problems(news, { ...validNews, image: { src: 'bild.jpg' } })).toEqual([
      'image.alt: „image.alt“ fehlt. Tragen Sie einen Text ein.',
    ]);
  });
});

describe('news schema: size of the picture file', () => {
  // The build passes the folder of the posts (src/content.config.ts); picture paths are relative
  // to it. That Astro shows these messages with the post's name is tested in
  // tests/unit/publishing-errors.test.ts.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schema-images-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const newsWithFiles = newsSchema(z.string(), { folder: dir });

  /** A post whose picture is a file of `bytes` bytes. */
  function postWithPicture(name: string, bytes: number) {
    writeFileSync(path.join(dir, name), Buffer.alloc(bytes));
    return { ...validNews, image: { src: `./${name}`, alt: 'Der Eingang des Rathauses am Untermarkt.' } };
  }

  it('accepts a picture of exactly the allowed size', () => {
    expect(problems(newsWithFiles, postWithPicture('genau.jpg', IMAGE_MAX_BYTES))).toEqual([]);
  });

  it('names the file, its size, the limit and the fix for a larger picture', () => {
    expect(problems(newsWithFiles, postWithPicture('kamera.jpg', 3_400_000))).toEqual([
      `image.src: „image.src“: Die Bilddatei „${path.join(dir, 'kamera.jpg')}“ ist 3,4 MB groß, erlaubt sind höchstens 1 MB. ` +
        'Verkleinern Sie das Bild auf etwa 1600 Pixel Breite, speichern Sie es als JPG und ersetzen Sie damit die Datei.',
    ]);
  });

  it('does not measure without the folder of the posts (CMS configuration)', () => {
    expect(problems(news, postWithPicture('ohne-ordner.jpg', 3_400_000))).toEqual([]);
  });

  it('never reports a file just over the limit as the limit itself', () => {
    expect(problems(newsWithFiles, postWithPicture('knapp.jpg', IMAGE_MAX_BYTES + 1))[0]).toContain('ist 1,1 MB groß, erlaubt sind höchstens 1 MB');
  });
});

describe('the editorial guide states the limits of the schemas', () => {
  const guide = readFileSync(new URL('../../docs/redaktion.md', import.meta.url), 'utf8');

  it('the title length', () => {
    expect(guide).toContain(`Höchstens ${TITLE_MAX} Zeichen`);
  });

  it('the size of a picture file', () => {
    expect(guide).toContain(`höchstens ${formatFileSize(IMAGE_MAX_BYTES)}`);
  });
});

describe('tip schema', () => {
  const validTip = {
    title: 'Einbruchschutz',
    summary: 'Verschlossene Türen und aufmerksame Nachbarn halten viele Einbrecher ab.',
    topic: 'zuhause',
    audiences: ['alle'],
    checklist: ['Tür abschließen.', 'Fenster schließen.', 'Nachbarn informieren.'],
    ifItHappens: ['110 anrufen.', 'Nichts anfassen.'],
    advice: [{ contact: 'beratungsstelle-polizei' }],
    sources: [{ title: 'ProPK', url: 'https://www.polizei-beratung.de' }],
    reviewed: '2026-11-27',
  };

  it('accepts a valid tip', () => {
    expect(problems(tipSchema, validTip)).toEqual([]);
  });

  it('names an unknown audience with the allowed values', () => {
    expect(problems(tipSchema, { ...validTip, audiences: ['rentner'] })).toEqual([
      'audiences.0: „audiences“: „rentner“ ist nicht erlaubt. Erlaubt sind: alle, senioren, jugendliche, eltern, gewerbe.',
    ]);
  });

  it('needs a contact or a name for each advice entry', () => {
    expect(problems(tipSchema, { ...validTip, advice: [{ phone: '110' }] })).toEqual([
      'advice.0: „advice“: Nennen Sie entweder „contact“ (eine id aus src/data/kontakte.yaml) oder „name“.',
    ]);
  });

  it('needs at least three checklist points', () => {
    expect(problems(tipSchema, { ...validTip, checklist: ['Nur einer.'] })).toEqual([
      'checklist: „checklist“ braucht mindestens 3 Punkte.',
    ]);
  });
});

describe('measure schema', () => {
  const validMeasure = {
    title: 'Gemeinsame Streifen',
    summary: 'Stadt und Polizei planen gemeinsame Streifen in Parks und Grünanlagen.',
    status: 'geplant',
    goals: ['sicherheitsgefuehl-erhoehen'],
    responsible: 'gemeinsam',
  };

  it('accepts a planned measure and marks it unconfirmed by default', () => {
    expect(measureSchema.parse(validMeasure).confirmed).toBe(false);
  });

  it('asks for the evaluation once a measure is evaluated', () => {
    expect(problems(measureSchema, { ...validMeasure, status: 'evaluiert' })).toEqual([
      'evaluation: „evaluation“ fehlt. Bei Status „evaluiert“ fassen Sie das Ergebnis der Evaluation zusammen.',
    ]);
  });

  it('refuses an end before the start', () => {
    expect(problems(measureSchema, { ...validMeasure, start: '2024-01-01', end: '2023-01-01' })).toEqual([
      'end: „end“ liegt vor „start“. Prüfen Sie die beiden Daten.',
    ]);
  });

  it('names an unknown goal', () => {
    expect(problems(measureSchema, { ...validMeasure, goals: ['mehr-polizei'] })[0]).toContain(
      '„goals“: „mehr-polizei“ ist nicht erlaubt. Erlaubt sind: kriminalitaet-reduzieren',
    );
  });
});

describe('contact schema', () => {
  it('requires the confirmation flag so no entry is silently taken as confirmed', () => {
    const contact = { id: 'x', group: 'partner', name: { de: 'Stelle' } };
    expect(problems(contactSchema, contact)).toEqual([
      'confirmed: „confirmed“ fehlt. Schreiben Sie true, wenn die Partner die Angaben bestätigt haben, sonst false.',
    ]);
    expect(problems(contactSchema, { ...contact, confirmed: false })).toEqual([]);
  });

  it('refuses ids with capitals or spaces', () => {
    expect(problems(contactSchema, { id: 'Polizei Notruf', group: 'notruf', name: { de: 'x' }, confirmed: true })).toEqual([
      'id: „id“ darf nur a–z, 0–9 und Bindestriche enthalten.',
    ]);
  });
});
