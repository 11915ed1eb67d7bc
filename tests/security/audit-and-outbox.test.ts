// The second wall around the audit trail and the development outbox: the database itself refuses
// an audit event in a stranger's trail and keeps the outbox unreadable for the application,
// whatever the data layer asks.
import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import type { BuyerRole } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit";
import { listOutbox, sendEmail } from "@/lib/email/send";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { setLocal } from "@/lib/transaction-settings";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createOrganisation, insertContract, outboxFor, uniqueEmail, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplierOfA: string;
let stranger: string;

const buyerScope = (team: Team<BuyerRole>): TenantScope => ({ userId: team.as.admin.userId, orgId: team.org.id, orgKind: "buyer" });
const supplierScope = (orgId: string): TenantScope => ({ userId: a.as.admin.userId, orgId, orgKind: "supplier" });
const eventsOf = (tenantId: string, action: string) =>
  queryRows<{ actor_org_id: string; actor_user_id: string | null }>(
    db,
    sql`select actor_org_id, actor_user_id from audit_events where tenant_id = ${tenantId} and action = ${action}`,
  );

beforeAll(async () => {
  [a, b] = [await createBuyer(db), await createBuyer(db)];
  supplierOfA = (await createOrganisation(db, "supplier")).id;
  stranger = (await createOrganisation(db, "supplier")).id;
  await insertContract(db, { tenantId: a.org.id, managerId: a.as.admin.userId, supplierOrgId: supplierOfA });
});

describe("appending to the audit trail", () => {
  it("refuses a direct insert into another organisation's trail, even in the actor's own name", async () => {
    const forged = withTenant(
      buyerScope(a),
      (tx) =>
        tx.execute(
          sql`insert into audit_events (tenant_id, actor_org_id, entity, entity_id, action)
            values (${b.org.id}, ${a.org.id}, 'contract', 'x', 'ondergeschoven')`,
        ),
      db,
    );
    expect(await databaseError(forged)).toMatch(/row-level security/);
    expect(await eventsOf(b.org.id, "ondergeschoven")).toEqual([]);
  });

  it("records a supplier's event in the trail of a buyer whose contract it is party to", async () => {
    await withTenant(
      supplierScope(supplierOfA),
      (tx) =>
        recordAudit(
          tx,
          { userId: a.as.admin.userId, org: { id: supplierOfA } },
          {
            tenantId: a.org.id,
            entity: "report",
            entityId: "r1",
            action: "submit_for_test",
          },
        ),
      db,
    );
    expect(await eventsOf(a.org.id, "submit_for_test")).toEqual([{ actor_org_id: supplierOfA, actor_user_id: a.as.admin.userId }]);
  });

  it("refuses an event in the trail of a buyer the supplier has no contract with", async () => {
    const write = withTenant(
      supplierScope(stranger),
      (tx) =>
        recordAudit(
          tx,
          { userId: null, org: { id: stranger } },
          { tenantId: a.org.id, entity: "report", entityId: "r1", action: "stranger_event" },
        ),
      db,
    );
    expect(await databaseError(write)).toMatch(/without a relation/);
    expect(await eventsOf(a.org.id, "stranger_event")).toEqual([]);
  });

  it("refuses a buyer's event in the trail of a supplier it neither registered nor contracted", async () => {
    const write = withTenant(
      buyerScope(b),
      (tx) =>
        recordAudit(
          tx,
          { userId: b.as.admin.userId, org: { id: b.org.id } },
          {
            tenantId: supplierOfA,
            entity: "invitation",
            entityId: "i1",
            action: "create_for_test",
          },
        ),
      db,
    );
    expect(await databaseError(write)).toMatch(/without a relation/);
    expect(await eventsOf(supplierOfA, "create_for_test")).toEqual([]);
  });

  it("names the actor's organisation from the transaction, not from what the caller passes", async () => {
    // The function takes no actor organisation at all: a forged one cannot be handed in.
    const [fn] = await queryRows<{ args: string }>(
      db,
      sql`select pg_get_function_identity_arguments('append_counterparty_audit_event'::regproc) as args`,
    );
    expect(fn.args).not.toMatch(/actor_org/);
  });
});

describe("the development outbox", () => {
  const asApplication = <T>(work: (tx: Db) => Promise<T>) =>
    db.transaction(async (tx) => {
      await setLocal(tx as unknown as Db, { role: "groeipad_app" });
      return work(tx as unknown as Db);
    });
  const magicLink = { url: "http://groeipad.test/api/auth/callback/nodemailer?token=geheim-token-123", validMinutes: 15 };

  afterEach(() => {
    delete process.env.DEMO_MODE;
  });

  it("lets the application write e-mails but not read, change or delete them", async () => {
    const to = uniqueEmail();
    await asApplication((tx) => sendEmail(tx, { to, template: "magic-link", props: magicLink }));
    expect(await asApplication((tx) => queryRows(tx, sql`select * from outbox_emails where "to" = ${to}`))).toEqual([]);
    expect(await databaseError(asApplication((tx) => tx.execute(sql`delete from outbox_emails where "to" = ${to}`)))).toMatch(
      /permission denied/,
    );
    expect(await outboxFor(db, to)).toHaveLength(1);
  });

  it("shows the demo's outbox page what was sent", async () => {
    const to = uniqueEmail();
    await sendEmail(db, { to, template: "magic-link", props: magicLink });
    const shown = await asApplication((tx) => listOutbox(tx, 1000));
    expect(shown.find((m) => m.to === to)?.text).toContain("geheim-token-123");
  });

  it("never keeps a sign-in link outside demo mode", async () => {
    process.env.DEMO_MODE = "false";
    const to = uniqueEmail();
    const sent = await sendEmail(db, { to, template: "magic-link", props: magicLink });
    expect(sent.text).toContain("geheim-token-123");
    const [kept] = await outboxFor(db, to);
    expect(kept.subject).toBe(sent.subject);
    expect(`${kept.html} ${kept.text}`).not.toContain("geheim-token-123");
    expect(kept.text).toContain("niet bewaard");
  });
});
