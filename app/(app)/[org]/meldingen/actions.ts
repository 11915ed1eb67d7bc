"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/actions";

/** Opening a notification marks it read and goes where it leads. */
export async function openNotificationAction(org: string, tenantId: string, id: string): Promise<FormState> {
  const result = await runAction(openNotification, org, { tenantId, id });
  if (!result.ok) return result;
  revalidatePath(`/${org}/meldingen`);
  redirect(result.data.link);
}

export async function markAllReadAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(markAllNotificationsRead, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/meldingen`);
  return {
    ok: true,
    message: result.data.marked === 1 ? "1 melding als gelezen gemarkeerd." : `${result.data.marked} meldingen als gelezen gemarkeerd.`,
  };
}
