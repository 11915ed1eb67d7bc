// The median time of some database work after one warm-up run (plan caches, buffers), so one noisy
// run on a shared machine does not decide. BENCH_RUNS sets the number of runs.
export function benchRuns(fallback: number): number {
  return Number(process.env.BENCH_RUNS ?? fallback);
}

export async function median(work: () => Promise<unknown>, runs: number): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
