import Link from "next/link";
import { runsPlatform } from "@/lib/operators/pages";
import type { Metadata } from "next";
import { getReminderSetting } from "@/lib/account/queries";
import { requireActor, sessionSettings } from "@/lib/auth/session";
import { notificationPreferencesOf } from "@/lib/notifications/pages";
import { setNotificationPreferencesAction, setRemindersAction, signOutEverywhereAction } from "./actions";
import { NotificationPreferencesForm, RemindersForm, SignOutEverywhereForm } from "./client";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Profiel" };

export default async function ProfilePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  const wantsReminders = await withTenant(actor, (tx) => getReminderSetting(tx, { userId: actor.userId }));
  const { idleMinutes, maxHours } = sessionSettings();
  const preferences = await notificationPreferencesOf(actor);
  const operator = await runsPlatform();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Profiel</h1>
          <p>
            {actor.name ?? actor.email} · {actor.email}
          </p>
        </div>
      </div>
      {operator ? (
        <section className="card" aria-labelledby="platformbeheer">
          <h2 id="platformbeheer">Platformbeheer</h2>
          <p>
            Je beheert ook het platform: nieuwe opdrachtgevers aanmaken, organisaties opschorten en heropenen.{" "}
            <Link href="/platform">Naar platformbeheer</Link>
          </p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="herinneringen">
        <h2 id="herinneringen">E-mailherinneringen</h2>
        <p>
          Beheerders en rapporteurs van een leverancier krijgen zeven dagen voor de uiterste datum een herinnering als een
          kwartaalrapportage nog niet is ingediend, en een bericht de dag na de uiterste datum. Berichten over ingediende, teruggestuurde en
          geaccepteerde rapportages blijven altijd komen.
        </p>
        <RemindersForm action={setRemindersAction.bind(null, actor.org.slug)} wantsReminders={wantsReminders} />
      </section>
      <section className="card" aria-labelledby="meldingen">
        <h2 id="meldingen">Meldingen per e-mail</h2>
        <p>
          Elke melding staat in Groeipad onder Meldingen. Kies per soort of je haar ook direct per e-mail krijgt, in één dagelijks overzicht
          (&apos;s ochtends), of niet per e-mail. Een rapportage die binnen een week verwacht wordt, mailen de herinneringen hierboven al;
          daarom staat die standaard op geen e-mail.
        </p>
        <NotificationPreferencesForm action={setNotificationPreferencesAction.bind(null, actor.org.slug)} {...preferences} />
      </section>
      <section className="card" aria-labelledby="sessies">
        <h2 id="sessies">Ingelogde apparaten</h2>
        <p>
          Je blijft ingelogd tot je {idleMinutes} minuten niets doet, en hoogstens {maxHours} uur. Ben je een apparaat kwijt, of heb je op
          een gedeelde computer vergeten uit te loggen? Log dan overal uit: op al je apparaten en in al je browsers, ook hier. Daarna log je
          opnieuw in.
        </p>
        <SignOutEverywhereForm action={signOutEverywhereAction.bind(null, actor.org.slug)} />
      </section>
    </>
  );
}
