// Whether a reported value is plausible. Rules decided here:
// - A value outside the indicator's range (its own minimum and maximum; 0–100 for a percentage)
//   is refused at the field, in a draft as on submission (lib/indicators/rules.ts valueRangeError).
// - A value more than three times, or less than a third of, the quarter's target or the value
//   reported for the previous quarter is flagged: the reporter confirms it with an explanation
//   before the report can be submitted, and the buyer sees the flag when accepting and in the
//   review. Exactly three times (or a third) is not flagged.
// - Only a positive reference counts: against a target or a previous value of 0 (or below) no
//   ratio says anything.
import { normalizeDecimal } from "@/lib/decimal";
import { formatMeasure } from "@/lib/format";

const PLAUSIBLE_FACTOR = 3;

export type PlausibilityFlag = { against: "target" | "previous"; reference: string; high: boolean };

export type References = { target: string | null; previous: string | null };

/** The flags of a value against its target and the previous quarter's value; empty when plausible. */
export function plausibilityFlags(value: string | null, refs: References): PlausibilityFlag[] {
  if (value === null) return [];
  const v = Number(normalizeDecimal(value));
  const flags: PlausibilityFlag[] = [];
  for (const against of ["target", "previous"] as const) {
    const reference = refs[against];
    if (reference === null) continue;
    const r = Number(normalizeDecimal(reference));
    if (!(r > 0)) continue;
    if (v > r * PLAUSIBLE_FACTOR) flags.push({ against, reference, high: true });
    else if (v * PLAUSIBLE_FACTOR < r) flags.push({ against, reference, high: false });
  }
  return flags;
}

/** "meer dan drie keer het doel (1,55 kg)" and the like, joined with "en". */
export function describeFlags(flags: PlausibilityFlag[], unitLabel: string | null): string {
  return flags
    .map((f) => {
      const what = f.against === "target" ? "het doel" : "de waarde van het vorige kwartaal";
      const ratio = f.high ? "meer dan drie keer" : "minder dan een derde van";
      return `${ratio} ${what} (${formatMeasure(f.reference, unitLabel)})`;
    })
    .join(" en ");
}

/** The message at the field when a flagged value has no explanation yet. */
export function confirmMessage(flags: PlausibilityFlag[], unitLabel: string | null): string {
  return `Deze waarde is ${describeFlags(flags, unitLabel)}. Klopt ze? Licht haar toe bij "Toelichting"; daarna kun je indienen.`;
}
