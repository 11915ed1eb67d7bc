import type { Metadata } from "next";
import Link from "next/link";
import { isDemoMode } from "@/lib/env";

export const metadata: Metadata = { title: "Controleer je e-mail" };

export default async function SentPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <main className="auth-page">
      <div className="auth-panel card">
        <h1>Controleer je e-mail</h1>
        <p>
          Als {email ? <strong>{email}</strong> : "dit adres"} bij Groeipad bekend is, hebben we er een inloglink naartoe gestuurd. De link
          is 15 minuten geldig.
        </p>
        {isDemoMode() ? (
          <p>
            Dit is een demo: de e-mail staat in de <Link href="/dev/outbox">uitgaande post</Link>.
          </p>
        ) : null}
        <Link href="/login">Terug naar inloggen</Link>
      </div>
    </main>
  );
}
