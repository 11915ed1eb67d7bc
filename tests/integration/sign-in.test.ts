import { describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-data";
import { clientIp, demoUser } from "@/lib/auth/sign-in";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createOrganisation } from "../fixtures/factories";

const { db } = await openTestDatabase();

describe("one-click demo sign-in", () => {
  it("signs in a seeded demo user who is a member", async () => {
    const demo = demoUsers[0];
    const org = await createOrganisation(db, "buyer");
    const [user] = await db
      .insert(users)
      .values({ email: demo.email, name: demo.name })
      .onConflictDoUpdate({ target: users.email, set: { name: demo.name } })
      .returning();
    await db.insert(memberships).values({ organisationId: org.id, userId: user.id, role: "viewer" });
    expect(await demoUser(db, { email: demo.email.toUpperCase() })).toMatchObject({ id: user.id });
  });

  it("refuses someone who joined later, even with a membership: invited people are no one-click accounts", async () => {
    const org = await createOrganisation(db, "supplier");
    const member = await addMember(db, org, "admin");
    expect(await demoUser(db, { email: member.email })).toBeNull();
  });

  it("refuses a demo address that has no membership", async () => {
    const demo = demoUsers[1];
    await db.insert(users).values({ email: demo.email, name: demo.name }).onConflictDoNothing();
    expect(await demoUser(db, { email: demo.email })).toBeNull();
  });
});

describe("the client address for rate limits", () => {
  it("takes the entry our proxy appended, not the ones the client can forge", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.7" }))).toBe("10.0.0.7");
    // X-Real-IP is a header like any other a client can send; it is not read.
    expect(clientIp(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("lokaal");
    expect(clientIp(new Headers())).toBe("lokaal");
  });
});
