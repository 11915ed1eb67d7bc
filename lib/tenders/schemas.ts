import { optionalDecimalField } from "@/lib/decimal-fields";
import { optionalText, requiredText, uuid, version, z } from "@/lib/zod";
import { TENDER_PROCEDURES } from "./rules";

const optionalDate = z
  .unknown()
  .optional()
  .transform((v) => (v === undefined || v === null ? "" : String(v).trim()))
  .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: "Vul een datum in, bijvoorbeeld 2025-11-30." })
  .transform((v) => (v === "" ? null : v));

export const SaveTender = z.object({
  contractId: uuid,
  reference: optionalText("het kenmerk", "title"),
  procedure: z
    .union([z.enum(Object.keys(TENDER_PROCEDURES) as [keyof typeof TENDER_PROCEDURES]), z.literal("")], {
      error: "Kies een procedure uit de lijst.",
    })
    .optional()
    .transform((v) => (v ? v : null)),
  awardDate: optionalDate,
  winnerScore: optionalDecimalField(),
  // 0: the contract has no tender recorded yet.
  version,
});
export type SaveTender = z.output<typeof SaveTender>;

/**
 * The form posts one field per promised indicator ("values.<indicatorId>"); code and tests may post
 * an object. Both become { indicatorId: text }.
 */
function nestValues(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const values: Record<string, unknown> = typeof input.values === "object" && input.values !== null ? { ...(input.values as object) } : {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^values\.(.+)$/.exec(key);
    if (match) values[match[1]] = value;
    else if (key !== "values") rest[key] = value;
  }
  return { ...rest, values };
}

export const SaveBid = z.preprocess(
  nestValues,
  z.object({
    contractId: uuid,
    // Empty: a new bid.
    id: z
      .union([uuid, z.literal("")])
      .optional()
      .transform((v) => (v ? v : null)),
    version,
    bidderName: requiredText("de naam van de inschrijver", "title"),
    score: optionalDecimalField(),
    values: z.record(uuid, optionalDecimalField()),
  }),
);
export type SaveBid = z.output<typeof SaveBid>;

export const DeleteBid = z.object({ id: uuid, version });
export type DeleteBid = z.output<typeof DeleteBid>;
