// The settings of a transaction go in as SET LOCAL statements (Citus passes those on to its nodes,
// set_config() it does not). SET takes no bind parameters, so values are checked and quoted by
// lib/transaction-settings.ts: nothing a user can put in a value runs as SQL, and nothing outlives
// the transaction.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { tenantSettings, withTenant } from "@/lib/tenancy";
import { quoteSettingValue, setLocal, settingStatements, type TransactionRole } from "@/lib/transaction-settings";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer } from "../fixtures/factories";

const { db } = await openTestDatabase();

const HOSTILE = "x'; RESET ROLE; SELECT 1; --";

describe("quoting and checking", () => {
  it("doubles quotes, keeps backslashes as they are and refuses NUL", () => {
    expect(quoteSettingValue("O'Brien")).toBe("'O''Brien'");
    expect(quoteSettingValue("a\\b")).toBe("'a\\b'");
    expect(quoteSettingValue(HOSTILE)).toBe("'x''; RESET ROLE; SELECT 1; --'");
    expect(() => quoteSettingValue("a\0b")).toThrow();
  });

  it("writes only known settings and roles, the role last", () => {
    expect(settingStatements({ values: { "app.org_kind": "buyer" }, role: "groeipad_buyer" })).toEqual([
      "SET LOCAL app.org_kind = 'buyer'",
      "SET LOCAL ROLE groeipad_buyer",
    ]);
    const forgedName = { values: { "app.org_id; RESET ROLE": "x" } } as unknown as Parameters<typeof settingStatements>[0];
    expect(() => settingStatements(forgedName)).toThrow(/Onbekende transactie-instelling/);
    expect(() => settingStatements({ role: "postgres" as TransactionRole })).toThrow(/Onbekende databaserol/);
  });

  it("refuses a tenant scope that is not two uuids and an organisation kind", () => {
    const ok = { userId: "0b9f3f7e-6a4e-4a53-9d53-2b1f8c0a9e11", orgId: "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", orgKind: "buyer" as const };
    expect(tenantSettings(ok).role).toBe("groeipad_buyer");
    expect(() => tenantSettings({ ...ok, orgId: `${ok.orgId}'; RESET ROLE; --` })).toThrow(/Ongeldige tenant-context/);
    expect(() => tenantSettings({ ...ok, userId: "nobody" })).toThrow(/Ongeldige tenant-context/);
    expect(tenantSettings({ ...ok, userId: "" }).values?.["app.user_id"]).toBe("");
    expect(() => tenantSettings({ ...ok, orgKind: "admin" as never })).toThrow(/Ongeldige tenant-context/);
    expect(() => tenantSettings({ ...ok, orgKind: "__proto__" as never })).toThrow(/Ongeldige tenant-context/);
  });

  it("sets a supplier's buyers as a checked list, and refuses one on a buyer's scope", () => {
    const supplier = {
      userId: "0b9f3f7e-6a4e-4a53-9d53-2b1f8c0a9e11",
      orgId: "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
      orgKind: "supplier" as const,
    };
    const buyers = ["7d2e3f40-5b6c-4d7e-8f90-a1b2c3d4e5f6", "8e3f4051-6c7d-4e8f-9012-b2c3d4e5f607"];
    expect(tenantSettings({ ...supplier, partnerOrgIds: buyers }).values?.["app.partner_org_ids"]).toBe(buyers.join(","));
    expect(tenantSettings(supplier).values?.["app.partner_org_ids"]).toBe("");
    expect(() => tenantSettings({ ...supplier, partnerOrgIds: [buyers[0], "x,y"] })).toThrow(/Ongeldige tenant-context/);
    expect(() => tenantSettings({ ...supplier, partnerOrgIds: [`${buyers[0]}'; RESET ROLE; --`] })).toThrow(/Ongeldige tenant-context/);
    expect(() => tenantSettings({ ...supplier, orgKind: "buyer", partnerOrgIds: buyers })).toThrow(/Ongeldige tenant-context/);
  });
});

describe("in the database", () => {
  const now = sql`select current_user::text as role, current_setting('app.sign_in_email', true) as email,
                         current_setting('app.org_id', true) as org`;

  it("a hostile value arrives as text, the role stays switched, and nothing is left after the transaction", async () => {
    const inside = await db.transaction(async (tx) => {
      await setLocal(tx as unknown as Db, { values: { "app.sign_in_email": HOSTILE }, role: "groeipad_app" });
      return queryRows<{ role: string; email: string }>(tx as unknown as Db, now);
    });
    expect(inside[0]).toMatchObject({ role: "groeipad_app", email: HOSTILE });
    const after = await queryRows<{ role: string; email: string | null }>(db, now);
    expect(after[0].role).not.toBe("groeipad_app");
    expect(after[0].email ?? "").toBe("");
  });

  it("a tenant transaction runs as its side's role with its organisation, and only inside", async () => {
    const buyer = await createBuyer(db);
    const scope = { userId: buyer.as.admin.userId, orgId: buyer.org.id, orgKind: "buyer" as const };
    const inside = await withTenant(scope, (tx) => queryRows<{ role: string; org: string }>(tx, now), db);
    expect(inside[0]).toMatchObject({ role: "groeipad_buyer", org: buyer.org.id });
    expect((await queryRows<{ org: string | null }>(db, now))[0].org ?? "").toBe("");
  });
});
