/** The figures the runtime benches give for a set of measurements (frame times, or one figure over runs). */

/** The nearest-rank percentile of values sorted ascending (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Longer than one display frame (60 Hz, with rAF's jitter): what a frame time's 95th percentile is made of. */
export const LONG_FRAME_MS = 20;

/** Median, 95th percentile, worst and how many are longer than one display frame, of frame times in any order. */
export function frameStats(frames: number[]): { median: number; p95: number; worst: number; long: number } {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    worst: sorted.at(-1) ?? Number.NaN,
    long: frames.filter((ms) => ms > LONG_FRAME_MS).length,
  };
}
