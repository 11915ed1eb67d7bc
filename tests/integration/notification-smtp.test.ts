// Notification e-mails against a real SMTP server on loopback: the final review reaches both
// sides with its PDF attached, and running the delivery job again sends nothing more.
import { describe, expect, it } from "vitest";
import { deliverNotifications } from "@/lib/notifications/delivery";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { openTestDatabase } from "../fixtures/db";
import { useSmtpServer } from "../fixtures/smtp";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";

// The job goes over every recipient in the database: this file gets a database of its own.
const { db } = await openTestDatabase({ alone: true });

const { received } = useSmtpServer();

describe("notification e-mails over SMTP", { timeout: 60_000 }, () => {
  it("the final review reaches both sides with its PDF; a second run sends nothing", async () => {
    const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
    const cm = buyer.as.contract_manager;
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: cm.userId, supplierOrgId: supplier.org.id });
    const kpi = await insertResultKpi(db, contract, null, { name: "CO2 per maaltijd" });
    const review = await insertReviewRow(db, contract, "2026-Q3");
    await insertScoreRow(db, review, kpi.id);
    let v = expectOk(
      await scoreKpi.run(cm, { reviewId: review.id, version: String(review.version), kpiId: kpi.id, score: "on_track" }),
    ).version;
    v = expectOk(await signReview.run(supplier.as.reporter, { reviewId: review.id, version: String(v) })).version;
    expectOk(await signReview.run(cm, { reviewId: review.id, version: String(v) }));

    await deliverNotifications(db);
    const finalMails = (to: string) =>
      received.filter((r) => r.rcptTo.includes(to) && /De kwartaalreview 3e kwartaal 2026 is definitief/.test(unfold(r.raw)));
    for (const who of [cm, supplier.as.admin, supplier.as.reporter]) {
      const mails = finalMails(who.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].raw).toMatch(/Content-Type: application\/pdf; name=review-[^\r\n]*2026-K3\.pdf/i);
      expect(mails[0].raw).toMatch(/Content-Disposition: attachment; filename=review-[^\r\n]*2026-K3\.pdf/i);
      expect(mails[0].raw).toContain("Content-Transfer-Encoding: base64");
    }
    // The contract manager, who signed second, was asked for the signature once.
    expect(received.filter((r) => r.rcptTo.includes(cm.email) && /handtekening is nodig/.test(unfold(r.raw)))).toHaveLength(1);

    const count = received.length;
    await deliverNotifications(db);
    expect(received.length).toBe(count);
  });
});

/** The message with folded header lines joined and its encoded-word subject decoded. */
function unfold(raw: string): string {
  const headers = raw.replace(/\r?\n[ \t]+/g, " ");
  return headers.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}
