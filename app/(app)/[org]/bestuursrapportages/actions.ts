"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { createBoardReport } from "@/lib/board-reports/actions";
import { runAction } from "@/lib/http/next";

export async function createBoardReportAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(createBoardReport, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/bestuursrapportages`);
  redirect(`/${org}/bestuursrapportages/${result.data.id}?vastgelegd=1`);
}
