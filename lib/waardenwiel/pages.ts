// What the Waardenwiel pages need from the server, read inside the actor's tenant transaction,
// so app/ stays free of database code. Cached per request: the year layout and its page share it.
import { notFound } from "next/navigation";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { laterOrgWheelYear } from "./edit";
import { mayEditContractWheel, mayEditOrganisationWheel } from "./policy";
import { getContractWheel, getOrgWheelByYear, listIndicatorsForPicker, listOrgWheels, type WheelDetail } from "./queries";
import { byPriority, missingPillars, topPriorityOverload, wheelProgress } from "./rules";
import type { ChartTheme } from "./wheel-layout";
import { amsterdamYear } from "@/lib/time";
import { withTenant } from "@/lib/tenancy";

export function chartThemes(wheel: WheelDetail): ChartTheme[] {
  return wheel.themes.map((t) => ({
    id: t.id,
    name: t.name,
    pillar: t.pillar,
    priorityRank: t.priorityRank,
    priorityTied: t.priorityTied,
    subthemes: t.subthemes.map((s) => s.name),
  }));
}

/** The warnings the seed asks for: a missing pillar, and more than five themes sharing the top priority. */
function wheelWarnings(wheel: WheelDetail) {
  return { missing: wheel.themes.length > 0 ? missingPillars(wheel.themes) : [], overload: topPriorityOverload(wheel.themes) };
}

/** The overview: every organisation wheel of the tenant and whether this year has one. */
export const waardenwielOverview = cache(async (orgSlug: string) => {
  const actor = await requireActor(orgSlug);
  if (!can(actor.org.kind, actor.role, "wheel.read")) notFound();
  const year = amsterdamYear();
  const { wheels, current } = await withTenant(actor, async (tx) => ({
    wheels: await listOrgWheels(tx, { tenantId: actor.org.id }),
    current: await getOrgWheelByYear(tx, { tenantId: actor.org.id, year }),
  }));
  return { actor, year, wheels, current, canEdit: mayEditOrganisationWheel(actor) };
});

/** One year's organisation wheel with its progress, warnings and whether this actor may change it. */
export const yearWheelPage = cache(async (orgSlug: string, yearParam: string) => {
  const actor = await requireActor(orgSlug);
  if (!can(actor.org.kind, actor.role, "wheel.read") || !/^\d{4}$/.test(yearParam)) notFound();
  const data = await withTenant(actor, async (tx) => {
    const wheel = await getOrgWheelByYear(tx, { tenantId: actor.org.id, year: Number(yearParam) });
    return wheel ? { wheel, laterYear: await laterOrgWheelYear(tx, wheel) } : null;
  });
  if (!data) notFound();
  const { wheel, laterYear } = data;
  const mayEditRole = mayEditOrganisationWheel(actor);
  return {
    actor,
    wheel,
    laterYear,
    mayEditRole,
    canEdit: mayEditRole && laterYear === null,
    steps: wheelProgress(wheel),
    warnings: wheelWarnings(wheel),
    themesByPriority: byPriority(wheel.themes),
    base: `/${actor.org.slug}/waardenwiel/${wheel.year}`,
  };
});

export const indicatorsForGoals = cache(async (orgSlug: string) => {
  const actor = await requireActor(orgSlug);
  return withTenant(actor, (tx) => listIndicatorsForPicker(tx, { orgId: actor.org.id }));
});

/** A contract's wheel for the buyer (edit rights per role and contract) or a supplier party to it. */
export const contractWheelPage = cache(async (orgSlug: string, contractId: string) => {
  const actor = await requireActor(orgSlug);
  const isBuyer = actor.org.kind === "buyer";
  if (isBuyer && !can(actor.org.kind, actor.role, "wheel.read")) notFound();
  const { contract, wheel } = await withTenant(actor, (tx) => getContractWheel(tx, { viewer: viewerOf(actor), contractId }));
  const canEdit = mayEditContractWheel(actor, contract);
  return {
    actor,
    contract,
    wheel,
    canEdit,
    warnings: wheel ? wheelWarnings(wheel) : null,
    themesByPriority: wheel ? byPriority(wheel.themes) : [],
  };
});
