import { z } from "zod";
import { VERIFICATION_STATUSES } from "@/db/schema/verification";

const QUARTER = /^[0-9]{4}-Q[1-4]$/;

export const RecordVerification = z.object({
  reportValueId: z.string().trim().min(1, "Kies een gerapporteerde waarde."),
  status: z.enum(VERIFICATION_STATUSES, { error: "Kies geverifieerd, betwist of niet geverifieerd." }),
  note: z.string().trim().max(2000, "Houd de toelichting korter dan 2000 tekens.").optional().default(""),
});
export type RecordVerification = z.infer<typeof RecordVerification>;

export const AssignVerifier = z.object({
  contractId: z.string().trim().min(1, "Kies een contract."),
  verifierUserId: z.string().trim().min(1, "Kies een verificateur."),
});
export type AssignVerifier = z.infer<typeof AssignVerifier>;

export const DrawSample = z.object({
  quarter: z.string().trim().regex(QUARTER, "Kies een kwartaal."),
  size: z.coerce
    .number({ error: "Geef het aantal waarden." })
    .int("Geef een heel getal.")
    .min(1, "Trek minstens één waarde.")
    .max(500, "Trek hoogstens 500 waarden."),
  seed: z
    .union([
      z.literal(""),
      z.coerce
        .number()
        .int("Geef een heel getal als startwaarde.")
        .min(1, "De startwaarde is minstens 1.")
        .max(2_147_483_647, "De startwaarde is te groot."),
    ])
    .optional(),
});
export type DrawSample = z.infer<typeof DrawSample>;
