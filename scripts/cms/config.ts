/**
 * Builds the Sveltia CMS configuration (`public/admin/config.yml`) from the content schemas, the
 * vocabulary and the contacts file, so the editor in the browser asks for exactly what the build
 * accepts: the same fields, required fields, lengths and allowed values. Labels and help texts
 * are in `labels.ts`. `npm run cms:config` writes the file; `tests/unit/cms-config.test.ts` fails
 * when the committed file differs from what this module builds.
 */
import { readFileSync } from 'node:fs';
import { Document, parse, type Scalar, type YAMLMap } from 'yaml';
import { z } from 'zod';
import type { CmsConfig, Field } from '@sveltia/cms';
import * as vocabulary from '../../src/data/vocabulary.ts';
import { SLUG_MAX_LENGTH } from '../../src/lib/slug.ts';
import { IMAGE_MAX_BYTES } from '../../src/schemas/image.ts';
import { measureSchema } from '../../src/schemas/measure.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { tipSchema } from '../../src/schemas/tip.ts';
import { bodyText, collectionTexts, type FieldText } from './labels.ts';

/** A JSON Schema node as `z.toJSONSchema` writes it (only the keywords used here). */
interface JsonNode {
  type?: string;
  enum?: string[];
  format?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonNode;
  properties?: Record<string, JsonNode>;
  required?: string[];
}

/** The content collections the CMS edits, with their frontmatter schema and page address. */
export const cmsCollections = {
  // The image helper of the real collection is a string path here, which is what the CMS writes.
  news: { schema: newsSchema(z.string()), path: 'aktuelles' },
  tips: { schema: tipSchema, path: 'praevention' },
  measures: { schema: measureSchema, path: 'massnahmen' },
} as const;

/**
 * A valid slug: what `slugify()` in `src/lib/slug.ts` produces. The CMS suggests one from the
 * title with its own transliteration (`slug` options below; ö → oe, ß → ss, checked by
 * tests/e2e/admin.spec.ts) and lets the editor change it before the first save; this pattern
 * refuses what the site would not produce.
 */
export const SLUG_PATTERN = `^(?=.{1,${SLUG_MAX_LENGTH}}$)[a-z0-9]+(-[a-z0-9]+)*$`;

/** Strings longer than this get a multi-line text box instead of a single line. */
const MULTILINE_FROM = 200;

/** The vocabularies of `src/data/vocabulary.ts`, to label enum values with their German names. */
const vocabularies = Object.values(vocabulary).filter((value) => typeof value === 'object') as Record<
  string,
  vocabulary.Labels
>[];

/** German labels for the values of an enum, taken from the vocabulary with exactly these keys. */
function enumOptions(values: string[]): { label: string; value: string }[] {
  const key = [...values].sort().join('|');
  const source = vocabularies.find((entry) => Object.keys(entry).sort().join('|') === key);
  if (!source) throw new Error(`No vocabulary in src/data/vocabulary.ts has exactly the values ${values.join(', ')}.`);
  return values.map((value) => ({ label: source[value]!.de, value }));
}

/**
 * The contacts editors may pick for advice, labelled with their German names: every entry of
 * the contacts file except the legal ones (imprint, data protection), which are no advice.
 */
function contactOptions(): { label: string; value: string }[] {
  const contacts = parse(readFileSync(new URL('../../src/data/kontakte.yaml', import.meta.url), 'utf8')) as {
    id: string;
    group: string;
    name: { de: string };
  }[];
  return contacts
    .filter((contact) => contact.group !== 'rechtliches')
    .map((contact) => ({ label: contact.name.de, value: contact.id }));
}

/** The schema inside optional/default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (['optional', 'default', 'nullable', 'prefault'].includes(inner._zod.def.type)) {
    inner = (inner._zod.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return inner;
}

/** The shape of an object schema (also inside wrappers and lists). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  if (inner._zod.def.type === 'array') return shapeOf((inner._zod.def as unknown as { element: z.ZodType }).element);
  return (inner as unknown as z.ZodObject).shape;
}

/** Length and count limits of the schema as CMS options. */
function limits(json: JsonNode): Record<string, number> {
  const result: Record<string, number> = {};
  // minLength 1 only means "not empty", which `required` already says.
  if (json.minLength !== undefined && json.minLength > 1) result.minlength = json.minLength;
  if (json.maxLength !== undefined) result.maxlength = json.maxLength;
  return result;
}

/** Counts of a list as CMS options. */
function counts(json: JsonNode): Record<string, number> {
  const result: Record<string, number> = {};
  if (json.minItems !== undefined) result.min = json.minItems;
  if (json.maxItems !== undefined) result.max = json.maxItems;
  return result;
}

/** A text input: one line or several, a web address with the schema's rule for https. */
function textInput(schema: z.ZodType, json: JsonNode): Record<string, unknown> {
  if (json.format === 'uri') {
    // httpsUrl() refuses http://, which JSON Schema cannot express; ask the schema itself.
    const httpsOnly = !unwrap(schema).safeParse('http://beispiel.de').success;
    return {
      widget: 'string',
      type: 'url',
      ...(httpsOnly ? { pattern: ['^https://', 'Die Adresse muss mit https:// beginnen.'] } : {}),
    };
  }
  const multiline = (json.maxLength ?? 0) > MULTILINE_FROM;
  return { widget: multiline ? 'text' : 'string', ...limits(json) };
}

/** The CMS field for the schema field `name`. */
function cmsField(name: string, schema: z.ZodType, json: JsonNode, required: boolean, text: FieldText | undefined, where: string): Field {
  if (!text) throw new Error(`${where}.${name} has no label in scripts/cms/labels.ts.`);
  const inner = unwrap(schema);
  const base = {
    name,
    label: text.label,
    hint: text.hint,
    required,
    ...(json.default !== undefined ? { default: json.default } : {}),
    ...(text.cmsDefault !== undefined ? { default: text.cmsDefault } : {}),
  };
  const kind = inner._zod.def.type;

  if (text.input === 'image') return { ...base, widget: 'image', choose_url: false } as Field;
  if (text.input === 'contact') return { ...base, widget: 'select', options: contactOptions() } as Field;
  if (text.input === 'relation-tips') {
    return {
      ...base,
      widget: 'relation',
      collection: 'tips',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
    } as Field;
  }
  if (kind === 'date') return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' } as Field;
  if (kind === 'boolean') return { ...base, widget: 'boolean' } as Field;
  if (json.enum) return { ...base, widget: 'select', options: enumOptions(json.enum) } as Field;
  if (kind === 'object') {
    return { ...base, widget: 'object', fields: cmsFields(schema, json, text.fields, `${where}.${name}`) } as Field;
  }
  if (kind === 'array') {
    const items = json.items ?? {};
    const element = (inner._zod.def as unknown as { element: z.ZodType }).element;
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: enumOptions(items.enum), ...counts(json) } as Field;
    const list = { ...base, widget: 'list', label_singular: text.itemLabel, ...counts(json) };
    if (items.type === 'object') {
      return { ...list, fields: cmsFields(element, items, text.fields, `${where}.${name}`) } as Field;
    }
    const itemField = { name: 'item', label: text.itemLabel ?? text.label, ...textInput(element, items) };
    return { ...list, field: itemField } as Field;
  }
  if (kind === 'string') return { ...base, ...textInput(schema, json) } as Field;
  throw new Error(`${where}.${name}: no CMS input for the schema type "${kind}".`);
}

/** The CMS fields of an object schema, in the schema's order. */
function cmsFields(schema: z.ZodType, json: JsonNode, texts: Record<string, FieldText> | undefined, where: string): Field[] {
  const shape = shapeOf(schema);
  const node = json.type === 'array' ? (json.items ?? {}) : json;
  const extra = Object.keys(texts ?? {}).filter((key) => !(key in shape));
  if (extra.length > 0) throw new Error(`${where}: labels for fields the schema does not have: ${extra.join(', ')}.`);
  return Object.entries(shape).map(([name, field]) => {
    const property = node.properties?.[name] ?? {};
    const required = (node.required ?? []).includes(name) && property.default === undefined;
    return cmsField(name, field, property, required, texts?.[name], where);
  });
}

/** The JSON Schema of a frontmatter schema as the editor writes it (input side). */
function inputJsonSchema(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
}

/** The CMS collection for one content collection. */
function cmsCollection(name: keyof typeof cmsCollections) {
  const { schema, path } = cmsCollections[name];
  const text = collectionTexts[name];
  return {
    name,
    label: text.label,
    label_singular: text.labelSingular,
    description: text.description,
    folder: `src/content/${name}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    create: true,
    slug: {
      template: '{{title}}',
      editable: ['create'],
      hint:
        'Der Dateiname und Teil der Adresse: klein geschrieben, Umlaute ausgeschrieben (ä → ae, ö → oe, ü → ue, ß → ss), ' +
        `Wörter mit Bindestrich, höchstens ${SLUG_MAX_LENGTH} Zeichen. Nach dem Veröffentlichen nicht mehr ändern.`,
      pattern: [
        SLUG_PATTERN,
        'Nur a–z, 0–9 und einzelne Bindestriche; Umlaute ausschreiben (ä → ae, ß → ss).',
      ],
    },
    preview_path: `${path}/{{slug}}/`,
    // Pictures of news posts sit next to the posts, where Astro's image() finds them.
    ...(name === 'news' ? { media_folder: 'bilder', public_folder: './bilder' } : {}),
    fields: [
      ...cmsFields(schema, inputJsonSchema(schema), text.fields, name),
      { name: 'body', label: bodyText.label, hint: bodyText.hint, widget: 'markdown', modes: ['raw'] },
    ],
  };
}

/**
 * The production backend: the partners' GitLab, e.g. openCode. Every value is a placeholder
 * ("zu bestätigen"). A self-hosted `api_root` also keeps the CMS from polling gitlab.com's
 * status page, which it does only for gitlab.com itself.
 */
export const backend = {
  name: 'gitlab',
  repo: 'zu-bestaetigen/sicherheitspartnerschaft-goerlitz',
  branch: 'main',
  api_root: 'https://gitlab.opencode.de/api/v4',
  base_url: 'https://gitlab.opencode.de',
  auth_type: 'pkce',
  app_id: 'zu-bestaetigen',
} as const;

/** Backend values the partners still have to confirm; marked in the file. */
const UNCONFIRMED = ['repo', 'branch', 'api_root', 'base_url', 'app_id'] as const;

/** The whole CMS configuration as an object. */
export function buildCmsConfig(): CmsConfig {
  return {
    backend,
    publish_mode: 'simple',
    app_title: 'Redaktion – Sicherheitspartnerschaft Görlitz',
    logo: { src: '/favicon.svg' },
    // Pictures used inside the text (not the news image, which sits next to its post).
    media_folder: 'public/bilder',
    public_folder: '/bilder',
    // The build refuses larger pictures (src/schemas/image.ts); the CMS refuses them at upload,
    // with its own German message naming the limit, so they never reach Git.
    media_libraries: { default: { config: { max_file_size: IMAGE_MAX_BYTES } } },
    slug: { encoding: 'ascii', clean_accents: true, maxlength: SLUG_MAX_LENGTH },
    // An optional field left empty is left out instead of written as "", which the schemas refuse.
    output: { omit_empty_optional_fields: true },
    collections: (Object.keys(cmsCollections) as (keyof typeof cmsCollections)[]).map(cmsCollection) as CmsConfig['collections'],
  };
}

/** Address of the CMS's own JSON Schema, named in the file for editors' YAML tools (not loaded by the CMS). */
const SCHEMA_URL = 'https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json';

const HEADER = `yaml-language-server: $schema=${SCHEMA_URL}

Konfiguration des Redaktionssystems (Sveltia CMS) unter /admin/.
NICHT VON HAND ÄNDERN: erzeugt von scripts/cms/config.ts aus den Schemas in src/schemas/,
src/data/vocabulary.ts und src/data/kontakte.yaml. Neu erzeugen mit: npm run cms:config`;

const BACKEND_COMMENT = ` Produktion: das Git-Hosting der Partner. Alle mit „zu bestätigen“ markierten Werte sind
 Platzhalter (siehe docs/redaktion.md, Abschnitt „Das Redaktionssystem im Browser“); ändern Sie
 sie in scripts/cms/config.ts, nicht hier. Lokal braucht es diesen Block nicht: Unter
 http://localhost:4321/admin/ bietet das CMS „Mit lokalem Repository arbeiten“ an.

 GitLab (hier: openCode, zu bestätigen): OAuth-Anwendung mit Redirect-URI
 https://<Domain der Website>/admin/, Scope api, ohne Client-Secret (PKCE); ihre ID als app_id.
 Bei gitlab.com fallen api_root und base_url weg; das CMS fragt dann nach der Anmeldung
 regelmäßig die Statusseite von gitlab.com ab (eine Anfrage an einen Dritten).

 Forgejo/Gitea statt GitLab (zu bestätigen):
   name: gitea
   repo: <organisation>/<repository>
   api_root: https://<forgejo-host>/api/v1
   base_url: https://<forgejo-host>
   app_id: <OAuth-Client-ID>

 GitHub statt GitLab (zu bestätigen; braucht einen OAuth-Vermittler wie Sveltia CMS Authenticator):
   name: github
   repo: <organisation>/<repository>
   base_url: https://<Adresse des OAuth-Vermittlers>`;

/** The configuration as the text of `public/admin/config.yml`. */
export function cmsConfigYaml(): string {
  const document = new Document(buildCmsConfig());
  document.commentBefore = HEADER
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');
  const backendPair = (document.contents as YAMLMap).items.find((pair) => (pair.key as Scalar).value === 'backend');
  if (backendPair) (backendPair.key as Scalar).commentBefore = BACKEND_COMMENT;
  for (const key of UNCONFIRMED) (document.getIn(['backend', key], true) as Scalar).comment = ' zu bestätigen';
  return document.toString({ lineWidth: 0 });
}
