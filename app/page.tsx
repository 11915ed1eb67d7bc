import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { myMemberships } from "@/lib/auth/pages";
import { homePage } from "@/lib/auth/permissions";
import { runsPlatform } from "@/lib/operators/pages";
import { signOutAction } from "./(app)/actions";

export const metadata: Metadata = { title: "Start" };

export default async function Home() {
  const mine = await myMemberships();
  if (!mine) redirect("/login");
  if (mine.memberships.length > 0) {
    const first = mine.memberships[0];
    redirect(`/${first.slug}${homePage(first.kind, first.role)}`);
  }
  if (mine.suspended.length > 0) redirect(`/opgeschort/${mine.suspended[0].slug}`);
  if (await runsPlatform()) redirect("/platform");
  return (
    <main className="auth-page">
      <div className="auth-panel card">
        <h1>Nog geen organisatie</h1>
        <p>
          Je bent ingelogd als {mine.user.email}, maar je bent nog geen lid van een organisatie. Vraag de beheerder van je organisatie om je
          uit te nodigen, of open de uitnodiging die je per e-mail hebt gekregen.
        </p>
        <div className="actions">
          <form action={signOutAction}>
            <button type="submit" className="button button-secondary">
              Uitloggen
            </button>
          </form>
          <Link href="/login">Inloggen met een ander account</Link>
        </div>
      </div>
    </main>
  );
}
