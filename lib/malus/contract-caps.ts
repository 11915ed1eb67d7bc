// The contract's caps on the sum of all KPIs' malus, as the contract form posts them (a kind and a
// value per cap, euros and percentages with a decimal comma) and back into form values.
import type { ContractMalusCaps } from "@/db/schema";
import { parseStorableDecimal } from "@/lib/decimal-fields";
import { centsToInput, decimalInput, parseEuroCents } from "@/lib/format";
import { z } from "@/lib/zod";

const YEAR_KINDS = ["none", "cents", "percent_of_period", "percent_of_contract"] as const;
const CONTRACT_KINDS = ["none", "cents", "percent_of_contract"] as const;

/** The posted fields, all optional: a client of the API that leaves them out changes nothing. */
export const contractCapFields = {
  allCapYearKind: z.enum(YEAR_KINDS, { error: "Kies een soort maximum." }).optional(),
  allCapYearValue: z.string().optional(),
  allCapContractKind: z.enum(CONTRACT_KINDS, { error: "Kies een soort maximum." }).optional(),
  allCapContractValue: z.string().optional(),
};

type Posted = { allCapYearKind?: string; allCapYearValue?: string; allCapContractKind?: string; allCapContractValue?: string };

/** The caps the form describes, undefined when it did not post them; errors at the value fields. */
export function parseContractCaps(form: Posted, ctx: z.RefinementCtx): ContractMalusCaps | null | undefined {
  if (form.allCapYearKind === undefined && form.allCapContractKind === undefined) return undefined;
  const cap = (kind: string | undefined, raw: string | undefined, field: string) => {
    if (!kind || kind === "none") return null;
    const text = (raw ?? "").trim();
    if (kind === "cents") {
      const parsed = text === "" ? { ok: false as const, error: "Vul het maximumbedrag in." } : parseEuroCents(text);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
      return parsed.ok ? { kind: "cents" as const, cents: parsed.cents } : null;
    }
    const parsed = text === "" ? { ok: false as const, error: "Vul het maximumpercentage in." } : parseStorableDecimal(text);
    const percent = parsed.ok ? Number(parsed.normalized) : NaN;
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
    else if (percent < 0 || percent > 100)
      ctx.addIssue({ code: "custom", path: [field], message: "Het maximum moet tussen 0 en 100 % liggen." });
    return parsed.ok ? { kind: kind as "percent_of_period" | "percent_of_contract", percent: parsed.normalized } : null;
  };
  const perYear = cap(form.allCapYearKind, form.allCapYearValue, "allCapYearValue");
  const perContract = cap(form.allCapContractKind, form.allCapContractValue, "allCapContractValue") as ContractMalusCaps["perContract"];
  return perYear || perContract ? { perYear, perContract } : null;
}

type CapFormValues = { allCapYearKind: string; allCapYearValue: string; allCapContractKind: string; allCapContractValue: string };

/** Stored caps back into form values (decimal comma). */
export function contractCapValues(caps: ContractMalusCaps | null): CapFormValues {
  const text = (cap: ContractMalusCaps["perYear"]) =>
    !cap ? "" : cap.kind === "cents" ? centsToInput(cap.cents) : decimalInput(cap.percent);
  return {
    allCapYearKind: caps?.perYear?.kind ?? "none",
    allCapYearValue: text(caps?.perYear),
    allCapContractKind: caps?.perContract?.kind ?? "none",
    allCapContractValue: text(caps?.perContract),
  };
}
