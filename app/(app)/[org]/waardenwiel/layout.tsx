import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

/** The Waardenwiel section: the wheel itself, the organisation targets and the indicators. */
export default async function WaardenwielLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "wheel.read")) notFound();
  const base = `/${org}/waardenwiel`;
  return (
    <>
      <nav className="subnav no-print" aria-label="Waardenwiel">
        <Link href={base}>Wiel en ambitie</Link>
        <Link href={`${base}/doelstellingen`}>Doelstellingen</Link>
        <Link href={`${base}/indicatoren`}>Indicatoren</Link>
      </nav>
      {children}
    </>
  );
}
