// Small statistics for timings: medians and percentiles of samples in milliseconds.

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timing { ms: number; cpuMs: number }

/** Runs `work` `warmup` times untimed, then `runs` times timed: wall clock and this process's CPU time, in ms. */
export async function timeRuns(runs: number, work: () => unknown, warmup = 1): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await work();
    const used = process.cpuUsage(cpu);
    samples.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  }
  return samples;
}

/** The medians of wall-clock and CPU times. */
export function medians(samples: Timing[]): Timing {
  return { ms: median(samples.map((s) => s.ms)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

/** A deterministic pseudo-random generator (mulberry32), so that every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) + ' ms';
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
