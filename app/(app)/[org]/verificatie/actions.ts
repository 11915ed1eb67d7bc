"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { assignVerifier, drawVerificationSample, recordVerification, unassignVerifier } from "@/lib/verification/actions";

async function run(org: string, action: Parameters<typeof runAction>[0], form: FormData, message: string): Promise<FormState> {
  const result = await runAction(action, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/verificatie`, "layout");
  return { ok: true, message };
}

export async function recordVerificationAction(org: string, _s: FormState, form: FormData) {
  return run(org, recordVerification, form, "De verificatie is vastgelegd.");
}

export async function drawSampleAction(org: string, _s: FormState, form: FormData) {
  return run(org, drawVerificationSample, form, "De steekproef is getrokken en vastgelegd.");
}

export async function assignVerifierAction(org: string, _s: FormState, form: FormData) {
  return run(org, assignVerifier, form, "Het contract is toegewezen aan de verificateur.");
}

export async function unassignVerifierAction(org: string, _s: FormState, form: FormData) {
  return run(org, unassignVerifier, form, "De toewijzing is beëindigd. De verificateur ziet het contract niet meer.");
}
