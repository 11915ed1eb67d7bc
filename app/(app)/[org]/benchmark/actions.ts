"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { setBenchmarkParticipation } from "@/lib/benchmark/actions";
import { runAction } from "@/lib/http/next";

export async function participationAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(setBenchmarkParticipation, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/benchmark`);
  return {
    ok: true,
    message:
      form.get("takePart") === "true"
        ? "Jullie organisatie doet mee aan de benchmark; de cijfers zijn bijgewerkt."
        : "Jullie organisatie doet niet meer mee: haar cijfers tellen vanaf nu niet meer mee.",
  };
}
