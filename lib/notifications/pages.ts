// What the notification pages read, in the signed-in person's own tenant transaction.
import type { NotificationDelivery } from "@/db/schema";
import { requireActor } from "@/lib/auth/session";
import { withTenant } from "@/lib/tenancy";
import { DELIVERY_LABELS, kindsFor, NOTIFICATION_KIND_LABELS } from "./kinds";
import { deliveryPreferences } from "./preferences";
import { listNotifications, unreadNotificationCount } from "./queries";

export async function notificationsPage(org: string) {
  const actor = await requireActor(org);
  const reader = { userId: actor.userId, orgId: actor.org.id, orgKind: actor.org.kind };
  const [items, unread] = await withTenant(actor, (tx) =>
    Promise.all([listNotifications(tx, reader), unreadNotificationCount(tx, reader)]),
  );
  return { actor, items, unread };
}

type PreferenceRow = { kind: string; label: string; delivery: NotificationDelivery };

/** Per kind its name and the person's current choice, with the choices to offer. */
export async function notificationPreferencesOf(actor: Awaited<ReturnType<typeof requireActor>>) {
  const chosen = await withTenant(actor, (tx) => deliveryPreferences(tx, { userId: actor.userId }));
  const rows: PreferenceRow[] = kindsFor(actor.org.kind).map((kind) => ({
    kind,
    label: NOTIFICATION_KIND_LABELS[kind],
    delivery: chosen[kind],
  }));
  const choices = Object.entries(DELIVERY_LABELS).map(([value, label]) => ({ value, label }));
  return { rows, choices };
}
