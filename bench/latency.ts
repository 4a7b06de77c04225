// Latency statistics of npm run bench:api.

/** The value below which p % of the sorted values lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

/** One finished request: when it finished (ms since the run began) and how long it took (ms). */
export interface Sample {
  at: number;
  ms: number;
}

/**
 * Where in time the requests slower than the p99 finished: the share of them that falls into
 * the worst tenth of the run's windows (half-seconds by default), 0 when there are none.
 *
 * When the p99 comes from steady queueing, the slow requests are spread over the run and the
 * share is about 0.1. When it comes from short stalls, a process or the whole machine pausing
 * for tens of milliseconds, every request in flight finishes late at once and the share is close
 * to 1. The number tells a reader which of the two set a run's p99; it does not change it.
 */
export function tailConcentration(samples: Sample[], windowMs = 500): number {
  if (samples.length === 0) return 0;
  const p99 = percentile(samples.map((s) => s.ms).sort((a, b) => a - b), 99);
  const last = samples.reduce((latest, s) => Math.max(latest, s.at), 0); // no spread: runs hold 100,000s
  const windows = Math.floor(last / windowMs) + 1;
  const slowPerWindow = new Array<number>(windows).fill(0);
  let slow = 0;
  for (const { at, ms } of samples) {
    if (ms <= p99) continue;
    slowPerWindow[Math.floor(at / windowMs)]++;
    slow++;
  }
  if (slow === 0) return 0;
  const worst = slowPerWindow.sort((a, b) => b - a).slice(0, Math.ceil(windows / 10));
  return worst.reduce((sum, n) => sum + n, 0) / slow;
}
