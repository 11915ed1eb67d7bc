import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/app/_components/logo";
import { myMemberships } from "@/lib/auth/pages";
import { roleLabel } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/env";
import { signOutAction } from "../actions";
import { Nav, type NavItem } from "./nav";
import { groupNav, organisationNav } from "./nav-items";
import { NotificationBell } from "./_components/notification-bell";
import { onlyVerifies } from "@/lib/verification/policy";
import { PageConfirmation } from "@/app/_components/ui/page-confirmation";

const KIND_LABELS = { buyer: "opdrachtgever", supplier: "leverancier", buyer_group: "inkoopgroep" } as const;

export default async function OrganisationLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org, { servesVerifier: true });
  const mine = await myMemberships();
  const base = `/${actor.org.slug}`;
  const items: NavItem[] = actor.org.kind === "buyer_group" ? groupNav(actor) : organisationNav(actor);
  const others = (mine?.memberships ?? []).filter((m) => m.slug !== actor.org.slug);
  return (
    <div className="shell">
      <a href="#inhoud" className="skip-link">
        Naar de inhoud
      </a>
      <aside className="sidebar">
        <Link href={onlyVerifies(actor) ? `${base}/verificatie` : base} className="brand">
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
              · {KIND_LABELS[actor.org.kind]} · {roleLabel(actor.org.kind, actor.role)}
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
            {onlyVerifies(actor) ? null : <NotificationBell org={actor.org.slug} />}
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
