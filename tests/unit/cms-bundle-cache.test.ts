/**
 * The CMS bundle cache keeps only the bundle in use, is copied or linked whole, and takes the
 * highlighter's grammars as they are (scripts/cms/bundle.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copiedModules, copyFolder, linkFolder, removeOtherBundles } from '../../scripts/cms/bundle.ts';

let parent: string | undefined;
afterEach(() => (parent ? rm(parent, { recursive: true, force: true }) : undefined));

describe('removeOtherBundles', () => {
  it('deletes the bundles of other versions and keeps the current one and those being built', async () => {
    parent = await mkdtemp(join(tmpdir(), 'cms-bundle-'));
    const current = join(parent, '0.222.0-abcdef0123');
    for (const name of ['0.221.1-3ee732894d', '0.222.0-abcdef0123', '0.220.0-1111111111', '0.223.0-2222222222.partial-4242']) {
      await mkdir(join(parent, name, 'chunks'), { recursive: true });
    }
    expect((await removeOtherBundles(current)).sort()).toEqual(['0.220.0-1111111111', '0.221.1-3ee732894d']);
    expect((await readdir(parent)).sort()).toEqual(['0.222.0-abcdef0123', '0.223.0-2222222222.partial-4242']);
    expect(existsSync(join(current, 'chunks'))).toBe(true);
  });
});

describe('copyFolder', () => {
  it('copies every file of every subfolder, except those left out', async () => {
    parent = await mkdtemp(join(tmpdir(), 'cms-bundle-'));
    const from = join(parent, 'bundle');
    const files = { 'cms.js': 'entry', '.complete': '', 'deps/shared/a.js': 'shared', 'deps/b.js': 'b', 'assets/font.woff2': 'font' };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(from, path, '..'), { recursive: true });
      await writeFile(join(from, path), text);
    }
    await mkdir(join(from, 'empty'));
    const to = join(parent, 'dist/admin/cms');
    await copyFolder(from, to, (file) => !file.endsWith('.complete'));
    const copied = (await readdir(to, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(to.length + 1))
      .sort();
    expect(copied).toEqual(['assets/font.woff2', 'cms.js', 'deps/b.js', 'deps/shared/a.js']);
    expect(await readFile(join(to, 'deps/shared/a.js'), 'utf8')).toBe('shared');
  });
});

describe('linkFolder', () => {
  it('links every file that is kept, and copies where a link is refused', async () => {
    parent = await mkdtemp(join(tmpdir(), 'cms-bundle-'));
    const from = join(parent, 'bundle');
    for (const [path, text] of Object.entries({ 'cms.js': 'entry', '.complete': '', 'deps/shared/a.js': 'shared' })) {
      await mkdir(join(from, path, '..'), { recursive: true });
      await writeFile(join(from, path), text);
    }
    const to = join(parent, 'dist/admin/cms');
    await mkdir(to, { recursive: true });
    await writeFile(join(to, 'cms.js'), 'left over'); // a link cannot take this name: copied over it
    await linkFolder(from, to, (file) => !file.endsWith('.complete'));
    expect(existsSync(join(to, '.complete'))).toBe(false);
    expect(statSync(join(to, 'deps/shared/a.js')).ino).toBe(statSync(join(from, 'deps/shared/a.js')).ino);
    expect(await readFile(join(to, 'cms.js'), 'utf8')).toBe('entry');
    expect(statSync(join(to, 'cms.js')).ino).not.toBe(statSync(join(from, 'cms.js')).ino);
  });
});

describe('copiedModules', () => {
  it('takes each module and the neighbours it imports, renamed to .js and pointed at each other', async () => {
    parent = await mkdtemp(join(tmpdir(), 'cms-bundle-'));
    await writeFile(join(parent, 'vue.mjs'), "import css from './css.mjs'\nexport default [css, 'vue']\n");
    await writeFile(join(parent, 'css.mjs'), "export default 'css'\n//# sourceMappingURL=css.mjs.map\n");
    const files = await copiedModules([{ file: join(parent, 'vue.mjs'), folder: 'shikijs-langs' }]);
    expect(Object.fromEntries(files)).toEqual({
      'shikijs-langs/vue.js': "import css from './css.js'\nexport default [css, 'vue']\n",
      'shikijs-langs/css.js': "export default 'css'\n",
    });
  });

  it('stops at a module that imports anything but a neighbour', async () => {
    parent = await mkdtemp(join(tmpdir(), 'cms-bundle-'));
    await writeFile(join(parent, 'odd.mjs'), "import x from 'some-package'\nexport default x\n");
    await expect(copiedModules([{ file: join(parent, 'odd.mjs'), folder: 'shikijs-langs' }])).rejects.toThrow(
      /odd\.mjs imports "some-package"; scripts\/cms\/bundle\.ts copies only modules that import their neighbours/,
    );
  });
});
