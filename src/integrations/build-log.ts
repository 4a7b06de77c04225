// What the bundler may leave out of the build log. Editors publish by pushing a post and read
// the build log only when something went wrong; a warning that appears once per post on every
// build, and means nothing, would hide the one that matters.
import type { Rolldown } from 'vite';

/** The bundler's log entry, as far as this filter reads it. */
export type BundlerLog = Pick<Rolldown.RollupLog, 'code' | 'message'>;

/**
 * Astro 7 marks each MDX module with the directive "use astro:head-inject", and the bundler
 * (Rolldown, in Vite 8) warns about it with a code frame once per MDX file: 40 warnings for the
 * site's posts today, 1,000 in npm run bench:build. Astro reads the directive itself, so
 * nothing is lost (withastro/astro#18087, open). Only this warning is dropped: any other,
 * including other module-level directives, still reaches the log.
 */
export function isHeadInjectNoise(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Vite's build.rolldownOptions.onLog: passes every entry on except the noise above. */
export const quietBuildLog: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (level === 'warn' && isHeadInjectNoise(log)) return;
  handler(level, log);
};
