// Demo results of the assessment tools for Gemeente Voorbeeldstad: a maturity self-scan, two
// estimates of the people growth model (so the page shows a trend) and the decision-tree choice
// for the regional buyer group on catering. Written through the tenant scope, like demo-guidance.
import type { Db } from "../client";
import { guidanceAssessments } from "../schema";
import { withTenant } from "../../lib/tenancy";
import { ASSESSMENT_TOOLS } from "../../lib/guidance/assessment/queries";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";

export async function seedDemoGuidanceTools(db: Db, params: { orgIds: Map<string, string>; userIds: Map<string, string> }) {
  const tenantId = params.orgIds.get("voorbeeldstad");
  const coordinatorId = params.userIds.get(COORDINATOR);
  if (!tenantId || !coordinatorId) return;
  const base = { tenantId, createdByUserId: coordinatorId };
  await withTenant(
    { userId: coordinatorId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      await tx.insert(guidanceAssessments).values([
        {
          ...base,
          tool: ASSESSMENT_TOOLS.maturity,
          title: "Zelfscan inkoopfunctie 2026",
          assessedOn: "2026-01-20",
          // Stage 1 complete, stage 2 half: Voorbeeldstad stands in "Wat is inkoop?" and works on control.
          data: {
            ticked: ["1.1", "1.2", "1.3", "1.4", "2.1", "2.3", "3.4"],
            notes: "Ingevuld in het inkoopoverleg. Inkoopprocessen zijn nog niet overal geborgd.",
          },
        },
        {
          ...base,
          tool: ASSESSMENT_TOOLS.people_growth,
          title: "Nulmeting medewerkers",
          assessedOn: "2025-06-12",
          data: {
            shares: {
              afwachtende_realisten: 55,
              intuitieve_volgers: 33,
              actieve_ambassadeurs: 12,
            },
            notes: null,
          },
        },
        {
          ...base,
          tool: ASSESSMENT_TOOLS.people_growth,
          title: "Inschatting na de duurzaamheidsweek",
          assessedOn: "2026-02-03",
          data: {
            shares: {
              afwachtende_realisten: 45,
              intuitieve_volgers: 36,
              actieve_ambassadeurs: 19,
            },
            notes: "Schatting van het MT op basis van de deelname aan de duurzaamheidsweek.",
          },
        },
        {
          ...base,
          tool: ASSESSMENT_TOOLS.cooperation_tree,
          title: "Regionale buyer group catering",
          assessedOn: "2026-03-02",
          data: {
            term: "kort",
            input: "gelijk",
            level: "standaard",
            notes: "Met twee buurgemeenten; eerst een gezamenlijke standaard.",
          },
        },
      ]);
    },
    db,
  );
}
