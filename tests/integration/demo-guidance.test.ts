// The demo guidance data is seeded into a fresh buyer standing in for Voorbeeldstad (the real slug
// may exist on a shared test database) and read back through lib/.
import { describe, expect, it } from "vitest";
import { seedDemoGuidance } from "@/db/seed/demo-guidance";
import { statementSummaries } from "@/lib/guidance/checklist/rules";
import { checklistComments, checklistResponses, listChecklistRounds } from "@/lib/guidance/checklist/queries";
import { listWegwijzerRuns } from "@/lib/guidance/wegwijzer/queries";
import { adviceCells } from "@/lib/guidance/wegwijzer/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createBuyer, createContractAs } from "../fixtures/factories";

const { db } = await openTestDatabase();

describe("the demo guidance data", () => {
  it("gives Voorbeeldstad the worked example as saved advice, a closed round answered by five people and an open round", async () => {
    const stad = await createBuyer(db);
    const lotte = await addMember(db, stad.org, "viewer");
    const ict = await createContractAs(stad.as.admin, { reference: "VBS-2026-012", status: "draft" });
    await seedDemoGuidance(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([
        ["anouk.devries@voorbeeldstad.example", stad.as.admin.userId],
        ["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId],
        ["fatima.elamrani@voorbeeldstad.example", stad.as.contract_manager.userId],
        ["pieter.jansen@voorbeeldstad.example", stad.as.viewer.userId],
        ["lotte.smit@zuiderland.example", lotte.id],
      ]),
    });
    const read = <T>(work: Parameters<typeof withTenant<T>>[1]) => withTenant(scopeOf(stad.as.viewer), work, db);

    const [run] = await read((tx) => listWegwijzerRuns(tx, { tenantId: stad.org.id }));
    expect(run).toMatchObject({ answers: [2, 1, 2, 1, 2], contractId: ict });
    expect(adviceCells(run!.answers).F).toEqual(["Fa", "F32"]);

    const rounds = await read((tx) => listChecklistRounds(tx, { tenantId: stad.org.id }));
    expect(rounds.map((r) => [r.title, r.closedAt !== null, r.respondents])).toEqual([
      ["Nulmeting 2025", true, 5],
      ["Meting najaar 2026", false, 2],
    ]);
    const closed = rounds[0]!;
    const responses = (await read((tx) => checklistResponses(tx, { tenantId: stad.org.id, roundIds: [closed.id] }))).get(closed.id)!;
    // Statement 1.1 was scored 3, 3, 2, 2, 3.
    expect(statementSummaries(responses)[0]).toMatchObject({ statementId: "1.1", count: 5, mean: 13 / 5 });
    expect(await read((tx) => checklistComments(tx, { tenantId: stad.org.id, roundId: closed.id }))).toHaveLength(4);
  });
});
