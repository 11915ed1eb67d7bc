// What the KPI-library, copy and import pages need, shaped on the server so app/ stays free of
// database code and client components get plain data.
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { managedContractsFilter } from "@/lib/contracts/policy";
import { getContract, listContracts, viewerOf } from "@/lib/contracts/queries";
import { packageLabel } from "@/lib/contracts/rules";
import { decimalInput, formatNumber } from "@/lib/format";
import { listCatalogue } from "@/lib/indicators/queries";
import { describeKpiMalus } from "@/lib/malus/sentence";
import type { MalusRule } from "@/lib/malus/rule";
import { shapesContractKpis } from "@/lib/kpis/policy";
import { malusFormValues } from "@/lib/malus/rule-form";
import { listContractKpis } from "@/lib/kpis/queries";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { levelInfo, offsetLabel, TEMPLATE_LEVELS } from "./levels";
import { getTemplateInTenant, listTemplates, type LibraryTemplate } from "./queries";
import { withTenant } from "@/lib/tenancy";

/** Contracts this buyer user may put KPIs on: all for an admin, their own for a contract manager. */
async function managedContracts(actor: Actor) {
  return withTenant(actor, (tx) => listContracts(tx, { viewer: viewerOf(actor), ...managedContractsFilter(actor) }));
}

function unitSuffix(unitLabel: string | undefined): string {
  if (!unitLabel) return "";
  return unitLabel === "%" ? " %" : ` ${unitLabel}`;
}

/** One template as the library shows it: each level's path in words, the malus in a sentence. */
function templateView(t: LibraryTemplate) {
  const unit = t.indicator?.unitLabel;
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    version: t.version,
    packageLabel: t.purchasingPackage ? packageLabel(t.purchasingPackage) : "Alle inkooppakketten",
    // Kept linked: where it came from, and which version.
    fromGroup: t.groupName ? `Standaard van ${t.groupName}, versie ${t.groupStandardNumber}` : null,
    indicator: t.indicator ? `${t.indicator.name} (${t.indicator.unitLabel})` : null,
    kind: KPI_KINDS[t.kind],
    obligation: OBLIGATIONS[t.obligation],
    measurement: t.measurement,
    evidenceRequired: t.evidenceRequired,
    scoreMeanings: t.scoreMeanings,
    malus: describeKpiMalus({ obligation: t.obligation, malusRule: t.malusRule as MalusRule | null }, unit ?? "", t.indicator?.direction),
    levels: TEMPLATE_LEVELS.map((key) => ({
      key,
      label: levelInfo(key).label,
      description: t.levels[key].description,
      interpolation: t.levels[key].interpolation === "linear" ? "lineair" : "trapsgewijs",
      path: [...t.levels[key].milestones]
        .sort((a, b) => a.offset - b.offset)
        .map((m) => `${offsetLabel(m.offset)}: ${formatNumber(Number(m.value), 4)}${unitSuffix(unit)}`),
    })),
  };
}

export type TemplateView = ReturnType<typeof templateView>;

/** A buyer's library, or a buyer group's: there its templates are the group's standards. */
function keepsLibrary(actor: Actor): boolean {
  return actor.org.kind === "buyer" || actor.org.kind === "buyer_group";
}

export async function libraryPage(actor: Actor) {
  if (!keepsLibrary(actor)) notFound();
  const canEdit = can(actor.org.kind, actor.role, "kpi_library.edit");
  const canAdopt = can(actor.org.kind, actor.role, "kpi_library.adopt");
  const [templates, contracts] = await Promise.all([
    withTenant(actor, (tx) => listTemplates(tx, { tenantId: actor.org.id })),
    canAdopt ? managedContracts(actor) : Promise.resolve([]),
  ]);
  return {
    canEdit,
    canAdopt,
    templates: templates.map(templateView),
    contracts: contracts
      .filter((c) => c.status !== "completed" && c.status !== "terminated")
      .map((c) => ({ value: c.id, label: c.reference ? `${c.title} (${c.reference})` : c.title })),
  };
}

/** Indicator choices for the template form: global ones first, then the buyer's own. */
async function indicatorChoices(actor: Actor) {
  const catalogue = await withTenant(actor, (tx) => listCatalogue(tx, { orgId: actor.org.id, orgKind: "buyer" }));
  return [...catalogue]
    .sort((a, b) => Number(a.ownerOrgId !== null) - Number(b.ownerOrgId !== null))
    .map((i) => ({ value: i.id, label: `${i.name} (${i.unitLabel})` }));
}

export async function templateFormPage(actor: Actor, templateId: string | null) {
  if (!keepsLibrary(actor) || !can(actor.org.kind, actor.role, "kpi_library.edit")) notFound();
  const indicators = await indicatorChoices(actor);
  if (!templateId) return { indicators, initial: null };
  const t = await withTenant(actor, (tx) => getTemplateInTenant(tx, { tenantId: actor.org.id, id: templateId }));
  return {
    indicators,
    initial: {
      id: t.id,
      version: t.version,
      name: t.name,
      description: t.description ?? "",
      indicatorId: t.indicatorId ?? "",
      kind: t.kind,
      obligation: t.obligation,
      purchasingPackage: t.purchasingPackage ?? "",
      measurement: t.measurement ?? "",
      evidenceRequired: t.evidenceRequired ?? "",
      scoreMeanings: t.scoreMeanings ?? { "1": "", "2": "", "3": "", "4": "" },
      levels: Object.fromEntries(
        TEMPLATE_LEVELS.map((key) => [
          key,
          {
            description: t.levels[key].description,
            interpolation: t.levels[key].interpolation,
            milestones: t.levels[key].milestones.map((m) => ({ offset: String(m.offset), value: decimalInput(m.value) })),
          },
        ]),
      ) as Record<
        (typeof TEMPLATE_LEVELS)[number],
        { description: string; interpolation: string; milestones: Array<{ offset: string; value: string }> }
      >,
      malus: malusFormValues(t.malusRule as MalusRule | null),
    },
  };
}

export async function copyPage(actor: Actor, contractId: string, sourceId: string | null) {
  if (actor.org.kind !== "buyer") notFound();
  return withTenant(actor, async (tx) => {
    const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
    if (!shapesContractKpis(actor, contract)) notFound();
    const others = (await listContracts(tx, { viewer: viewerOf(actor) })).filter((c) => c.id !== contract.id);
    const source = sourceId ? (others.find((c) => c.id === sourceId) ?? null) : null;
    const sourceKpis = source
      ? (await listContractKpis(tx, { viewer: viewerOf(actor), contractId: source.id })).kpis.filter((k) => k.status !== "rejected")
      : [];
    return {
      contract,
      sources: others.map((c) => ({ value: c.id, label: c.reference ? `${c.title} (${c.reference})` : c.title })),
      source,
      kpis: sourceKpis.map((k) => ({
        id: k.id,
        name: k.name,
        indicator: k.indicator ? `${k.indicator.name} (${k.indicator.unitLabel})` : "—",
        kind: KPI_KINDS[k.kind],
        obligation: OBLIGATIONS[k.obligation],
        status: k.status,
        milestones: k.versions.at(-1)?.milestones.length ?? 0,
      })),
    };
  });
}

export async function importPage(actor: Actor, contractId: string) {
  if (actor.org.kind !== "buyer") notFound();
  return withTenant(actor, async (tx) => {
    const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
    if (!shapesContractKpis(actor, contract)) notFound();
    return { contract };
  });
}
