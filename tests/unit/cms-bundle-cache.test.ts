/** The CMS bundle cache keeps only the bundle in use (scripts/cms/bundle.ts). */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeOtherBundles } from '../../scripts/cms/bundle.ts';

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
