"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import {
  answerGroupInvitation,
  leaveGroup,
  publishToGroupNow,
  setGroupConsent,
  startGroup,
  takeOverStandard,
} from "@/lib/groups/member-actions";
import { inviteOrganisation, publishStandard, removeGroupMember } from "@/lib/groups/actions";
import { runAction } from "@/lib/http/next";

type Done = { ok: true; message: string };

async function run(
  org: string,
  action: Parameters<typeof runAction>[0],
  form: FormData,
  message: (data: never) => string,
): Promise<FormState> {
  const result = await runAction(action, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}`, "layout");
  return { ok: true, message: message(result.data as never) } satisfies Done;
}

export async function startGroupAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(startGroup, org, form);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/${result.data.slug}`);
}

export async function answerInvitationAction(org: string, _s: FormState, form: FormData) {
  return run(org, answerGroupInvitation, form, (d: { status: string }) =>
    d.status === "joined"
      ? "Jullie zijn lid van de groep. Neem haar standaarden over in jullie KPI-bibliotheek."
      : "Uitnodiging afgeslagen.",
  );
}

export async function leaveGroupAction(org: string, _s: FormState, form: FormData) {
  return run(org, leaveGroup, form, () => "Jullie hebben de groep verlaten; de groep ziet vanaf nu niets meer van jullie.");
}

export async function consentAction(org: string, _s: FormState, form: FormData) {
  return run(org, setGroupConsent, form, (d: { share: boolean }) =>
    d.share
      ? "Jullie resultaten op deze standaard zijn gedeeld met de groep."
      : "Jullie resultaten op deze standaard zijn uit de groep gehaald.",
  );
}

export async function takeOverAction(org: string, _s: FormState, form: FormData) {
  return run(
    org,
    takeOverStandard,
    form,
    (d: { number: number }) => `Versie ${d.number} van de standaard staat in jullie KPI-bibliotheek.`,
  );
}

export async function publishNowAction(org: string, _s: FormState, form: FormData) {
  return run(org, publishToGroupNow, form, () => "De groep ziet nu de actuele stand van jullie contracten.");
}

export async function inviteOrganisationAction(org: string, _s: FormState, form: FormData) {
  return run(org, inviteOrganisation, form, (d: { name: string }) => `${d.name} is uitgenodigd; de beheerder of coördinator daar beslist.`);
}

export async function removeMemberAction(org: string, _s: FormState, form: FormData) {
  return run(org, removeGroupMember, form, () => "De organisatie is uit de groep verwijderd; wat zij deelde is weg.");
}

export async function publishStandardAction(org: string, _s: FormState, form: FormData) {
  return run(org, publishStandard, form, (d: { number: number }) => `Versie ${d.number} is gepubliceerd.`);
}
