"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } from "@/lib/webhooks/actions";
import { PREVIOUS_SECRET_HOURS, rotateWebhookSecret, updateWebhookEndpoint } from "@/lib/webhooks/change-actions";

/** The answer of a new endpoint: its signing secret, shown this once. */
export type CreatedEndpoint = { ok: true; message: string; secret: string; url: string };

export async function createEndpointAction(
  org: string,
  _s: unknown,
  form: FormData,
): Promise<CreatedEndpoint | Exclude<FormState, { ok: true } | null>> {
  const result = await runAction(createWebhookEndpoint, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks`);
  const url = String(form.get("url") ?? "").trim();
  return {
    ok: true,
    message: "Het endpoint is aangemaakt. Kopieer het geheim nu: het wordt niet opnieuw getoond.",
    secret: result.data.secret,
    url,
  };
}

export async function setEndpointEnabledAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(setWebhookEndpointEnabled, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks`);
  return { ok: true, message: form.get("enabled") === "true" ? "Het endpoint staat weer aan." : "Het endpoint staat uit." };
}

export async function deleteEndpointAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteWebhookEndpoint, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks`);
  return { ok: true, message: "Het endpoint is verwijderd." };
}

export async function redeliverAction(org: string, endpointId: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(redeliverWebhook, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks/${endpointId}`);
  return { ok: true, message: "De bezorging gaat binnen een minuut opnieuw de deur uit." };
}

export async function updateEndpointAction(org: string, endpointId: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(updateWebhookEndpoint, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks/${endpointId}`);
  return { ok: true, message: "Het endpoint is bijgewerkt." };
}

export async function rotateSecretAction(
  org: string,
  url: string,
  _s: unknown,
  form: FormData,
): Promise<CreatedEndpoint | Exclude<FormState, { ok: true } | null>> {
  const result = await runAction(rotateWebhookSecret, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/webhooks/${String(form.get("endpointId"))}`);
  return {
    ok: true,
    message: `Het nieuwe geheim ondertekent vanaf nu; het vorige ondertekent nog ${PREVIOUS_SECRET_HOURS} uur mee. Kopieer het nieuwe geheim nu: het wordt niet opnieuw getoond.`,
    secret: result.data.secret,
    url,
  };
}
