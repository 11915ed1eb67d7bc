"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { signIn } from "@/lib/auth/config";
import { emailAddress } from "@/lib/zod";

function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  // Only paths inside the app: an open redirect would make our links a phishing tool.
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export async function demoSignIn(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn("demo", { email: String(form.get("email") ?? ""), redirectTo: safeCallback(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, error: "Inloggen met dit demo-account lukt nu niet. Probeer het over een paar minuten opnieuw." };
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
    await signIn("nodemailer", { email: parsed.data, redirect: false, redirectTo: safeCallback(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, error: "We konden nu geen inloglink versturen: te veel pogingen. Probeer het over een paar minuten opnieuw." };
    }
    throw error;
  }
  redirect(`/login/verstuurd?email=${encodeURIComponent(parsed.data)}`);
}

export async function oidcSignIn(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
