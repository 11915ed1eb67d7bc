"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SignInRefused, signIn, TOO_MANY_ATTEMPTS } from "@/lib/auth/config";
import { identityProvidersFor } from "@/lib/auth/pages";
import { emailAddress } from "@/lib/zod";

/** The Dutch message of a refused sign-in: too many attempts says so, anything else `fallback`. */
function refusal(error: AuthError, fallback: string): string {
  return error instanceof SignInRefused && error.code === TOO_MANY_ATTEMPTS ? error.userMessage : fallback;
}

export async function demoSignIn(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn("demo", { email: String(form.get("email") ?? ""), redirectTo: safeCallbackPath(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, error: refusal(error, "Inloggen met dit demo-account lukt nu niet. Probeer het over een paar minuten opnieuw.") };
    }
    throw error;
  }
  return null;
}

export async function requestMagicLink(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = emailAddress.safeParse(form.get("email") ?? "");
  if (!parsed.success) {
    return { ok: false, error: "Controleer je e-mailadres.", fieldErrors: { email: parsed.error.issues[0].message } };
  }
  try {
    await signIn("nodemailer", { email: parsed.data, redirect: false, redirectTo: safeCallbackPath(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const tooMany = error instanceof SignInRefused && error.code === TOO_MANY_ATTEMPTS;
      const message = refusal(error, "We konden nu geen inloglink versturen. Probeer het over een paar minuten opnieuw.");
      return { ok: false, error: tooMany ? "Te veel pogingen: er is geen inloglink verstuurd." : message, fieldErrors: { email: message } };
    }
    throw error;
  }
  redirect(`/login/verstuurd?email=${encodeURIComponent(parsed.data)}`);
}

/** The answer when several organisations' identity providers may sign the address in: the person chooses. */
export type ProviderChoice = { ok: true; email: string; choices: Array<{ authId: string; name: string; organisation: string }> };

/**
 * Signing in through an organisation's own identity provider: found by the address's domain; with
 * more than one (a person in two organisations that each have one), the person chooses. The
 * provider then decides who it is; Groeipad decides whether that organisation knows them.
 */
export async function organisationSignIn(_state: unknown, form: FormData): Promise<ProviderChoice | FormState> {
  const parsed = emailAddress.safeParse(form.get("email") ?? "");
  if (!parsed.success) {
    return { ok: false, error: "Controleer je e-mailadres.", fieldErrors: { email: parsed.error.issues[0].message } };
  }
  const email = parsed.data;
  const providers = await identityProvidersFor(email);
  if (providers.length === 0) {
    const message = "Voor dit e-maildomein heeft geen organisatie een eigen inlogdienst ingesteld. Vraag hierboven een inloglink aan.";
    return { ok: false, error: message, fieldErrors: { email: message } };
  }
  const chosen = providers.length === 1 ? providers[0] : providers.find((p) => p.authId === form.get("provider"));
  if (!chosen) return { ok: true, email, choices: providers };
  await signIn(chosen.authId, { redirectTo: safeCallbackPath(form.get("callbackUrl")) }, { login_hint: email });
  return null;
}
