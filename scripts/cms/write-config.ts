/**
 * Writes `public/admin/config.yml`, the configuration of the editor in the browser, from the
 * content schemas (see `config.ts`). Run it after changing a schema, the vocabulary, the
 * contacts or `labels.ts`:
 *
 *   npm run cms:config
 *
 * The unit tests fail while the committed file is out of date.
 */
import { registerHooks } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// The schemas import each other without file extensions (as Astro and vitest resolve them);
// Node needs the `.ts` added.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

const { cmsConfigYaml } = await import('./config.ts');
const target = new URL('../../public/admin/config.yml', import.meta.url);
await writeFile(target, cmsConfigYaml());
console.log(`Geschrieben: ${fileURLToPath(target)}`);
