/**
 * What the editor sees in the CMS for each field of the content schemas: a German label, a help
 * text, and where the schema alone does not say it, the kind of input. Everything else (required,
 * lengths, allowed values, defaults) comes from the schemas themselves, see `config.ts`. Every
 * field of a schema needs an entry here and every entry a field; the generator and
 * `tests/unit/cms-config.test.ts` refuse a mismatch.
 */
import { TITLE_MAX } from '../../src/schemas/common.ts';
import { formatFileSize, IMAGE_MAX_BYTES } from '../../src/schemas/image.ts';

/** The CMS text and input for one schema field. */
export interface FieldText {
  /** Label above the input. */
  label: string;
  /** One or two sentences under the input: what to write, with an example. */
  hint: string;
  /**
   * The input where the schema's type does not decide it: `image` for a picture, `relation` for a
   * reference to a tip, `contact` for an id of `src/data/kontakte.yaml`.
   */
  input?: 'image' | 'relation-tips' | 'contact';
  /** Default for new entries in the CMS when it differs from the schema's (explained in `hint`). */
  cmsDefault?: unknown;
  /** Label of one item of a list. */
  itemLabel?: string;
  /** The fields of an object, or of each object in a list. */
  fields?: Record<string, FieldText>;
}

/** The CMS text of one collection. */
export interface CollectionText {
  label: string;
  labelSingular: string;
  description: string;
  fields: Record<string, FieldText>;
}

const title: FieldText = {
  label: 'Titel',
  hint: `Die Überschrift, höchstens ${TITLE_MAX} Zeichen. Kurz und konkret, damit sie in Linkvorschauen nicht abgeschnitten wird.`,
};

const summary: FieldText = {
  label: 'Kurzfassung',
  hint: 'Ein bis zwei Sätze für Listen, Suche, RSS-Feed und Linkvorschauen.',
};

const sources: FieldText = {
  label: 'Quellen',
  hint: 'Woher die Angaben stammen. Jede Zahl nennt ihre Quelle.',
  itemLabel: 'Quelle',
  fields: {
    title: { label: 'Titel der Quelle', hint: 'Zum Beispiel „Polizeidirektion Görlitz, Pressemitteilung vom 9. Februar 2023“.' },
    url: { label: 'Adresse', hint: 'Nur wenn die Quelle online ist, vollständig mit https://.' },
  },
};

const draft: FieldText = {
  label: 'Entwurf',
  hint:
    'Eingeschaltet: nur in der Vorschau (npm start) sichtbar, nicht auf der Website. ' +
    'Neue Einträge beginnen als Entwurf; zum Veröffentlichen ausschalten.',
  cmsDefault: true,
};

/** The collections the CMS edits, by the name of their content collection. */
export const collectionTexts = {
  news: {
    label: 'Meldungen',
    labelSingular: 'Meldung',
    description: 'Meldungen und Pressemitteilungen der Stadt Görlitz und der Polizeidirektion Görlitz.',
    fields: {
      title,
      summary,
      date: {
        label: 'Datum der Veröffentlichung',
        hint: 'Ein Tag in der Zukunft plant die Meldung: Sie erscheint beim ersten Build an oder nach diesem Tag.',
        cmsDefault: '{{now}}',
      },
      issuer: { label: 'Herausgeber', hint: 'Wer die Meldung herausgibt.' },
      tags: { label: 'Themen', hint: 'Mindestens ein Thema. Jedes Thema hat eine eigene Liste auf der Website.' },
      relatedTips: {
        label: 'Passende Tipps',
        hint: 'Tipps zur Vorbeugung, die unter der Meldung erscheinen.',
        input: 'relation-tips',
      },
      image: {
        label: 'Bild',
        hint:
          `Optional. JPG oder PNG, etwa 1600 Pixel breit, höchstens ${formatFileSize(IMAGE_MAX_BYTES)} groß, ` +
          'ohne erkennbare Personen ohne deren Zustimmung.',
        fields: {
          src: { label: 'Bilddatei', hint: 'Die Datei wird neben der Meldung gespeichert.', input: 'image' },
          alt: {
            label: 'Alternativtext',
            hint:
              'Pflicht. Beschreiben Sie in einem Satz, was auf dem Bild für die Meldung wichtig ist, ' +
              'z. B. „Zwei Polizistinnen im Gespräch mit Anwohnern auf dem Marienplatz.“ Nicht „Bild von …“.',
          },
        },
      },
      sources,
      draft,
    },
  },
  tips: {
    label: 'Tipps zur Vorbeugung',
    labelSingular: 'Tipp',
    description: 'Tipps zur Vorbeugung mit Checkliste, was im Ernstfall zu tun ist, und Beratungsstellen.',
    fields: {
      title,
      summary,
      topic: { label: 'Thema', hint: 'Unter diesem Thema steht der Tipp auf der Seite „Prävention“.' },
      audiences: { label: 'Zielgruppen', hint: 'Für wen der Tipp geschrieben ist; mindestens eine Gruppe.' },
      featured: { label: 'Auf der Startseite zeigen', hint: 'Eingeschaltet: Der Tipp erscheint auf der Startseite.' },
      checklist: {
        label: 'Checkliste',
        hint: 'Was man selbst tun kann, in kurzen Punkten.',
        itemLabel: 'Punkt',
      },
      ifItHappens: {
        label: 'Wenn es passiert ist',
        hint: 'Was zu tun ist, wenn es passiert ist.',
        itemLabel: 'Schritt',
      },
      advice: {
        label: 'Beratung und Hilfe',
        hint: 'Wo es kostenlose Beratung gibt: am besten ein Eintrag aus dem Kontaktverzeichnis, sonst Name und Angaben.',
        itemLabel: 'Beratungsstelle',
        fields: {
          contact: {
            label: 'Aus dem Kontaktverzeichnis',
            hint: 'Ein Eintrag aus src/data/kontakte.yaml. Dann sind Name und die übrigen Angaben nicht nötig.',
            input: 'contact',
          },
          name: { label: 'Name', hint: 'Nur ohne Eintrag aus dem Kontaktverzeichnis, z. B. „Polizeiliche Beratungsstelle“.' },
          description: { label: 'Beschreibung', hint: 'Was die Stelle anbietet, in einem Satz.' },
          phone: { label: 'Telefon', hint: 'Die Nummer so, wie sie gewählt wird.' },
          url: { label: 'Webadresse', hint: 'Vollständig mit https://.' },
        },
      },
      sources: { ...sources, hint: `${sources.hint} Mindestens eine Quelle.` },
      reviewed: {
        label: 'Zuletzt geprüft',
        hint: 'Tag, an dem der Inhalt zuletzt fachlich geprüft wurde.',
        cmsDefault: '{{now}}',
      },
      draft,
    },
  },
  measures: {
    label: 'Maßnahmen',
    labelSingular: 'Maßnahme',
    description: 'Was die Partner tun, wie weit es ist und was die Auswertung ergeben hat.',
    fields: {
      title: { ...title, label: 'Name der Maßnahme' },
      summary,
      status: { label: 'Stand', hint: 'Bei „Evaluiert“ ist das Ergebnis der Evaluation Pflicht.' },
      goals: { label: 'Ziele', hint: 'Welchen Zielen der Absichtserklärung die Maßnahme dient; mindestens eines.' },
      responsible: { label: 'Verantwortlich', hint: 'Wer für die Maßnahme verantwortlich ist.' },
      workingGroup: { label: 'Arbeitsgruppe', hint: 'Optional: die Arbeitsgruppe, die sie umsetzt.' },
      start: { label: 'Beginn', hint: 'Optional, wenn bekannt.' },
      end: { label: 'Ende', hint: 'Optional, wenn bekannt. Nicht vor dem Beginn.' },
      evaluation: {
        label: 'Ergebnis der Evaluation',
        hint: 'Was die Auswertung ergeben hat. Pflicht, sobald der Stand „Evaluiert“ ist.',
      },
      confirmed: {
        label: 'Von den Partnern bestätigt',
        hint: 'Erst einschalten, wenn die Partner die Maßnahme bestätigt haben. Bis dahin steht auf der Seite „zu bestätigen“.',
      },
      sources,
      draft,
    },
  },
} satisfies Record<string, CollectionText>;

/** Label and hint of the body text, which is not part of the frontmatter schemas. */
export const bodyText: FieldText = {
  label: 'Text',
  hint:
    'Der Beitrag in Markdown: Zwischenüberschriften mit ##, Listen mit -, Links mit aussagekräftigem Text. ' +
    'Die Bausteine Hinweis, Kontakt und Diagramm beschreibt docs/redaktion.md im Abschnitt „Bausteine im Text“.',
};
