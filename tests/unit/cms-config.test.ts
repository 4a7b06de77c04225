/**
 * The CMS configuration `public/admin/config.yml`: up to date with the generator, valid against
 * the JSON Schema that ships with @sveltia/cms, and in agreement with the content schemas — the
 * same fields, and what the CMS lets an editor save is what the build accepts (checked by
 * filling the CMS fields and running the result through the zod schemas, not by re-reading the
 * generator's own logic).
 */
import Ajv from 'ajv';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { cmsCollections, cmsConfigYaml, SLUG_PATTERN } from '../../scripts/cms/config';
import { adminContentSecurityPolicy } from '../../scripts/cms/csp';
import { slugify } from '../../src/lib/slug';
import { newsSchema } from '../../src/schemas/news';

const CONFIG_FILE = new URL('../../public/admin/config.yml', import.meta.url);
const CMS_SCHEMA_FILE = new URL('../../node_modules/@sveltia/cms/schema/sveltia-cms.json', import.meta.url);

/** A field of the CMS configuration, as far as these tests read it. */
interface CmsField {
  name: string;
  widget: string;
  required?: boolean;
  multiple?: boolean;
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  type?: string;
  options?: { value: string }[];
  fields?: CmsField[];
  field?: CmsField;
}

const committed = readFileSync(CONFIG_FILE, 'utf8');
const config = parse(committed) as { collections: { name: keyof typeof cmsCollections; folder: string; fields: CmsField[] }[] };

describe('public/admin/config.yml', () => {
  it('is what `npm run cms:config` writes from the current schemas', () => {
    expect(committed, 'Run `npm run cms:config` and commit public/admin/config.yml.').toBe(cmsConfigYaml());
  });

  describe("against Sveltia CMS's own JSON Schema", () => {
    let validate: ReturnType<Ajv['compile']>;
    beforeAll(() => {
      // Draft-07 schema with documentation keywords (markdownDescription) that strict mode refuses.
      const ajv = new Ajv({ strict: false, allErrors: true });
      ajv.addFormat('regex', (value: string) => {
        try {
          new RegExp(value);
          return true;
        } catch {
          return false;
        }
      });
      ajv.addFormat('uri', (value: string) => URL.canParse(value));
      validate = ajv.compile(JSON.parse(readFileSync(CMS_SCHEMA_FILE, 'utf8')));
    }, 60_000);

    it('is valid', () => {
      validate(parse(committed));
      expect(validate.errors ?? []).toEqual([]);
    });

    it('would catch an option the CMS does not know', () => {
      expect(validate({ ...parse(committed), local_backend: true })).toBe(false);
    });
  });

  it('edits exactly the news, tips and measures collections, in their content folders', () => {
    expect(config.collections.map(({ name, folder }) => [name, folder])).toEqual([
      ['news', 'src/content/news'],
      ['tips', 'src/content/tips'],
      ['measures', 'src/content/measures'],
    ]);
  });
});

/** The schema inside optional/default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (['optional', 'default'].includes(inner._zod.def.type)) {
    inner = (inner._zod.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return inner;
}

/** Field names of an object schema, recursively: `image.alt`, `sources.url` … */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (inner._zod.def.type === 'array') return schemaPaths((inner._zod.def as unknown as { element: z.ZodType }).element, prefix);
  if (inner._zod.def.type !== 'object') return [];
  return Object.entries((inner as unknown as z.ZodObject).shape).flatMap(([key, field]) => [
    `${prefix}${key}`,
    ...schemaPaths(field, `${prefix}${key}.`),
  ]);
}

/** Field names of CMS fields, recursively, without the body text. */
function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields
    .filter((field) => !(prefix === '' && field.name === 'body'))
    .flatMap((field) => [`${prefix}${field.name}`, ...cmsPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

/** A value an editor could enter in the CMS field: the shortest the field allows. */
function sample(field: CmsField): unknown {
  switch (field.widget) {
    case 'string':
    case 'text':
      return field.type === 'url' ? 'https://beispiel.de/quelle' : 'x'.repeat(Math.max(field.minlength ?? 1, 1));
    case 'datetime':
      return '2026-03-01';
    case 'boolean':
      return false;
    case 'image':
      return './bilder/foto.jpg';
    case 'relation':
      return ['einbruchschutz'];
    case 'select': {
      const values = field.options!.map((option) => option.value);
      return field.multiple ? values.slice(0, Math.max(field.min ?? 1, 1)) : values[0];
    }
    case 'object':
      return sampleEntry(field.fields!);
    case 'list': {
      const count = Math.max(field.min ?? 1, 1);
      return Array.from({ length: count }, () => (field.fields ? sampleEntry(field.fields) : sample(field.field!)));
    }
    default:
      throw new Error(`No sample for widget ${field.widget}`);
  }
}

/** A whole frontmatter with every CMS field filled. */
function sampleEntry(fields: CmsField[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field.widget !== 'markdown').map((field) => [field.name, sample(field)]));
}

/** Frontmatter with one value replaced or, with `undefined`, removed. */
function withValue(entry: Record<string, unknown>, name: string, value: unknown) {
  const copy = { ...entry };
  if (value === undefined) delete copy[name];
  else copy[name] = value;
  return copy;
}

for (const collection of config.collections) {
  const { schema } = cmsCollections[collection.name];
  const fields = collection.fields.filter((field) => field.widget !== 'markdown');
  const full = sampleEntry(fields);

  describe(`collection ${collection.name}`, () => {
    it('has a CMS field for every schema field and no other', () => {
      expect(cmsPaths(collection.fields).sort()).toEqual(schemaPaths(schema).sort());
    });

    it('has the body text as its last field', () => {
      expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    });

    it('saves entries the schema accepts when every field is filled', () => {
      expect(schema.safeParse(full).error?.issues ?? []).toEqual([]);
    });

    for (const field of fields) {
      it(`marks "${field.name}" as required exactly when the schema needs it`, () => {
        const accepted = schema.safeParse(withValue(full, field.name, undefined)).success;
        expect(field.required, `required of ${field.name}`).toBe(!accepted);
      });

      if (field.widget === 'select') {
        it(`offers for "${field.name}" every value the schema allows and only those`, () => {
          for (const option of field.options!) {
            const value = field.multiple ? [option.value] : option.value;
            expect(schema.safeParse(withValue(full, field.name, value)).success, option.value).toBe(true);
          }
          const unknown = field.multiple ? ['unbekannt'] : 'unbekannt';
          expect(schema.safeParse(withValue(full, field.name, unknown)).success).toBe(false);
        });
      }

      if (field.maxlength !== undefined) {
        it(`limits "${field.name}" to the schema's ${field.maxlength} characters`, () => {
          expect(schema.safeParse(withValue(full, field.name, 'x'.repeat(field.maxlength!))).success).toBe(true);
          expect(schema.safeParse(withValue(full, field.name, 'x'.repeat(field.maxlength! + 1))).success).toBe(false);
        });
      }

      if (field.minlength !== undefined) {
        it(`asks for at least ${field.minlength} characters in "${field.name}", like the schema`, () => {
          expect(schema.safeParse(withValue(full, field.name, 'x'.repeat(field.minlength! - 1))).success).toBe(false);
        });
      }

      if (field.widget === 'list' && (field.min !== undefined || field.max !== undefined)) {
        it(`counts the items of "${field.name}" like the schema`, () => {
          const item = (full[field.name] as unknown[])[0];
          if (field.min !== undefined) {
            expect(schema.safeParse(withValue(full, field.name, Array(field.min - 1).fill(item))).success).toBe(false);
          }
          if (field.max !== undefined) {
            expect(schema.safeParse(withValue(full, field.name, Array(field.max).fill(item))).success).toBe(true);
            expect(schema.safeParse(withValue(full, field.name, Array(field.max + 1).fill(item))).success).toBe(false);
          }
        });
      }
    }

    it('asks for an alternative text with every picture', () => {
      const image = fields.find((field) => field.name === 'image');
      if (collection.name !== 'news') return expect(image).toBeUndefined();
      expect(image?.fields?.find((field) => field.name === 'alt')).toMatchObject({ required: true });
      expect(schema.safeParse(withValue(full, 'image', { src: './bilder/foto.jpg' })).success).toBe(false);
    });
  });
}

describe('size limit of pictures', () => {
  const { media_libraries } = parse(committed) as { media_libraries?: { default?: { config?: { max_file_size?: number } } } };
  const maxFileSize = media_libraries?.default?.config?.max_file_size;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-pictures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Whether the build's news schema accepts a post whose picture file has `bytes` bytes. */
  function buildAccepts(bytes: number): boolean {
    writeFileSync(path.join(dir, 'bild.jpg'), Buffer.alloc(bytes));
    const entry = sampleEntry(config.collections.find((collection) => collection.name === 'news')!.fields);
    const post = { ...entry, image: { src: './bild.jpg', alt: 'Ein Bild.' } };
    return newsSchema(z.string(), { folder: dir }).safeParse(post).success;
  }

  it('is set for uploads in the CMS', () => {
    expect(maxFileSize).toBeTypeOf('number');
  });

  it('lets the CMS upload exactly the pictures the build accepts', () => {
    expect(buildAccepts(maxFileSize!), 'a file of the CMS limit').toBe(true);
    expect(buildAccepts(maxFileSize! + 1), 'one byte more').toBe(false);
  });
});

describe('Content-Security-Policy of /admin/', () => {
  it('is the one the deploy guide shows (the browser test runs the CMS under it)', () => {
    const guide = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    expect(guide, 'Copy the policy of scripts/cms/csp.ts into docs/deploy.md.').toContain(
      `add_header Content-Security-Policy "${adminContentSecurityPolicy()}" always;`,
    );
  });

  it('lets the CMS reach the Git host of the configuration and nothing else outside the site', () => {
    const connect = /connect-src ([^;]+)/.exec(adminContentSecurityPolicy())![1]!.split(' ');
    const { backend } = parse(committed) as { backend: { api_root: string; base_url: string } };
    expect(connect.filter((source) => source.startsWith('https://'))).toEqual([...new Set([new URL(backend.api_root).origin, new URL(backend.base_url).origin])]);
  });
});

describe('slug rule of the CMS', () => {
  const pattern = new RegExp(SLUG_PATTERN);

  it('accepts what `npm run new` makes of a title', () => {
    for (const title of ['Neue Sprechstunde der Bürgerpolizei', 'Straßenfest in Görlitz – Ein Überblick', 'Łódź & Zgorzelec 2026']) {
      expect(slugify(title)).toMatch(pattern);
    }
  });

  it('refuses umlauts, capitals, spaces and doubled or outer hyphens', () => {
    for (const slug of ['görlitz', 'Goerlitz', 'neue sprechstunde', 'a--b', '-a', 'a-', 'x'.repeat(61)]) {
      expect(slug).not.toMatch(pattern);
    }
  });

  it('accepts the file names of all existing posts, tips and measures', () => {
    for (const folder of ['news', 'tips', 'measures']) {
      for (const file of readdirSync(new URL(`../../src/content/${folder}/`, import.meta.url))) {
        expect(file.replace(/\.mdx?$/, '')).toMatch(pattern);
      }
    }
  });
});
