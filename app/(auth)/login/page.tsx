import type { Metadata } from "next";
import { Logo } from "@/app/_components/logo";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { loginPageData } from "@/lib/auth/pages";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/config";
import { DemoAccounts, MagicLinkForm, OrganisationSignInForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Inloggen" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Inloggen is niet gelukt. Controleer de link of probeer het opnieuw.",
  [TOO_MANY_ATTEMPTS]:
    "Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw; inloglinks die je al hebt gekregen, blijven een kwartier geldig.",
  Verification: "Deze inloglink is verlopen of al gebruikt. Vraag een nieuwe aan.",
  AccessDenied: "Je hebt (nog) geen toegang. Vraag de beheerder van je organisatie om een uitnodiging.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { demoAccounts, organisationSignIn, demo } = await loginPageData();
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // next-auth puts a refused sign-in's code next to the error (?error=CredentialsSignin&code=...).
  const errorKey = params.code === TOO_MANY_ATTEMPTS ? TOO_MANY_ATTEMPTS : params.error;
  const error = typeof errorKey === "string" ? (ERRORS[errorKey] ?? "Inloggen is niet gelukt. Probeer het opnieuw.") : null;
  const signedOutEverywhere = params.uitgelogd === "overal";
  return (
    <main className="auth-page">
      <div className="auth-panel">
        <div className="brand">
          <Logo /> Groeipad
        </div>
        <h1>Inloggen</h1>
        <p className="muted">Duurzame afspraken tussen opdrachtgevers en leveranciers: KPI&apos;s, groeipaden en kwartaalreviews.</p>
        {error ? (
          <Notice arrival tone="error">
            {error}
          </Notice>
        ) : null}
        {signedOutEverywhere ? <Notice arrival>Je bent op al je apparaten en in al je browsers uitgelogd.</Notice> : null}
        <div className="grid-2">
          <section className="card" aria-labelledby="email-login">
            <h2 id="email-login">Met je e-mailadres</h2>
            <MagicLinkForm callbackUrl={callbackUrl} />
            {organisationSignIn ? (
              <>
                <h3 style={{ marginTop: "1.5rem" }}>Of via de inlogdienst van je organisatie</h3>
                <OrganisationSignInForm callbackUrl={callbackUrl} />
              </>
            ) : null}
          </section>
          {demo ? (
            <section className="card" aria-labelledby="demo-login">
              <h2 id="demo-login">Demo-accounts</h2>
              <p className="muted small">Log met één klik in als een van de demogebruikers.</p>
              <DemoAccounts organisations={demoAccounts} callbackUrl={callbackUrl} />
            </section>
          ) : null}
        </div>
        {demo ? (
          <p className="small muted">
            In deze demo worden e-mails niet verstuurd maar bewaard in de <a href="/dev/outbox">uitgaande post</a>.
          </p>
        ) : null}
      </div>
    </main>
  );
}
