// Reads of the saved results of the smaller guidance tools (guidance_assessments), always per
// tenant and per tool: an id of another tenant or another tool reads as a missing one.
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { guidanceAssessments, people } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { withCreatorEmails } from "@/lib/members/queries";
import { NotFoundError } from "@/lib/errors";

/** The tool column: one value per tool that saves into guidance_assessments. */
export const ASSESSMENT_TOOLS = {
  maturity: "inkoopvolwassenheid",
  people_growth: "groeimodel_mensen",
  cooperation_tree: "beslisboom_samenwerking",
} as const;
export type AssessmentTool = keyof typeof ASSESSMENT_TOOLS;

const NOT_FOUND = "Deze inschatting bestaat niet.";

type Params = { tenantId: string; tool: AssessmentTool };

const columns = {
  id: guidanceAssessments.id,
  title: guidanceAssessments.title,
  data: guidanceAssessments.data,
  assessedOn: guidanceAssessments.assessedOn,
  createdAt: guidanceAssessments.createdAt,
  createdByUserId: guidanceAssessments.createdByUserId,
  createdByName: people.name,
};

function selectAssessments(db: Db) {
  return db.select(columns).from(guidanceAssessments).leftJoin(people, eq(people.id, guidanceAssessments.createdByUserId));
}

export type AssessmentRow = Awaited<ReturnType<typeof getAssessment>>;

/** The saved assessments of one tool, newest assessment date first. */
export async function listAssessments(db: Db, params: Params) {
  const rows = await selectAssessments(db)
    .where(and(eq(guidanceAssessments.tenantId, params.tenantId), eq(guidanceAssessments.tool, ASSESSMENT_TOOLS[params.tool])))
    .orderBy(desc(guidanceAssessments.assessedOn), desc(guidanceAssessments.createdAt), asc(guidanceAssessments.title));
  return withCreatorEmails(db, { organisationId: params.tenantId, rows });
}

export async function getAssessment(db: Db, params: Params & { id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await selectAssessments(db)
    .where(
      and(
        eq(guidanceAssessments.tenantId, params.tenantId),
        eq(guidanceAssessments.tool, ASSESSMENT_TOOLS[params.tool]),
        eq(guidanceAssessments.id, params.id),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const [named] = await withCreatorEmails(db, { organisationId: params.tenantId, rows: [row] });
  return named;
}
