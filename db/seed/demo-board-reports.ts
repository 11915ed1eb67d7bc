// Voorbeeldstad's coordinator (Joris Bakker) has reported back to the board once: a board report
// made through the same action as in the app, from the demo's dashboard, so the bestuurder's home
// page has a report to open.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { resolveActor } from "../../lib/auth/actor";
import { createBoardReport } from "../../lib/board-reports/actions";

const BUYER = "voorbeeldstad";
const COORDINATOR = "joris.bakker@voorbeeldstad.example";

export const DEMO_BOARD_REPORT = {
  title: "Terugkoppeling aan het college: voortgang duurzaam inkopen",
  summary:
    "De uitstoot van onze contracten daalt, maar nog niet snel genoeg voor de doelstelling van −30 % in 2025. " +
    "De catering ligt op koers; bij de schoonmaak blijven de rapportages achter.\n\n" +
    "Een deel van de gerapporteerde waarden is nog niet door de verificateur gecontroleerd. " +
    "Wij vragen het college de ambitie te bevestigen en capaciteit vrij te maken voor verificatie.",
};

export async function seedDemoBoardReports(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const orgId = ids.orgIds.get(BUYER)!;
  const [org] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, orgId));
  const coordinator = { ...(await resolveActor(db, { userId: ids.userIds.get(COORDINATOR)!, orgSlug: org.slug })), db };
  const result = await createBoardReport.run(coordinator, DEMO_BOARD_REPORT);
  if (!result.ok) throw new Error(`Demo-bestuursrapportage: ${result.error}`);
}
