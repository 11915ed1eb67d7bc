// An open-loop load generator: requests leave at a fixed rate (e.g. 20 per second) whether or
// not earlier ones have answered, as a real crowd of users would send them; latency is measured
// from the moment a request was due, so a slow server cannot hide its queue (no coordinated omission).

/** A request the server's admission gate refused at once (503): not served, but not a failure either. */
export const SHED = "shed";

export type LoadResult = {
  /** Every request's, served, shed or failed. */
  latenciesMs: number[];
  servedLatenciesMs: number[];
  errors: number;
  shed: number;
  bytes: number;
  seconds: number;
  achievedRps: number;
};

export type LoadOptions = {
  rps: number;
  seconds: number;
  /** Sends one request; resolves to the response body size, SHED for a 503, throws or returns null on an error. */
  send: (i: number) => Promise<number | null | typeof SHED>;
};

export async function runLoad({ rps, seconds, send }: LoadOptions): Promise<LoadResult> {
  const total = Math.round(rps * seconds);
  const started = performance.now();
  const latenciesMs: number[] = [];
  const servedLatenciesMs: number[] = [];
  let errors = 0;
  let shed = 0;
  let bytes = 0;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rps;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(i)
        .then((size) => {
          const latency = performance.now() - due;
          if (size === null) errors++;
          else if (size === SHED) shed++;
          else {
            bytes = Math.max(bytes, size);
            servedLatenciesMs.push(latency);
          }
          latenciesMs.push(latency);
        })
        .catch(() => {
          errors++;
          latenciesMs.push(performance.now() - due);
        }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  return { latenciesMs, servedLatenciesMs, errors, shed, bytes, seconds: elapsed, achievedRps: total / elapsed };
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
