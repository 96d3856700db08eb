/** Small statistics for the benchmark: figures are medians of repeated runs. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** To two decimals: the figures' precision (an even count's median is a mean, with float noise). */
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The median of each numeric field over several runs of the same measurement (other fields: the last run's). */
export function medianOf<T extends object>(runs: T[]): T {
  const last = runs.at(-1)!;
  return Object.fromEntries(Object.entries(last).map(([k, v]) => [k, typeof v === 'number' ? round2(median(runs.map((r) => (r as Record<string, number>)[k]!))) : v])) as T;
}

/** a / b to two decimals. */
export const ratio = (a: number, b: number) => round2(a / b);

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
