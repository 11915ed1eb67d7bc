// Demo results of the guidance tools for Gemeente Voorbeeldstad: the seed's worked example as a
// saved wegwijzer advice for the ICT procurement in preparation, a closed checklist round that
// the demo users answered and an open one that is being filled in. Written through the tenant
// scope, so row-level security accepts them even when the seed runs as the application role.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { checklistAnswers, checklistRounds, contracts, wegwijzerRuns } from "../schema";
import { withTenant } from "../../lib/tenancy";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";
const STATEMENTS = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"] as const;

type Scores = readonly (1 | 2 | 3 | 4 | null)[];
type DemoRound = {
  title: string;
  openedAt?: Date;
  closedAt?: Date;
  /** Per person, the scores of the twelve statements in order; null leaves a statement open. */
  scores: Record<string, Scores>;
  comments: Array<[email: string, statement: string, comment: string]>;
};

const rounds: DemoRound[] = [
  {
    title: "Nulmeting 2025",
    openedAt: new Date("2025-10-06T08:00:00Z"),
    closedAt: new Date("2025-11-03T16:00:00Z"),
    scores: {
      "anouk.devries@voorbeeldstad.example": [3, 2, 2, 2, 3, 2, 3, 1, 2, 3, 3, 2],
      [COORDINATOR]: [3, 2, 3, 1, 2, 2, 2, 1, 2, 3, 2, 3],
      "fatima.elamrani@voorbeeldstad.example": [2, 1, 2, 2, 2, 3, 3, 2, 1, 2, 3, 2],
      "pieter.jansen@voorbeeldstad.example": [2, 2, 1, 1, 2, 2, 2, 1, 2, 2, 3, 2],
      "lotte.smit@zuiderland.example": [3, null, 2, 2, null, 2, 3, 1, 2, 3, null, 2],
    },
    comments: [
      [COORDINATOR, "1.1", "De ambities staan in het inkoopbeleid, maar de vakafdelingen kennen ze nauwelijks."],
      ["fatima.elamrani@voorbeeldstad.example", "2.1", "Niemand toetst of een contract doet wat de aanbesteding beloofde."],
      ["pieter.jansen@voorbeeldstad.example", "3.3", "We gebruiken TenderNed; verder gaat het meeste via e-mail en Excel."],
      ["anouk.devries@voorbeeldstad.example", "3.5", "Fouten bespreken we wel, maar niet op een vast moment."],
    ],
  },
  {
    title: "Meting najaar 2026",
    scores: {
      [COORDINATOR]: [3, 3, 3, 2, 3, null, null, null, null, null, null, null],
      "anouk.devries@voorbeeldstad.example": [4, 2, null, 2, null, null, null, 2, null, null, null, null],
    },
    comments: [[COORDINATOR, "2.1", "Sinds dit jaar bespreken we elk kwartaal de KPI's met de leveranciers."]],
  },
];

export async function seedDemoGuidance(db: Db, params: { orgIds: Map<string, string>; userIds: Map<string, string> }) {
  const tenantId = params.orgIds.get("voorbeeldstad");
  const coordinatorId = params.userIds.get(COORDINATOR);
  if (!tenantId || !coordinatorId) return;
  await withTenant(
    { userId: coordinatorId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [ict] = await tx
        .select({ id: contracts.id })
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.reference, "VBS-2026-012"), eq(contracts.status, "draft")));
      await tx.insert(wegwijzerRuns).values({
        tenantId,
        title: "Circulaire ICT-werkplekken: organisatie van de aanbesteding",
        // The worked example of the PIANOo document (section V): complex, many suppliers, innovation
        // and sustainability, enough capacity, no natural partners.
        answers: [2, 1, 2, 1, 2],
        notes: "Besproken in het inkoopoverleg. Volgende stap: marktconsultatie voor de circulaire werkplekken.",
        contractId: ict?.id ?? null,
        createdByUserId: coordinatorId,
        createdAt: new Date("2026-09-14T09:30:00Z"),
      });

      for (const round of rounds) {
        const [row] = await tx
          .insert(checklistRounds)
          .values({
            tenantId,
            title: round.title,
            openedByUserId: coordinatorId,
            ...(round.openedAt ? { openedAt: round.openedAt } : {}),
            closedAt: round.closedAt ?? null,
            version: round.closedAt ? 2 : 1,
          })
          .returning({ id: checklistRounds.id });
        const answers = Object.entries(round.scores).flatMap(([email, scores]) => {
          const userId = params.userIds.get(email);
          if (!userId) return [];
          return STATEMENTS.flatMap((statementId, i) => {
            const score = scores[i];
            if (score == null) return [];
            const comment = round.comments.find(([e, s]) => e === email && s === statementId)?.[2] ?? null;
            return [{ tenantId, roundId: row.id, userId, statementId, score, comment }];
          });
        });
        if (answers.length > 0) await tx.insert(checklistAnswers).values(answers);
      }
    },
    db,
  );
}
