// Which object an audit event is about, named as a person knows it ("KPI 'Aandeel lokale
// leveranciers' op contract 'Catering stadhuis'") and linked to its page. Looked up in one query
// per kind of object for a whole page of events, in the reader's tenant transaction: the policies
// decide what may be named. An object that no longer exists is named from the event itself. An
// object lies in the tenant of its event: a page of one trail is looked up on one shard.
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { actionItems, contracts, kpis, promises, reports, reviews, roadmapItems } from "@/db/schema";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

export type AuditObject = { label: string; href: string | null };
type EventRef = { tenantId: string; entity: string; entityId: string; before: unknown; after: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const objectKey = (entity: string, entityId: string) => `${entity}:${entityId}`;

/** The kinds of object in the log, with their Dutch names: also the options of the kind filter. */
export const AUDIT_KINDS: Record<string, string> = {
  contract: "Contract",
  kpi: "KPI",
  growth_path: "Groeipad",
  promise: "Toezegging",
  report: "Rapportage",
  review: "Kwartaalreview",
  action_item: "Actiepunt",
  roadmap_item: "Roadmapactie",
  organisation: "Organisatie",
  membership: "Lidmaatschap",
  invitation: "Uitnodiging",
  indicator: "Indicator",
  organisation_target: "Organisatiedoel",
  footprint_baseline: "CO2-nulmeting",
  package_footprint: "Voetafdruk inkooppakket",
  tender_bid: "Inschrijving",
  wheel: "Waardenwiel",
  wheel_theme: "Thema",
  wheel_subtheme: "Subthema",
  wheel_goal: "Doel",
  wegwijzer_run: "Wegwijzer",
  checklist_round: "Checklistronde",
  guidance_assessment: "Zelfevaluatie",
  kpi_template: "KPI-sjabloon",
  procurement_checklist: "Inkoopchecklist",
  user: "Account",
  api_token: "API-token",
  sso_provider: "Inlogdienst",
  supplier_profile: "Bedrijfsprofiel",
  value_verification: "Verificatie",
  verification_sample: "Steekproef",
  board_report: "Bestuursrapportage",
};

function idsOf(events: EventRef[], entities: readonly string[]): string[] {
  return [...new Set(events.filter((e) => entities.includes(e.entity) && UUID.test(e.entityId)).map((e) => e.entityId))];
}

/** The rows of these ids in the tenants of the events that name them. */
function inTenantsOfEvents(
  table: { tenantId: AnyPgColumn; id: AnyPgColumn },
  events: EventRef[],
  entities: readonly string[],
  ids: string[],
): SQL {
  const tenants = [...new Set(events.filter((e) => entities.includes(e.entity)).map((e) => e.tenantId))];
  return and(acrossTenants("audit-log-across-tenants", inArray(table.tenantId, tenants)), inArray(table.id, ids))!;
}

const ofContract = (table: { tenantId: AnyPgColumn; contractId: AnyPgColumn }) =>
  and(eq(contracts.tenantId, table.tenantId), eq(contracts.id, table.contractId))!;

/** A name the event itself carries: what a deleted object is still known by. */
function ownName(event: EventRef): string | null {
  for (const side of [event.after, event.before]) {
    if (!side || typeof side !== "object") continue;
    const fields = side as Record<string, unknown>;
    for (const key of ["title", "name", "email"]) if (typeof fields[key] === "string" && fields[key]) return fields[key] as string;
  }
  return null;
}

export async function describeObjects(db: Db, params: { orgSlug: string; events: EventRef[] }): Promise<Map<string, AuditObject>> {
  const { events, orgSlug } = params;
  const found = new Map<string, AuditObject>();
  const contractPage = (id: string) => `/${orgSlug}/contracten/${id}`;
  const on = (title: string) => `op contract ‘${title}’`;

  const contractIds = idsOf(events, ["contract"]);
  if (contractIds.length) {
    const rows = await db
      .select({ id: contracts.id, title: contracts.title })
      .from(contracts)
      .where(inTenantsOfEvents(contracts, events, ["contract"], contractIds));
    for (const c of rows) found.set(objectKey("contract", c.id), { label: `Contract ‘${c.title}’`, href: contractPage(c.id) });
  }
  const kpiIds = idsOf(events, ["kpi", "growth_path"]);
  if (kpiIds.length) {
    const rows = await db
      .select({ id: kpis.id, name: kpis.name, contractId: kpis.contractId, title: contracts.title })
      .from(kpis)
      .innerJoin(contracts, ofContract(kpis))
      .where(inTenantsOfEvents(kpis, events, ["kpi", "growth_path"], kpiIds));
    for (const k of rows) {
      const object = { label: `KPI ‘${k.name}’ ${on(k.title)}`, href: `${contractPage(k.contractId)}/kpis/${k.id}` };
      found.set(objectKey("kpi", k.id), object);
      found.set(objectKey("growth_path", k.id), { ...object, label: `Groeipad van KPI ‘${k.name}’ ${on(k.title)}` });
    }
  }
  for (const [entity, table, noun, path] of [
    ["report", reports, "Rapportage", "rapportages"],
    ["review", reviews, "Kwartaalreview", "reviews"],
  ] as const) {
    const ids = idsOf(events, [entity]);
    if (!ids.length) continue;
    const rows = await db
      .select({ id: table.id, quarter: table.quarter, contractId: table.contractId, title: contracts.title })
      .from(table)
      .innerJoin(contracts, ofContract(table))
      .where(inTenantsOfEvents(table, events, [entity], ids));
    for (const r of rows) {
      found.set(objectKey(entity, r.id), {
        label: `${noun} ${quarterLabel(quarterFromKey(r.quarter))} ${on(r.title)}`,
        href: `${contractPage(r.contractId)}/${path}/${r.quarter}`,
      });
    }
  }
  for (const [entity, table, noun, path] of [
    ["roadmap_item", roadmapItems, "Roadmapactie", "roadmap"],
    ["action_item", actionItems, "Actiepunt", "reviews"],
  ] as const) {
    const ids = idsOf(events, [entity]);
    if (!ids.length) continue;
    const rows = await db
      .select({ id: table.id, name: table.title, contractId: table.contractId, title: contracts.title })
      .from(table)
      .innerJoin(contracts, ofContract(table))
      .where(inTenantsOfEvents(table, events, [entity], ids));
    for (const r of rows)
      found.set(objectKey(entity, r.id), { label: `${noun} ‘${r.name}’ ${on(r.title)}`, href: `${contractPage(r.contractId)}/${path}` });
  }
  const promiseIds = idsOf(events, ["promise"]);
  if (promiseIds.length) {
    const rows = await db
      .select({ id: promises.id, contractId: promises.contractId, title: contracts.title })
      .from(promises)
      .innerJoin(contracts, ofContract(promises))
      .where(inTenantsOfEvents(promises, events, ["promise"], promiseIds));
    for (const p of rows)
      found.set(objectKey("promise", p.id), { label: `Toezegging ${on(p.title)}`, href: `${contractPage(p.contractId)}/toezeggingen` });
  }

  for (const event of events) {
    const key = objectKey(event.entity, event.entityId);
    if (found.has(key)) continue;
    const name = ownName(event);
    const kind = AUDIT_KINDS[event.entity] ?? "Onderdeel";
    found.set(key, { label: name ? `${kind} ‘${name}’` : kind, href: null });
  }
  return found;
}
