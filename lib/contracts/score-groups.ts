// The weighing of a contract's overall score in groups of KPIs (lib/reviews/overall-score.ts), as
// the form posts it: up to MAX_SCORE_GROUPS rows of name and weight, and per KPI the row it counts
// in. A row keeps its key across saves, so KPIs stay in their group when it is renamed.
import { randomUUID } from "node:crypto";
import type { ScoreGroup } from "@/db/schema";
import { parseNlDecimal } from "@/lib/format";
import { version, z } from "@/lib/zod";

export const MAX_SCORE_GROUPS = 6;
const MAX_WEIGHT = 1000;

const text = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === "string" ? v.trim() : ""));

/** "groups.1.name" and "kpi.<id>" as the form posts them to rows (by their index) and a record. */
function nestFields(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const groups: Array<Record<string, unknown>> = [];
  const kpi: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const row = /^groups\.(\d)\.(key|name|weight)$/.exec(key);
    const assigned = /^kpi\.([0-9a-f-]{36})$/.exec(key);
    if (row && Number(row[1]) < MAX_SCORE_GROUPS) groups[Number(row[1])] = { ...groups[Number(row[1])], [row[2]]: value };
    else if (assigned) kpi[assigned[1]] = value;
    else out[key] = value;
  }
  return { groups: Array.from(groups, (g) => g ?? {}), kpi, ...out };
}

export const SetScoreGroups = z.preprocess(
  nestFields,
  z.object({
    contractId: z.string({ error: "Onbekende verwijzing." }),
    version,
    groups: z
      .array(z.object({ key: text, name: text, weight: text }))
      .max(MAX_SCORE_GROUPS, { error: `Gebruik hoogstens ${MAX_SCORE_GROUPS} groepen.` }),
    /** KPI id → the row index of its group, or "" for none. */
    kpi: z.record(z.string(), text),
  }),
);
export type SetScoreGroups = z.output<typeof SetScoreGroups>;

export type ScoreWeighting = { groups: ScoreGroup[]; assignments: Map<string, string | null> };

/**
 * The groups and the KPIs' groups, or the problems at their fields. Rows without a name are
 * dropped; `kpiIds` are the contract's KPIs: any other id is refused, as is a KPI placed in an
 * empty row.
 */
export function parseScoreGroups(
  input: SetScoreGroups,
  kpiIds: string[],
): { ok: true; value: ScoreWeighting } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const keyOfRow = new Map<number, string>();
  const groups: ScoreGroup[] = [];
  const names = new Set<string>();
  input.groups.forEach((row, i) => {
    if (row.name === "") {
      if (row.weight !== "") errors[`groups.${i}.name`] = "Geef de groep een naam, of maak het gewicht leeg.";
      return;
    }
    if (row.name.length > 60) errors[`groups.${i}.name`] = "Gebruik hoogstens 60 tekens.";
    else if (names.has(row.name.toLowerCase())) errors[`groups.${i}.name`] = "Er is al een groep met deze naam.";
    names.add(row.name.toLowerCase());
    const weight = parseNlDecimal(row.weight === "" ? "1" : row.weight);
    if (!weight.ok) errors[`groups.${i}.weight`] = weight.error;
    else if (weight.value <= 0 || weight.value > MAX_WEIGHT) errors[`groups.${i}.weight`] = `Het gewicht ligt tussen 0 en ${MAX_WEIGHT}.`;
    // Two decimals at most, like a KPI's weight, so the formula shows the weight that counts.
    else if ((weight.normalized.split(".")[1] ?? "").length > 2)
      errors[`groups.${i}.weight`] = "Gebruik hoogstens twee cijfers achter de komma.";
    // A key the form sends back is only kept when it looks like one of ours.
    const key = /^[0-9a-f-]{36}$/.test(row.key) ? row.key : randomUUID();
    keyOfRow.set(i, key);
    groups.push({ key, name: row.name, weight: weight.ok ? weight.normalized : "1" });
  });
  const known = new Set(kpiIds);
  const assignments = new Map<string, string | null>();
  for (const [kpiId, row] of Object.entries(input.kpi)) {
    if (!known.has(kpiId)) {
      errors._form = "Een van de KPI's hoort niet bij dit contract. Laad de pagina opnieuw.";
      continue;
    }
    if (row === "") assignments.set(kpiId, null);
    else if (keyOfRow.has(Number(row))) assignments.set(kpiId, keyOfRow.get(Number(row))!);
    else errors[`kpi.${kpiId}`] = "Deze groep heeft geen naam: kies een andere groep of geef hem een naam.";
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { groups, assignments } };
}
