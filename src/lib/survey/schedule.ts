// Where a wave stands at a given moment, from its definition: before, during or after the time
// in which answers are accepted, and whether its results may be shown. Pure, so the build, the
// pages and the tests agree.
import type { Wave } from './definition.ts';

/** "upcoming" before opensAt, "open" from opensAt until closesAt, "closed" from closesAt on. */
export type WaveState = 'upcoming' | 'open' | 'closed';

/** The state of a wave at `now` (closesAt is the first moment answers are refused, as in the database). */
export function waveState(wave: Pick<Wave, 'opensAt' | 'closesAt'>, now: Date): WaveState {
  const time = now.getTime();
  if (time < Date.parse(wave.opensAt)) return 'upcoming';
  return time < Date.parse(wave.closesAt) ? 'open' : 'closed';
}

/** Whether survey_results may be published at `now`: after closing, or at once when the wave allows it. */
export function resultsPublic(wave: Pick<Wave, 'opensAt' | 'closesAt' | 'resultsAfterClose'>, now: Date): boolean {
  const state = waveState(wave, now);
  return state === 'closed' || (state === 'open' && !wave.resultsAfterClose);
}
