"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { proposeInnovation, recordInnovationOutcome } from "@/lib/innovations/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function proposeInnovationAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(proposeInnovation, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/innovaties`);
  return { ok: true, message: "De innovatie staat in het register. Het besluit erover valt in een kwartaalreview." };
}

export async function recordOutcomeAction(
  org: string,
  contractId: string,
  innovationId: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(recordInnovationOutcome, org, { ...formDataToObject(form), contractId, innovationId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/innovaties`);
  return { ok: true, message: "Het resultaat is vastgelegd." };
}
