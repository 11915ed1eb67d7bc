"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { importKpis } from "@/lib/kpi-library/import/actions";
import type { ImportState } from "./client";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function importKpisAction(org: string, contractId: string, _state: ImportState, form: FormData): Promise<ImportState> {
  const result = await runAction(importKpis, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  if (result.data.mode === "import" && result.data.imported > 0) {
    revalidatePath(`/${org}/contracten/${contractId}`, "layout");
    redirect(`/${org}/contracten/${contractId}/kpis?geimporteerd=${result.data.imported}`);
  }
  return { ok: true, outcome: result.data };
}
