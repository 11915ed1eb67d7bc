// The e-mail side of notifications, run by the job queue (lib/jobs/queue.ts). Each person's
// notifications are handled in that person's own scope, where row-level security shows only
// theirs. An e-mail is claimed (its state moved on) and sent in one transaction: a second run, or
// a second worker at the same moment, finds nothing left to send, and a failed send rolls the
// claim back so the next run tries again.
import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { notifications, organisations, users, type Notification } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { viewerOf } from "@/lib/contracts/queries";
import { sendEmail, type EmailAttachment } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { reviewFileName } from "@/lib/reviews/export-csv";
import { reviewRecord } from "@/lib/reviews/export";
import { PDF_CONTENT_TYPE, reviewPdf } from "@/lib/reviews/pdf";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { contractParties } from "./create";
import { deliveryPreferences } from "./preferences";

type Waiting = { user_id: string; recipient_org_id: string; recipient_org_kind: OrganisationKind };

function recipientScope(w: Waiting, tenantId?: string): TenantScope {
  return {
    userId: w.user_id,
    orgId: w.recipient_org_id,
    orgKind: w.recipient_org_kind,
    partnerOrgIds: w.recipient_org_kind === "supplier" && tenantId ? [tenantId] : [],
  };
}

async function waitingRecipients(db: Db, state: "pending" | "digest"): Promise<Waiting[]> {
  return queryRows<Waiting>(db, sql`select * from notification_recipients_waiting(${state}::notification_email_state)`);
}

export type DeliveryResult = { sent: number; digest: number; off: number; failed: number };

/**
 * Sorts every waiting notification by its recipient's preference: e-mailed now, kept for the
 * daily digest, or not e-mailed. `onEmail` runs before each e-mail (the restart test stops the
 * worker there).
 */
export async function deliverNotifications(db: Db, options: { onEmail?: () => void } = {}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, digest: 0, off: 0, failed: 0 };
  for (const who of await waitingRecipients(db, "pending")) {
    const immediate = await withTenant(
      recipientScope(who),
      async (tx) => {
        const preference = await deliveryPreferences(tx, { userId: who.user_id });
        const rows = await tx
          .select({ tenantId: notifications.tenantId, id: notifications.id, kind: notifications.kind })
          .from(notifications)
          .where(mineIn(who, "pending"));
        for (const later of ["digest", "off"] as const) {
          const ids = rows.filter((r) => preference[r.kind] === later).map((r) => r.id);
          if (ids.length === 0) continue;
          await tx
            .update(notifications)
            .set({ emailState: later })
            .where(and(mineIn(who, "pending"), inArray(notifications.id, ids)));
          result[later] += ids.length;
        }
        return rows.filter((r) => preference[r.kind] === "immediate");
      },
      db,
    );
    for (const n of immediate) {
      try {
        options.onEmail?.();
        const sent = await withTenant(recipientScope(who, n.tenantId), (tx) => sendOne(tx, who, n), db);
        if (sent) result.sent += 1;
      } catch (error) {
        if (error instanceof WorkerStopped) throw error;
        result.failed += 1;
        console.error(`Melding ${n.id} niet gemaild:`, error instanceof Error ? error.message : error);
      }
    }
  }
  return result;
}

/** Thrown by a test's onEmail to stop a run halfway, as a killed worker would. */
export class WorkerStopped extends Error {}

function mineIn(who: Waiting, state: Notification["emailState"]) {
  return and(
    eq(notifications.userId, who.user_id),
    eq(notifications.recipientOrgId, who.recipient_org_id),
    eq(notifications.emailState, state),
  );
}

async function recipientAddress(tx: Db, userId: string): Promise<string | null> {
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email ?? null;
}

async function sendOne(tx: Db, who: Waiting, ref: { tenantId: string; id: string }): Promise<boolean> {
  const [n] = await tx
    .update(notifications)
    .set({ emailState: "sent", emailedAt: sql`now()` })
    .where(and(eq(notifications.tenantId, ref.tenantId), eq(notifications.id, ref.id), mineIn(who, "pending")))
    .returning();
  if (!n) return false;
  const to = await recipientAddress(tx, who.user_id);
  // Without a contract it is about the recipient's own organisation: a profile, a group's invitation.
  const parties = n.contractId ? await contractParties(tx, { tenantId: n.tenantId, id: n.contractId }) : null;
  if (!to || (n.contractId && !parties)) return false;
  const attachments =
    n.kind === "review_final" && n.contractId ? await reviewPdfAttachment(tx, who, { ...n, contractId: n.contractId }) : [];
  await sendEmail(tx, {
    to,
    template: "notification",
    props: {
      title: n.title,
      contractTitle: parties?.contractTitle ?? null,
      url: `${appUrl()}${n.link}`,
      attachmentNote: attachments.length ? "Het verslag van de kwartaalreview zit als pdf in de bijlage." : null,
    },
    attachments,
  });
  return true;
}

async function reviewPdfAttachment(tx: Db, who: Waiting, n: Notification & { contractId: string }): Promise<EmailAttachment[]> {
  const record = await reviewRecord(tx, {
    viewer: viewerOf({ org: { id: who.recipient_org_id, kind: who.recipient_org_kind } }),
    contractId: n.contractId,
    quarter: n.subjectId,
  });
  const bytes = await reviewPdf(record);
  return [
    { filename: reviewFileName(record.contract.reference, record.key, "pdf"), content: Buffer.from(bytes), contentType: PDF_CONTENT_TYPE },
  ];
}

/**
 * The daily digest: per person and organisation, the notifications kept for it in one e-mail.
 * The rows move to "digested" in the transaction that sends, so a second run sends nothing.
 */
export async function sendDigests(db: Db): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  for (const who of await waitingRecipients(db, "digest")) {
    try {
      const sent = await withTenant(
        recipientScope(who),
        async (tx) => {
          const rows = await tx
            .update(notifications)
            .set({ emailState: "digested", emailedAt: sql`now()` })
            .where(mineIn(who, "digest"))
            .returning();
          if (rows.length === 0) return false;
          const to = await recipientAddress(tx, who.user_id);
          const [org] = await tx.select().from(organisations).where(eq(organisations.id, who.recipient_org_id));
          if (!to || !org) return false;
          const titles = new Map<string, string>();
          for (const r of rows) {
            if (r.contractId && !titles.has(r.contractId))
              titles.set(r.contractId, (await contractParties(tx, { tenantId: r.tenantId, id: r.contractId }))?.contractTitle ?? "");
          }
          rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
          await sendEmail(tx, {
            to,
            template: "notification-digest",
            props: {
              organisationName: org.name,
              items: rows.map((r) => ({
                title: r.title,
                contractTitle: r.contractId ? (titles.get(r.contractId) ?? "") : null,
                url: `${appUrl()}${r.link}`,
              })),
              listUrl: `${appUrl()}/${org.slug}/meldingen`,
            },
          });
          return true;
        },
        db,
      );
      if (sent) result.sent += 1;
    } catch (error) {
      result.failed += 1;
      console.error(`Dagelijks overzicht voor ${who.user_id} niet verstuurd:`, error instanceof Error ? error.message : error);
    }
  }
  return result;
}
