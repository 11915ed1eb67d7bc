import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { readsBoardReports } from "@/lib/board-reports/policy";
import { seesPeriods } from "@/lib/period-close/policy";
import { onlyVerifies, seesVerification } from "@/lib/verification/policy";
import { hasWork } from "@/lib/worklist/policy";
import type { NavItem } from "./nav";
import { WorklistCount } from "./_components/worklist-count";

/** The module navigation of a buyer or a supplier; modules a role cannot use are left out. */
export function organisationNav(actor: Actor): NavItem[] {
  const base = `/${actor.org.slug}`;
  const allowed = (permission: Parameters<typeof can>[2]) => can(actor.org.kind, actor.role, permission);
  // A verifier reads nothing but the contracts assigned to them: one page.
  if (onlyVerifies(actor)) return [{ href: `${base}/verificatie`, label: "Verificatie" }];
  const items: NavItem[] = [
    // Buyers get the organisation dashboard under its own name; their home page is the overview.
    {
      href: base,
      label: actor.org.kind === "buyer" ? "Overzicht" : "Dashboard",
      exact: true,
      badge: hasWork(actor) ? <WorklistCount org={actor.org.slug} /> : undefined,
    },
    ...(actor.org.kind === "buyer" ? [{ href: `${base}/dashboard`, label: "Dashboard" }] : []),
    // A soft hyphen: in the narrow sidebar the long word breaks after "Bestuurs-", not at its last letter.
    ...(readsBoardReports(actor) ? [{ href: `${base}/bestuursrapportages`, label: "Bestuurs\u00adrapportages" }] : []),
    // Suppliers get their own performance across every buyer they serve.
    ...(actor.org.kind === "supplier" ? [{ href: `${base}/prestaties`, label: "Prestaties" }] : []),
    { href: `${base}/contracten`, label: "Contracten" },
    { href: `${base}/rapportages`, label: "Rapportages" },
  ];
  if (actor.org.kind === "buyer") items.push({ href: `${base}/lessen`, label: "Lessen" });
  if (allowed("profile.read")) items.push({ href: `${base}/bedrijfsprofiel`, label: "Bedrijfsprofiel" });
  if (allowed("benchmark.read")) items.push({ href: `${base}/benchmark`, label: "Benchmark" });
  if (allowed("wheel.read")) items.push({ href: `${base}/waardenwiel`, label: "Waardenwiel" });
  if (actor.org.kind === "buyer" && (allowed("kpi_library.edit") || allowed("kpi_library.adopt"))) {
    items.push({ href: `${base}/kpi-bibliotheek`, label: "KPI-bibliotheek" });
  }
  if (actor.org.kind === "buyer" && allowed("groups.read")) items.push({ href: `${base}/inkoopgroepen`, label: "Inkoopgroepen" });
  if (allowed("guidance.read")) items.push({ href: `${base}/hulpmiddelen`, label: "Hulpmiddelen" });
  if (seesVerification(actor)) items.push({ href: `${base}/verificatie`, label: "Verificatie" });
  if (seesPeriods(actor)) items.push({ href: `${base}/perioden`, label: "Perioden" });
  if (allowed("members.invite") || allowed("audit.read")) items.push({ href: `${base}/beheer`, label: "Beheer" });
  return items;
}

/** A buyer group's navigation: its overview, its standards (the group's KPI library) and its people. */
export function groupNav(actor: Actor): NavItem[] {
  const base = `/${actor.org.slug}`;
  const items: NavItem[] = [{ href: base, label: "Overzicht", exact: true }];
  if (can(actor.org.kind, actor.role, "kpi_library.edit")) items.push({ href: `${base}/kpi-bibliotheek`, label: "Standaarden" });
  if (can(actor.org.kind, actor.role, "members.invite")) items.push({ href: `${base}/beheer`, label: "Beheer" });
  return items;
}
