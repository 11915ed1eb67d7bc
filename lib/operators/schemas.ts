import { kvkError, normaliseKvk, oinError, slugError } from "@/lib/organisations/rules";
import { emailAddress, requiredText, uuid, version, z } from "@/lib/zod";

const optionalNumber = z.unknown().transform((v) => (typeof v === "string" ? v.trim() : ""));

export const CreateBuyerOrganisation = z
  .object({
    name: requiredText("de naam van de organisatie", "name"),
    slug: z.unknown().transform((v) => (typeof v === "string" ? v.trim().toLowerCase() : "")),
    kvk: optionalNumber,
    oin: optionalNumber,
    adminEmail: emailAddress,
  })
  .superRefine((input, ctx) => {
    const slug = slugError(input.slug);
    if (slug) ctx.addIssue({ code: "custom", path: ["slug"], message: slug });
    if (input.kvk === "" && input.oin === "")
      ctx.addIssue({ code: "custom", path: ["kvk"], message: "Vul het KvK-nummer of het OIN in (of allebei)." });
    const kvk = input.kvk === "" ? null : kvkError(input.kvk);
    if (kvk) ctx.addIssue({ code: "custom", path: ["kvk"], message: kvk });
    const oin = input.oin === "" ? null : oinError(input.oin);
    if (oin) ctx.addIssue({ code: "custom", path: ["oin"], message: oin });
  })
  .transform((input) => ({
    ...input,
    kvk: input.kvk === "" ? null : normaliseKvk(input.kvk),
    oin: input.oin === "" ? null : input.oin.replace(/\s/g, ""),
  }));

export const SuspendOrganisation = z.object({
  organisationId: uuid,
  version,
  reason: requiredText("de reden", "sentence"),
});

export const ReactivateOrganisation = z.object({ organisationId: uuid, version });
