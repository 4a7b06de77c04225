import { describe, expect, it } from 'vitest';
import { percentile, tailConcentration, type Sample } from '../../bench/latency.ts';

/** 20 s of requests finishing every 2 ms, each taking `ms(at)`. */
function run(ms: (at: number) => number): Sample[] {
  return Array.from({ length: 10_000 }, (_, i) => ({ at: i * 2, ms: ms(i * 2) }));
}

describe('percentile', () => {
  it('picks the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(51);
    expect(percentile(sorted, 99)).toBe(100);
    expect(percentile([], 99)).toBeNaN();
  });
});

describe('tailConcentration', () => {
  it('stays low when the slow requests are spread over the run', () => {
    // Every 50th request is slow (2 %), some slower than others, evenly over all 40 half-seconds.
    const share = tailConcentration(run((at) => (at % 100 === 0 ? 40 + ((at / 100) % 13) : 20 + (at % 7))));
    // A tenth if they were perfectly even; a few dozen requests in 40 windows are a little lumpy.
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.3);
  });

  it('is close to 1 when stalls made them slow', () => {
    // Two stalls of 150 ms (at 5 s and 12 s) delay everything that finishes during them (1.5 %).
    const stalled = (at: number) => (at >= 5_000 && at < 5_150) || (at >= 12_000 && at < 12_150);
    const share = tailConcentration(run((at) => (stalled(at) ? 80 + (at % 5) : 20 + (at % 7))));
    expect(share).toBe(1);
  });

  it('copes with a long run', () => {
    // A minute at 5,000 requests a second: more samples than a function call takes arguments.
    const samples = Array.from({ length: 300_000 }, (_, i) => ({ at: i / 5, ms: i % 1000 === 0 ? 90 + (i % 7) : 20 }));
    expect(tailConcentration(samples)).toBeGreaterThan(0);
  });

  it('is 0 without samples or without any request slower than the p99', () => {
    expect(tailConcentration([])).toBe(0);
    expect(tailConcentration(run(() => 20))).toBe(0);
  });
});
