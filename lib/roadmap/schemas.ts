import { optionalText, requiredText, z } from "@/lib/zod";
import { OWNER_SIDES, ROADMAP_STATUS_KEYS, XCURVE_KEYS, type OwnerSide, type RoadmapStatus, type XcurveStrategy } from "./rules";

// Ids stay plain strings: a malformed id must come back as "not found", like a missing one.
const id = z.string({ error: "Onbekende verwijzing." });
const version = z.coerce.number({ error: "Onbekende versie." }).int();

const roadmapFields = z.object({
  contractId: id,
  title: requiredText("de titel", 200),
  description: optionalText("de toelichting", 2000),
  themeId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
  strategy: z
    .enum(XCURVE_KEYS as [XcurveStrategy, ...XcurveStrategy[]], { error: "Kies een strategie van de X-curve." }),
  owner: optionalText("de eigenaar", 160),
  ownerSide: z.enum(Object.keys(OWNER_SIDES) as [OwnerSide, ...OwnerSide[]], { error: "Kies welke partij eigenaar is." }),
  dueDate: z
    .string({ error: "Vul de streefdatum in." })
    .min(1, { error: "Vul de streefdatum in." })
    .pipe(z.iso.date({ error: "Vul een geldige streefdatum in." })),
  status: z
    .enum(ROADMAP_STATUS_KEYS as [RoadmapStatus, ...RoadmapStatus[]], { error: "Kies een status." })
    .default("planned"),
});

export const CreateRoadmapItem = roadmapFields;
export type CreateRoadmapItem = z.infer<typeof CreateRoadmapItem>;

export const UpdateRoadmapItem = roadmapFields.extend({ id, version });
export type UpdateRoadmapItem = z.infer<typeof UpdateRoadmapItem>;

export const DeleteRoadmapItem = z.object({ contractId: id, id, version });
export type DeleteRoadmapItem = z.infer<typeof DeleteRoadmapItem>;
