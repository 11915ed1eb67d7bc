import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { notificationsPage } from "@/lib/notifications/pages";
import { NotificationCountSeed, OpenNotificationButton } from "../_components/notification-bell";
import { markAllReadAction, openNotificationAction } from "./actions";
import { MarkAllReadForm } from "./client";

export const metadata: Metadata = { title: "Meldingen" };

export default async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, items, unread } = await notificationsPage(org);
  const slug = actor.org.slug;
  return (
    <>
      <NotificationCountSeed org={slug} unread={unread} />
      <div className="page-header">
        <div>
          <h1>Meldingen</h1>
          <p>
            {unread === 0
              ? "Je hebt geen ongelezen meldingen."
              : unread === 1
                ? "Je hebt 1 ongelezen melding."
                : `Je hebt ${unread} ongelezen meldingen.`}{" "}
            Open een melding om haar als gelezen te markeren. Welke meldingen je ook per e-mail krijgt, kies je op je{" "}
            <Link href={`/${slug}/profiel`}>profielpagina</Link>.
          </p>
        </div>
      </div>
      {unread > 0 ? <MarkAllReadForm action={markAllReadAction.bind(null, slug)} /> : null}
      {items.length === 0 ? (
        <p className="card">Nog geen meldingen.</p>
      ) : (
        <ul className="notification-list" aria-label="Meldingen">
          {items.map((n) => (
            <li key={n.id} className={`card${n.readAt ? "" : " notification-unread"}`}>
              <OpenNotificationButton
                org={slug}
                unread={!n.readAt}
                action={openNotificationAction.bind(null, slug, n.tenantId, n.id) as unknown as (form: FormData) => Promise<void>}
              >
                {n.readAt ? null : <span className="badge">Nieuw</span>} {n.title}
              </OpenNotificationButton>
              <p className="muted small">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
