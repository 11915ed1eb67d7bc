import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/app/_components/logo";
import { roleLabel } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { invitationLanding } from "@/lib/invitations/pages";
import { TEXT_LIMITS } from "@/lib/zod";
import { acceptInvitationAction } from "./actions";
import { AcceptForm } from "./client";

export const metadata: Metadata = { title: "Uitnodiging" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { invitation, refusal } = await invitationLanding(token);
  return (
    <main className="auth-page">
      <div className="auth-panel card" style={{ maxWidth: 620 }}>
        <div className="brand">
          <Logo /> Groeipad
        </div>
        {invitation ? (
          <>
            <h1>Uitnodiging voor {invitation.organisation.name}</h1>
            <p>
              {invitation.invitedBy ?? "Iemand"} heeft <strong>{invitation.email}</strong> uitgenodigd als{" "}
              {roleLabel(invitation.organisation.kind, invitation.role).toLowerCase()} van {invitation.organisation.name.replace(/\.$/, "")}
              .
            </p>
            {invitation.contractTitle ? <p>Het gaat om het contract “{invitation.contractTitle}”.</p> : null}
            <p className="small muted">Geldig tot {formatDateTime(invitation.expiresAt)}. Na accepteren ben je direct ingelogd.</p>
            <AcceptForm
              action={acceptInvitationAction.bind(null, token)}
              askName={!invitation.inviteeName}
              nameMaxLength={TEXT_LIMITS.name}
            />
          </>
        ) : (
          <>
            <h1>Uitnodiging niet geldig</h1>
            <p>{refusal} Vraag een beheerder van de organisatie om een nieuwe uitnodiging.</p>
            <Link href="/login">Naar inloggen</Link>
          </>
        )}
      </div>
    </main>
  );
}
