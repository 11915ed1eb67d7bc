// The audit log as a workbook written while it is sent: a log of several batches read back whole,
// in order, with its date cells and info sheet; cut off with a note where the rows do not fit; and
// a failed download, never a shorter file, when the database fails halfway.
import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { auditLogFile } from "@/lib/audit-log/export";
import { auditLogExportRoute } from "@/lib/audit-log/routes";
import { readXlsx } from "@/lib/spreadsheet/read-xlsx";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();
const LIMITS = { maxInflatedBytes: 50 * 1024 * 1024, maxCells: 100_000, maxZipEntries: 100 };
const EVENTS = 2_500;

let c: Team<BuyerRole>;
let other: Team<BuyerRole>;

/** Minutes after new year 2026 (UTC): 2,499 is 2 January 17:39 UTC, 18:39 in Amsterdam. */
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000);
const event = (team: Team<BuyerRole>, i: number, name: string) => ({
  tenantId: team.org.id,
  actorUserId: team.as.admin.userId,
  actorOrgId: team.org.id,
  entity: "organisation",
  entityId: team.org.id,
  action: "update",
  after: { name },
  createdAt: at(i),
});

/** The whole stream, or the error it ended with and what came before it. */
async function readToEnd(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; error: unknown }> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
    return { bytes: new Uint8Array(Buffer.concat(parts)), error: null };
  } catch (error) {
    return { bytes: new Uint8Array(Buffer.concat(parts)), error };
  }
}

const exportOf = (database: Db, rowLimit?: number) =>
  auditLogFile(database, c.as.coordinator, { query: {}, format: "xlsx", names: { contracts: [] }, rowLimit });

/** The step each row of the log sheet names ("Naam: — → Stap 12" is 12). */
const stepsOf = (table: Array<Array<string | number>>) => table.slice(1).map((row) => Number(String(row[5]).split("Stap ")[1]));

beforeAll(async () => {
  [c, other] = [await createBuyer(db), await createBuyer(db)];
  // Written past the app (tests only): more than two batches of the export, and newer events of
  // another organisation in between. The person's name would be a formula in a careless writer.
  await db.update(users).set({ name: "=1+1" }).where(eq(users.id, c.as.admin.userId));
  await db.insert(auditEvents).values(Array.from({ length: EVENTS }, (_, i) => event(c, i, `Stap ${i}`)));
  await db.insert(auditEvents).values([event(other, 100, "Geheim van de ander"), event(other, 5_000, "Geheim van de ander")]);
});

describe("the audit log as XLSX", () => {
  it("holds every event of several batches, newest first, with date cells and the info sheet, and nothing of another organisation", async () => {
    const answer = await auditLogExportRoute.run(c.as.coordinator, { search: new URLSearchParams(), format: "xlsx" });
    expect(answer.status).toBe(200);
    const file = (answer.body as { data: { filename: string; contentType: string; stream: ReadableStream<Uint8Array> } }).data;
    expect(file.filename).toBe(`logboek-${c.org.slug}.xlsx`);
    const { bytes, error } = await readToEnd(file.stream);
    expect(error).toBeNull();

    const log = await readXlsx(bytes, LIMITS, "Logboek");
    expect(log[0]).toEqual(["Tijdstip", "Persoon", "Soort", "Wijziging", "Onderdeel", "Wat er veranderde"]);
    expect(log).toHaveLength(1 + EVENTS);
    expect(stepsOf(log)).toEqual(Array.from({ length: EVENTS }, (_, i) => EVENTS - 1 - i));
    expect(log.flat().some((cell) => String(cell).includes("Geheim"))).toBe(false);
    // The name is text, as typed, not the 2 a formula would give.
    expect(new Set(log.slice(1).map((row) => row[1]))).toEqual(new Set(["=1+1"]));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Logboek", "Info"]);
    const sheet = workbook.getWorksheet("Logboek")!;
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell("A2").value).toEqual(new Date("2026-01-02T18:39:00Z"));
    expect(sheet.getCell("A2").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(sheet.getCell(`A${EVENTS + 1}`).value).toEqual(new Date("2026-01-01T01:00:00Z"));
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").formula).toBeUndefined();

    const info = await readXlsx(bytes, LIMITS, "Info");
    expect(info.map((row) => row[0])).toEqual([
      "Over deze export",
      "Inhoud",
      "Geëxporteerd op",
      "Geëxporteerd door",
      "Persoon",
      "Soort",
      "Contract",
      "Periode",
    ]);
    expect(info[1][1]).toBe(`Logboek ${c.org.name}`);
    expect(info[7][1]).toBe("begin t/m nu");
    expect(workbook.getWorksheet("Info")!.getCell("B3").type).toBe(ExcelJS.ValueType.Date);
  });

  it("keeps only the newest rows that fit and says so, also when the limit ends on a batch", async () => {
    for (const limit of [1_500, 2_000]) {
      const { stream } = await exportOf(db, limit);
      const { bytes, error } = await readToEnd(stream);
      expect(error).toBeNull();
      const log = await readXlsx(bytes, LIMITS, "Logboek");
      expect(stepsOf(log)).toEqual(Array.from({ length: limit }, (_, i) => EVENTS - 1 - i));
      const note = (await readXlsx(bytes, LIMITS, "Info")).at(-1)!;
      expect(note[0]).toBe("Let op");
      expect(note[1]).toMatch(new RegExp(`^Alleen de nieuwste ${limit === 1_500 ? "1\\.500" : "2\\.000"} wijzigingen: `));
    }
    // Exactly as many rows as the log holds: complete, no note.
    const { stream } = await exportOf(db, EVENTS);
    const info = await readXlsx((await readToEnd(stream)).bytes, LIMITS, "Info");
    expect(info.at(-1)![0]).toBe("Periode");
  });

  it("fails the download, not the file, when the database fails in a later batch", async () => {
    // The third batch's transaction meets a database error; the first two were sent by then.
    let transactions = 0;
    const failing = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== "transaction") return Reflect.get(target, property, receiver);
        return (work: (tx: Db) => Promise<unknown>) =>
          ++transactions === 3 ? target.transaction(async (tx) => tx.execute(sql`select 1 / 0`)) : target.transaction(work);
      },
    });
    const { stream } = await exportOf(failing);
    const { bytes, error } = await readToEnd(stream);
    expect(transactions).toBe(3);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(Error);
  });
});
