"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { runAction } from "@/lib/http/next";

/** The answer of a new token: the token itself, shown this once. */
export type CreatedToken = { ok: true; message: string; token: string; name: string };

export async function createTokenAction(
  org: string,
  _s: unknown,
  form: FormData,
): Promise<CreatedToken | Exclude<FormState, { ok: true } | null>> {
  const result = await runAction(createApiToken, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/api-tokens`);
  const name = String(form.get("name") ?? "").trim();
  return {
    ok: true,
    message: `Het token “${name}” is aangemaakt. Kopieer het nu: het wordt niet opnieuw getoond.`,
    token: result.data.token,
    name,
  };
}

export async function revokeTokenAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(revokeApiToken, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/api-tokens`);
  return { ok: true, message: "Het token is ingetrokken; verzoeken met dit token worden vanaf nu geweigerd." };
}
