import { describe, expect, it } from 'vitest';
import { isHeadInjectNoise, quietBuildLog } from '../../src/integrations/build-log.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "src/content/news/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('build log', () => {
  it('recognises only the head-inject directive warning as noise', () => {
    expect(isHeadInjectNoise(headInject)).toBe(true);
    expect(isHeadInjectNoise({ ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') })).toBe(false);
    expect(isHeadInjectNoise({ ...headInject, code: 'CIRCULAR_DEPENDENCY' })).toBe(false);
  });

  it('passes every other entry on to the default handler, unchanged', () => {
    const seen: unknown[] = [];
    const handler = (level: string, log: unknown) => void seen.push([level, log]);
    const other = { code: 'EVAL', message: 'Use of eval is strongly discouraged.' };
    quietBuildLog('warn', headInject, handler);
    quietBuildLog('warn', other, handler);
    quietBuildLog('info', headInject, handler);
    expect(seen).toEqual([
      ['warn', other],
      ['info', headInject],
    ]);
  });
});
