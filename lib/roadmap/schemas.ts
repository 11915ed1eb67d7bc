import { dateField, optionalText, requiredText, version, z } from "@/lib/zod";
import { OWNER_SIDES, ROADMAP_STATUS_KEYS, XCURVE_KEYS, type OwnerSide, type RoadmapStatus, type XcurveStrategy } from "./rules";

// Ids stay plain strings: a malformed id must come back as "not found", like a missing one.
const id = z.string({ error: "Onbekende verwijzing." });

const roadmapFields = z.object({
  contractId: id,
  title: requiredText("de titel", "title"),
  description: optionalText("de toelichting", "short"),
  themeId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
  strategy: z.enum(XCURVE_KEYS as [XcurveStrategy, ...XcurveStrategy[]], { error: "Kies een strategie van de X-curve." }),
  owner: optionalText("de eigenaar", "name"),
  ownerSide: z.enum(Object.keys(OWNER_SIDES) as [OwnerSide, ...OwnerSide[]], { error: "Kies welke partij eigenaar is." }),
  dueDate: dateField("de streefdatum"),
  status: z.enum(ROADMAP_STATUS_KEYS as [RoadmapStatus, ...RoadmapStatus[]], { error: "Kies een status." }).default("planned"),
});

export const CreateRoadmapItem = roadmapFields;
export type CreateRoadmapItem = z.infer<typeof CreateRoadmapItem>;

export const UpdateRoadmapItem = roadmapFields.extend({ id, version });
export type UpdateRoadmapItem = z.infer<typeof UpdateRoadmapItem>;

export const DeleteRoadmapItem = z.object({ contractId: id, id, version });
export type DeleteRoadmapItem = z.infer<typeof DeleteRoadmapItem>;

export const CompleteRoadmapItem = z.object({ contractId: id, id, version });
export type CompleteRoadmapItem = z.infer<typeof CompleteRoadmapItem>;
