import { decimalNumberField } from "@/lib/decimal-fields";
import { optionalText, requiredText, version, yearField, z } from "@/lib/zod";

const MAX_MILESTONES = 20;
// A reduction cannot go below −100 %; growth is capped so a typo (3000 for 30) is caught.
const MIN_CHANGE_PERCENT = -100;
const MAX_CHANGE_PERCENT = 1000;

const MilestoneInput = z.object({
  year: yearField("Vul het jaar van de mijlpaal in.", "base"),
  mode: z.enum(["value", "change_percent"], { error: "Kies een waarde of een % t.o.v. het basisjaar." }),
  value: decimalNumberField("Vul de doelwaarde in."),
});

/**
 * The form posts milestone rows as flat fields ("milestones.0.year", "milestones.0.mode", ...);
 * code and tests post an array. Both become an array of rows here, in row order.
 */
function nestMilestoneRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const rows = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^milestones\.(\d+)\.(year|mode|value)$/.exec(key);
    if (!match) {
      rest[key] = value;
      continue;
    }
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]]: value });
  }
  if (rows.size === 0) return { ...rest, milestones: input.milestones ?? [] };
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  // Empty rows at the end are rows the user did not need; dropping only trailing ones keeps the
  // index of every other row, so field errors still land on the right row.
  while (ordered.length > 0 && isBlank(ordered[ordered.length - 1])) ordered.pop();
  return { ...rest, milestones: ordered };
}

function isBlank(row: Record<string, unknown>): boolean {
  return [row.year, row.value].every((v) => v === undefined || v === null || String(v).trim() === "");
}

const targetFields = z.object({
  name: requiredText("de naam", "title"),
  description: optionalText("de toelichting", "short"),
  indicatorId: z.string({ error: "Kies een indicator." }).trim().min(1, { error: "Kies een indicator." }),
  baseYear: yearField("Vul het basisjaar in.", "base"),
  baseValue: decimalNumberField("Vul de waarde in het basisjaar in."),
  milestones: z
    .array(z.unknown(), { error: "Voeg minstens één mijlpaal toe." })
    .min(1, { error: "Voeg minstens één mijlpaal toe." })
    .max(MAX_MILESTONES, { error: `Gebruik hoogstens ${MAX_MILESTONES} mijlpalen.` })
    .pipe(z.array(MilestoneInput)),
});

type TargetFields = z.output<typeof targetFields>;

/** Milestones after the base year, each year once, in ascending order; percentages in range. */
function checkMilestones(value: TargetFields, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  value.milestones.forEach((m, i) => {
    const at = (field: string) => ["milestones", i, field];
    if (m.year <= value.baseYear) {
      ctx.addIssue({ code: "custom", path: at("year"), message: `Kies een jaar na het basisjaar (${value.baseYear}).` });
    } else if (seen.has(m.year)) {
      ctx.addIssue({ code: "custom", path: at("year"), message: `${m.year} komt al voor bij een andere mijlpaal.` });
    } else if (i > 0 && m.year < value.milestones[i - 1].year) {
      ctx.addIssue({
        code: "custom",
        path: at("year"),
        message: `Zet de mijlpalen op volgorde van jaar: ${m.year} ligt vóór ${value.milestones[i - 1].year}.`,
      });
    }
    seen.add(m.year);
    if (m.mode === "change_percent" && (m.value < MIN_CHANGE_PERCENT || m.value > MAX_CHANGE_PERCENT)) {
      ctx.addIssue({ code: "custom", path: at("value"), message: "Een verandering ligt tussen −100 % en +1000 %." });
    }
  });
}

// Milestone rules need a valid base year and milestone list; other fields may still be wrong,
// so every error shows in one round.
const whenMilestonesParsed = {
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) => issue.path?.[0] === "baseYear" || issue.path?.[0] === "milestones"),
};

export const CreateTarget = z.preprocess(nestMilestoneRows, targetFields.superRefine(checkMilestones, whenMilestonesParsed));
export type CreateTarget = z.output<typeof CreateTarget>;

export const UpdateTarget = z.preprocess(
  nestMilestoneRows,
  targetFields
    .extend({
      id: z.string({ error: "Onbekende doelstelling." }),
      version,
    })
    .superRefine(checkMilestones, whenMilestonesParsed),
);
export type UpdateTarget = z.output<typeof UpdateTarget>;

export const DeleteTarget = z.object({
  id: z.string({ error: "Onbekende doelstelling." }),
  version,
});
export type DeleteTarget = z.output<typeof DeleteTarget>;
