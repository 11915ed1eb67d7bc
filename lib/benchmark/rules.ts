// Where a buyer's figure stands among the participants', said the way round the indicator counts:
// for kg CO2e per meal lower is better, for % zero-emission kilometres higher.
export type BenchmarkPosition = "best_quarter" | "above_median" | "below_median" | "worst_quarter";

export function benchmarkPosition(
  own: number,
  cell: { p25: number; median: number; p75: number },
  direction: "lower_better" | "higher_better",
): BenchmarkPosition {
  // Seen as "higher is better": a lower-better figure is mirrored.
  const sign = direction === "lower_better" ? -1 : 1;
  const [value, low, mid, high] = [own, cell.p25, cell.median, cell.p75].map((n) => n * sign);
  const [q1, q3] = sign === 1 ? [low, high] : [high, low];
  if (value >= q3) return "best_quarter";
  if (value >= mid) return "above_median";
  if (value > q1) return "below_median";
  return "worst_quarter";
}

export const POSITION_LABELS: Record<BenchmarkPosition, string> = {
  best_quarter: "Bij het beste kwart",
  above_median: "Beter dan de mediaan",
  below_median: "Minder dan de mediaan",
  worst_quarter: "Bij het minste kwart",
};

/** No figure of fewer organisations than this is shown or stored. */
export const MIN_ORGANISATIONS = 5;
