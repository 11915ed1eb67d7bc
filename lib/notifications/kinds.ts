// The kinds of notification, their names in the interface and how each is e-mailed by default.
import type { NotificationDelivery, NotificationKind } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";

export const NOTIFICATION_KINDS = [
  "kpi_proposed",
  "kpi_accepted",
  "kpi_rejected",
  "review_signature_needed",
  "review_final",
  "action_item_assigned",
  "action_item_due",
  "report_due",
  "profile_fact_expiring",
  "group_invitation",
] as const satisfies readonly NotificationKind[];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  kpi_proposed: "KPI voorgesteld",
  kpi_accepted: "KPI geaccepteerd",
  kpi_rejected: "KPI afgewezen",
  review_signature_needed: "Jouw handtekening is nodig onder een kwartaalreview",
  review_final: "Kwartaalreview definitief (met pdf)",
  action_item_assigned: "Actiepunt toegewezen",
  action_item_due: "Actiepunt verloopt binnen een week",
  report_due: "Rapportage verwacht binnen een week",
  profile_fact_expiring: "Certificaat of gegeven in het bedrijfsprofiel verloopt binnenkort",
  group_invitation: "Uitnodiging voor een inkoopgroep",
};

export const DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  immediate: "Direct per e-mail",
  digest: "Dagelijks overzicht per e-mail",
  off: "Geen e-mail (alleen in Groeipad)",
};

/**
 * A report due within a week is already mailed by the report reminders (which the profile's
 * reminder switch governs), so by default it only shows in the app; everything else is mailed at once.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  kpi_proposed: "immediate",
  kpi_accepted: "immediate",
  kpi_rejected: "immediate",
  review_signature_needed: "immediate",
  review_final: "immediate",
  action_item_assigned: "immediate",
  action_item_due: "immediate",
  report_due: "off",
  profile_fact_expiring: "immediate",
  group_invitation: "immediate",
};

/** Kinds only one kind of organisation receives; the others reach people of either side. */
const ONLY_FOR: Partial<Record<NotificationKind, OrganisationKind>> = {
  profile_fact_expiring: "supplier",
  group_invitation: "buyer",
};

/** The kinds a person of this kind of organisation can receive, for their preferences. */
export function kindsFor(orgKind: OrganisationKind): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => (ONLY_FOR[kind] ?? orgKind) === orgKind);
}
