// Saving a result of the maturity model, the people growth model or the cooperation decision
// tree. Only the coordinator and the admin of a buyer save (guidance.edit); the schemas have run
// the tool's domain rule, so what is stored is always a valid path or distribution.
import { guidanceAssessments } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/db/client";
import { ASSESSMENT_TOOLS, type AssessmentTool } from "./queries";
import { SaveCooperationTreeAssessment, SaveMaturityAssessment, SavePeopleGrowthAssessment } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

type Assessment = {
  title: string;
  assessedOn: string;
  data: Record<string, unknown>;
};

async function insertAssessment(tx: Db, ctx: Actor, tool: AssessmentTool, input: Assessment) {
  const [row] = await tx
    .insert(guidanceAssessments)
    .values({
      tenantId: ctx.org.id,
      tool: ASSESSMENT_TOOLS[tool],
      title: input.title,
      data: input.data,
      assessedOn: input.assessedOn,
      createdByUserId: ctx.userId,
    })
    .returning();
  await recordAudit(tx, ctx, {
    tenantId: ctx.org.id,
    entity: "guidance_assessment",
    entityId: row.id,
    action: "create",
    after: row,
  });
  return { id: row.id };
}

export const saveMaturityAssessment = defineAction({
  name: "guidance.save_maturity_assessment",
  permission: "guidance.edit",
  input: SaveMaturityAssessment,
  handler: (tx, ctx, input) => insertAssessment(tx, ctx, "maturity", input),
});

export const savePeopleGrowthAssessment = defineAction({
  name: "guidance.save_people_growth_assessment",
  permission: "guidance.edit",
  input: SavePeopleGrowthAssessment,
  handler: (tx, ctx, input) => insertAssessment(tx, ctx, "people_growth", input),
});

export const saveCooperationTreeAssessment = defineAction({
  name: "guidance.save_cooperation_tree_assessment",
  permission: "guidance.edit",
  input: SaveCooperationTreeAssessment,
  handler: (tx, ctx, input) => insertAssessment(tx, ctx, "cooperation_tree", input),
});
