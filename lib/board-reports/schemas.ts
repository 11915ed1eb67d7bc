import { z } from "zod";

const QUARTER = /^[0-9]{4}-Q[1-4]$/;
const optionalQuarter = z.union([z.literal(""), z.string().trim().regex(QUARTER, "Kies een kwartaal.")]).optional();

export const CreateBoardReport = z.object({
  title: z.string().trim().min(1, "Geef de rapportage een titel.").max(200, "Houd de titel korter dan 200 tekens."),
  summary: z
    .string()
    .trim()
    .min(1, "Schrijf een korte toelichting voor het bestuur.")
    .max(5000, "Houd de toelichting korter dan 5000 tekens."),
  from: optionalQuarter,
  to: optionalQuarter,
  // A checkbox: present ("ja") when ticked, absent otherwise.
  verifiedOnly: z.string().optional(),
});
export type CreateBoardReport = z.infer<typeof CreateBoardReport>;
