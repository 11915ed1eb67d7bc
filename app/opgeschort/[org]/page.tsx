import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { suspendedMembership } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { signOutAction } from "@/app/(app)/actions";

export const metadata: Metadata = { title: "Organisatie opgeschort" };

/** Where a member of a suspended organisation lands: what happened, since when, why, and what to do. */
export default async function SuspendedPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const suspension = await suspendedMembership(org);
  if (!suspension) notFound();
  return (
    <main className="auth-page">
      <div className="auth-panel card">
        <h1>{suspension.name} is opgeschort</h1>
        <p>
          De beheerders van Groeipad hebben {suspension.name} op {formatDateTime(suspension.suspendedAt)} tijdelijk opgeschort. Zolang dat
          zo is, kun je de organisatie niet openen, werken haar API-tokens niet en worden haar webhooks niet verstuurd. Er is niets
          verwijderd: alles is er weer zodra de organisatie wordt heropend.
        </p>
        {suspension.reason ? (
          <p>
            <strong>Reden:</strong> {suspension.reason}
          </p>
        ) : null}
        <p>Vragen? Neem contact op met de beheerders van Groeipad of met de beheerder van je organisatie.</p>
        <div className="actions">
          <Link href="/">Naar de start</Link>
          <form action={signOutAction}>
            <button type="submit" className="button button-secondary">
              Uitloggen
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}
