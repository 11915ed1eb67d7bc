"use server";

import { revalidatePath } from "next/cache";
import type { BulkAnswer } from "@/app/_components/ui/bulk";
import { acceptReports, remindSuppliers } from "@/lib/reports/bulk-actions";
import { runAction } from "@/lib/http/next";

async function answered(org: string, answer: BulkAnswer): Promise<BulkAnswer> {
  if (answer.ok && answer.data.succeeded > 0) revalidatePath(`/${org}/rapportages`);
  return answer;
}

export async function acceptReportsAction(org: string, items: string[]): Promise<BulkAnswer> {
  return answered(org, await runAction(acceptReports, org, { items }));
}

export async function remindSuppliersAction(org: string, items: string[]): Promise<BulkAnswer> {
  return answered(org, await runAction(remindSuppliers, org, { items }));
}
