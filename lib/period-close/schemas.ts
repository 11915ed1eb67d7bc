import { z } from "zod";

const QUARTER = /^[0-9]{4}-Q[1-4]$/;

export const CloseQuarter = z.object({
  quarter: z.string().trim().regex(QUARTER, "Kies een kwartaal."),
});
export type CloseQuarter = z.infer<typeof CloseQuarter>;

export const RequestReopen = z.object({
  closeId: z.string().trim().min(1, "Kies een afgesloten kwartaal."),
  reason: z
    .string()
    .trim()
    .min(10, "Geef een reden van minstens 10 tekens: waarom moet het kwartaal weer open?")
    .max(2000, "Houd de reden korter dan 2000 tekens."),
});
export type RequestReopen = z.infer<typeof RequestReopen>;

export const ApproveReopen = z.object({
  closeId: z.string().trim().min(1, "Kies een afgesloten kwartaal."),
});
export type ApproveReopen = z.infer<typeof ApproveReopen>;
