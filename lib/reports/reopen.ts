// Pure rules of a send-back that names KPIs: only those KPIs are reopened for the supplier. The
// others keep their submitted values; a form posts them back unchanged (read-only fields) or
// not at all, and a changed one is refused at its field.
import { parseStorableDecimal } from "@/lib/decimal-fields";
import { decimalInput } from "@/lib/format";
import type { EnteredValue } from "./rules";

export const NOT_REOPENED_MESSAGE = "Deze KPI is niet teruggestuurd: de ingediende waarde blijft staan.";

type StoredValue = { kpiId: string; value: string | null; score: number | null; explanation: string | null; quantity: string | null };

const sameNumber = (typed: string | null | undefined, stored: string | null) => {
  const text = (typed ?? "").trim();
  if (text === "") return stored === null;
  const parsed = parseStorableDecimal(text);
  return parsed.ok && stored !== null && Number(parsed.normalized) === Number(stored);
};

const sameText = (typed: string | null | undefined, stored: string | null) => (typed ?? "").trim() === (stored ?? "").trim();

/** Whether what was typed for a KPI is its stored value (a field left out counts as unchanged). */
function unchanged(typed: EnteredValue, stored: StoredValue | undefined): boolean {
  const s = stored ?? { kpiId: "", value: null, score: null, explanation: null, quantity: null };
  return (
    (typed.value === undefined || sameNumber(typed.value, s.value)) &&
    (typed.quantity === undefined || sameNumber(typed.quantity, s.quantity)) &&
    (typed.score === undefined || sameText(typed.score, s.score === null ? null : String(s.score))) &&
    (typed.explanation === undefined || sameText(typed.explanation, s.explanation))
  );
}

/**
 * The typed values with every KPI that was not reopened set back to its stored value, and a
 * message at each such KPI whose value was changed. reopened null: the whole report is open.
 */
export function keepClosedKpis(
  entered: Record<string, EnteredValue>,
  stored: StoredValue[],
  reopened: ReadonlySet<string> | null,
  kpiIds: string[],
): { entered: Record<string, EnteredValue>; errors: Record<string, string> } {
  if (!reopened) return { entered, errors: {} };
  const out: Record<string, EnteredValue> = Object.create(null);
  const errors: Record<string, string> = {};
  for (const [kpiId, typed] of Object.entries(entered)) out[kpiId] = typed;
  for (const kpiId of kpiIds) {
    if (reopened.has(kpiId)) continue;
    const s = stored.find((v) => v.kpiId === kpiId);
    if (entered[kpiId] && !unchanged(entered[kpiId], s)) errors[`values.${kpiId}`] = NOT_REOPENED_MESSAGE;
    out[kpiId] = {
      // As a person types it: the parser reads a decimal comma.
      value: decimalInput(s?.value),
      score: s?.score == null ? null : String(s.score),
      explanation: s?.explanation ?? null,
      quantity: decimalInput(s?.quantity),
    };
  }
  return { entered: out, errors };
}
