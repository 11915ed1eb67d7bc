import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/app/_components/logo";
import { myMemberships } from "@/lib/auth/pages";
import { can, roleLabel } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/env";
import { signOutAction } from "../actions";
import { Nav, type NavItem } from "./nav";
import { WorklistCount } from "./_components/worklist-count";
import { NotificationBell } from "./_components/notification-bell";
import { hasWork } from "@/lib/worklist/policy";
import { seesPeriods } from "@/lib/period-close/policy";
import { PageConfirmation } from "@/app/_components/ui/page-confirmation";

export default async function OrganisationLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  const mine = await myMemberships();
  const base = `/${actor.org.slug}`;
  // Modules appear here as they are built: Rapportages and Reviews follow.
  const items: NavItem[] = [
    // Buyers get the organisation dashboard under its own name; their home page is the overview.
    {
      href: base,
      label: actor.org.kind === "buyer" ? "Overzicht" : "Dashboard",
      exact: true,
      badge: hasWork(actor) ? <WorklistCount org={actor.org.slug} /> : undefined,
    },
    ...(actor.org.kind === "buyer" ? [{ href: `${base}/dashboard`, label: "Dashboard" }] : []),
    // Suppliers get their own performance across every buyer they serve.
    ...(actor.org.kind === "supplier" ? [{ href: `${base}/prestaties`, label: "Prestaties" }] : []),
    { href: `${base}/contracten`, label: "Contracten" },
    { href: `${base}/rapportages`, label: "Rapportages" },
  ];
  if (actor.org.kind === "buyer") items.push({ href: `${base}/lessen`, label: "Lessen" });
  if (can(actor.org.kind, actor.role, "profile.read")) items.push({ href: `${base}/bedrijfsprofiel`, label: "Bedrijfsprofiel" });
  if (can(actor.org.kind, actor.role, "benchmark.read")) items.push({ href: `${base}/benchmark`, label: "Benchmark" });
  if (can(actor.org.kind, actor.role, "wheel.read")) items.push({ href: `${base}/waardenwiel`, label: "Waardenwiel" });
  if (
    actor.org.kind === "buyer" &&
    (can(actor.org.kind, actor.role, "kpi_library.edit") || can(actor.org.kind, actor.role, "kpi_library.adopt"))
  ) {
    items.push({ href: `${base}/kpi-bibliotheek`, label: "KPI-bibliotheek" });
  }
  if (can(actor.org.kind, actor.role, "guidance.read")) items.push({ href: `${base}/hulpmiddelen`, label: "Hulpmiddelen" });
  if (seesPeriods(actor)) items.push({ href: `${base}/perioden`, label: "Perioden" });
  if (can(actor.org.kind, actor.role, "members.invite") || can(actor.org.kind, actor.role, "audit.read")) {
    items.push({ href: `${base}/beheer`, label: "Beheer" });
  }
  const others = (mine?.memberships ?? []).filter((m) => m.slug !== actor.org.slug);
  return (
    <div className="shell">
      <a href="#inhoud" className="skip-link">
        Naar de inhoud
      </a>
      <aside className="sidebar">
        <Link href={base} className="brand">
          <Logo /> Groeipad
        </Link>
        <Nav items={items} />
        <div className="sidebar-footer">{isDemoMode() ? <Link href="/dev/outbox">Uitgaande post (demo)</Link> : null}</div>
      </aside>
      <div className="main">
        <header className="topbar">
          <div>
            <span className="org">{actor.org.name}</span>{" "}
            <span className="muted small">
              · {actor.org.kind === "buyer" ? "opdrachtgever" : "leverancier"} · {roleLabel(actor.org.kind, actor.role)}
            </span>
          </div>
          <div className="actions">
            {others.length > 0 ? (
              <details className="org-switcher">
                <summary>Wissel van organisatie</summary>
                <ul>
                  {others.map((m) => (
                    <li key={m.slug}>
                      <Link href={`/${m.slug}`}>{m.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <NotificationBell org={actor.org.slug} />
            <Link href={`${base}/profiel`} className="small">
              {actor.name ?? actor.email}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="button button-secondary">
                Uitloggen
              </button>
            </form>
          </div>
        </header>
        <main id="inhoud" className="content">
          <PageConfirmation />
          {children}
        </main>
      </div>
    </div>
  );
}
