import { PROFILE_FACT_KINDS } from "@/db/schema/supplier-profile";
import { optionalDecimalField } from "@/lib/decimal-fields";
import { isIsoDate } from "@/lib/periods";
import { asText, optionalText, optionalYearField, runOnObjects, uuid, version, z } from "@/lib/zod";
import { FACT_KIND_FIELDS } from "./rules";

const optionalDate = (label: string) =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .transform((text, ctx) => {
      if (text === "") return null;
      if (!isIsoDate(text) || text < "2000-01-01" || text > "2100-12-31") {
        ctx.addIssue({ code: "custom", message: `Vul een geldige ${label} in, tussen 1 januari 2000 en 31 december 2100.` });
        return z.NEVER;
      }
      return text;
    });

/** A fact of the profile, new (no id) or changed (id and the version it was read at). */
export const SaveProfileFact = z
  .object({
    factId: z.union([z.literal(""), uuid]).optional(),
    version: version.optional(),
    kind: z.enum(PROFILE_FACT_KINDS, { error: "Kies wat voor gegeven het is." }),
    year: optionalYearField("plan"),
    value: optionalDecimalField(),
    scope1: optionalDecimalField(),
    scope2: optionalDecimalField(),
    scope3: optionalDecimalField(),
    description: optionalText("het certificaat of de toelichting", "sentence"),
    validFrom: optionalDate("begindatum"),
    validUntil: optionalDate("einddatum"),
  })
  // Also when another field is wrong, so the form shows every problem at once; read defensively.
  .superRefine((input, ctx) => {
    const fields = Object.hasOwn(FACT_KIND_FIELDS, String(input.kind)) ? FACT_KIND_FIELDS[input.kind] : null;
    if (!fields) return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (fields.value === "step" && !["1", "2", "3", "4", "5"].includes(input.value ?? ""))
      issue("value", "Kies de trede op de CO2-Prestatieladder: 1 tot en met 5.");
    if (fields.value === "tonnes" && (input.value === null || Number(input.value) < 0))
      issue("value", "Vul de footprint in tonnen CO2e in (0 of meer).");
    if (fields.value === "percent" && (input.value === null || Number(input.value) < 0 || Number(input.value) > 100))
      issue("value", "Vul het percentage in, van 0 tot en met 100.");
    if (fields.year && input.year === undefined) issue("year", "Vul het jaar in waarover het gaat.");
    for (const scope of ["scope1", "scope2", "scope3"] as const)
      if (input[scope] !== null && Number(input[scope]) < 0) issue(scope, "Vul 0 of meer tonnen in.");
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom)
      issue("validUntil", "De einddatum ligt vóór de begindatum.");
    if (input.factId && input.version === undefined) issue("version", "Onbekende versie.");
  }, runOnObjects);
export type SaveProfileFact = z.infer<typeof SaveProfileFact>;

export const DeleteProfileFact = z.object({ factId: uuid, version });

export const UploadProfileFile = z.object({ factId: uuid, file: z.instanceof(File, { error: "Kies een bestand." }) });

export const DeleteProfileFile = z.object({ fileId: uuid });

/** Share the profile with a buyer, or withdraw it. */
export const SetProfileShare = z.object({
  buyerOrgId: uuid,
  share: z.enum(["true", "false"], { error: "Kies delen of intrekken." }).transform((v) => v === "true"),
});
