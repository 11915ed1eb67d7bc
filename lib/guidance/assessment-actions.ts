// Saving a result of the maturity model, the people growth model or the cooperation decision
// tree. Only the coordinator and the admin of a buyer save (guidance.edit); the schemas have run
// the tool's domain rule, so what is stored is always a valid path or distribution.
import { guidanceAssessments } from "@/db/schema";
import { defineAction, type ActionContext } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { inTenant } from "@/lib/tenancy";
import { ASSESSMENT_TOOLS, type AssessmentTool } from "./assessment-queries";
import { SaveCooperationTreeAssessment, SaveMaturityAssessment, SavePeopleGrowthAssessment } from "./assessment-schemas";

type Assessment = {
  title: string;
  assessedOn: string;
  data: Record<string, unknown>;
};

async function insertAssessment(ctx: ActionContext, tool: AssessmentTool, input: Assessment) {
  return inTenant(ctx, async (tx) => {
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
  });
}

export const saveMaturityAssessment = defineAction({
  name: "guidance.save_maturity_assessment",
  permission: "guidance.edit",
  input: SaveMaturityAssessment,
  handler: (ctx, input) => insertAssessment(ctx, "maturity", input),
});

export const savePeopleGrowthAssessment = defineAction({
  name: "guidance.save_people_growth_assessment",
  permission: "guidance.edit",
  input: SavePeopleGrowthAssessment,
  handler: (ctx, input) => insertAssessment(ctx, "people_growth", input),
});

export const saveCooperationTreeAssessment = defineAction({
  name: "guidance.save_cooperation_tree_assessment",
  permission: "guidance.edit",
  input: SaveCooperationTreeAssessment,
  handler: (ctx, input) => insertAssessment(ctx, "cooperation_tree", input),
});
