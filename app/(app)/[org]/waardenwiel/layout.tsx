import { Nav } from "../nav";
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
      <Nav
        label="Waardenwiel"
        className="subnav no-print"
        items={[
          { href: base, label: "Wiel en ambitie" },
          { href: `${base}/doelstellingen`, label: "Doelstellingen" },
          { href: `${base}/indicatoren`, label: "Indicatoren" },
          ...(actor.org.kind === "buyer" ? [{ href: `${base}/voetafdruk`, label: "CO2-voetafdruk" }] : []),
        ]}
      />
      {children}
    </>
  );
}
