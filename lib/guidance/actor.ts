// Who may open the guidance tools: one check shared by the pages of every tool.
import { notFound } from "next/navigation";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

/** The actor of a guidance page and what they may do; suppliers and strangers get a 404. */
export const guidanceActor = cache(async (orgSlug: string) => {
  const actor = await requireActor(orgSlug);
  if (!can(actor.org.kind, actor.role, "guidance.read")) notFound();
  return {
    actor,
    canEdit: can(actor.org.kind, actor.role, "guidance.edit"),
    canAnswer: can(actor.org.kind, actor.role, "guidance.answer"),
  };
});
