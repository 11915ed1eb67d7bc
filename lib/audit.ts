import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  actionItems,
  auditEvents,
  contracts,
  innovations,
  kpis,
  promises,
  reports,
  reviews,
  roadmapItems,
  yearlyEvaluations,
} from "@/db/schema";

export type AuditInput = {
  /** The organisation whose data changed. */
  tenantId: string;
  entity:
    | "organisation"
    | "membership"
    | "invitation"
    | "contract"
    | "indicator"
    | "organisation_target"
    | "footprint_baseline"
    | "package_footprint"
    | "tender_bid"
    | "wheel"
    | "wheel_theme"
    | "wheel_subtheme"
    | "wheel_goal"
    | "wegwijzer_run"
    | "checklist_round"
    | "guidance_assessment"
    | "roadmap_item"
    | "innovation"
    | "kpi_template"
    | "procurement_checklist"
    | "kpi"
    | "growth_path"
    | "promise"
    | "report"
    | "user"
    | "review"
    | "action_item"
    | "period_close"
    | "api_token"
    | "webhook_endpoint"
    | "sso_provider"
    | "group_member"
    | "group_standard"
    | "group_consent"
    | "supplier_profile"
    | "yearly_evaluation"
    | "value_verification"
    | "verification_sample"
    | "board_report";
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

type AuditActor = { userId: string | null; org: { id: string } | null };

/**
 * Appends an audit event in the caller's transaction, so the change and its record commit together.
 * An event in another organisation's trail (a supplier acting on its buyer's contract, a buyer
 * registering a supplier) goes through a database function that checks the two are related: the
 * insert policy itself only admits events of the actor's own organisation.
 */
export async function recordAudit(tx: Db, actor: AuditActor, event: AuditInput): Promise<void> {
  await recordAudits(tx, actor, [event]);
}

/**
 * Several events of one change: those in the actor's own organisation in one statement (a theme
 * removed from the organisation wheel unlinks one contract theme per contract), those in another
 * organisation's trail one by one through the checking function.
 */
export async function recordAudits(tx: Db, actor: AuditActor, events: AuditInput[]): Promise<void> {
  const own = events.filter((event) => (actor.org?.id ?? event.tenantId) === event.tenantId);
  for (const event of events.filter((e) => !own.includes(e))) {
    await tx.execute(
      sql`select append_counterparty_audit_event(${event.tenantId}, ${actor.userId}, ${event.entity}, ${event.entityId},
            ${event.action}, ${jsonParam(jsonOrNull(event.before))}::jsonb, ${jsonParam(jsonOrNull(event.after))}::jsonb)`,
    );
  }
  if (own.length === 0) return;
  const suppliers = await contractSuppliers(tx, own);
  await tx.insert(auditEvents).values(
    own.map((event) => ({
      tenantId: event.tenantId,
      actorUserId: actor.userId,
      actorOrgId: event.tenantId,
      supplierOrgId: suppliers.get(`${event.entity}:${event.entityId}`) ?? null,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: jsonOrNull(event.before),
      after: jsonOrNull(event.after),
    })),
  );
}

// The tables of what belongs to a contract, by the entity name their events carry.
const CONTRACT_PARTS = {
  contract: contracts,
  kpi: kpis,
  growth_path: kpis,
  report: reports,
  review: reviews,
  promise: promises,
  roadmap_item: roadmapItems,
  innovation: innovations,
  action_item: actionItems,
  yearly_evaluation: yearlyEvaluations,
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The supplier of the contract each event is about, read from the row itself (after the change,
 * in the same transaction): the supplier's log shows the buyer's changes to its contracts by
 * this column, so it comes from the data, not from what a caller says.
 */
async function contractSuppliers(tx: Db, events: AuditInput[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [entity, table] of Object.entries(CONTRACT_PARTS)) {
    const about = events.filter((e) => e.entity === entity && UUID.test(e.entityId));
    if (about.length === 0) continue;
    const rows = await tx
      .select({ id: table.id, supplierOrgId: table.supplierOrgId })
      .from(table)
      .where(and(eq(table.tenantId, about[0].tenantId), inArray(table.id, [...new Set(about.map((e) => e.entityId))])));
    for (const row of rows) if (row.supplierOrgId) found.set(`${entity}:${row.id}`, row.supplierOrgId);
    // A row the change deleted is gone: the event's own copy of it says whose contract it was.
    for (const event of about) {
      const key = `${entity}:${event.entityId}`;
      const recorded = recordedSupplier(event.after) ?? recordedSupplier(event.before);
      if (!found.has(key) && recorded) found.set(key, recorded);
    }
  }
  return found;
}

function recordedSupplier(row: unknown): string | null {
  const value = row && typeof row === "object" ? (row as Record<string, unknown>).supplierOrgId : null;
  return typeof value === "string" && UUID.test(value) ? value : null;
}

function jsonOrNull(value: unknown): unknown {
  return value === undefined ? null : toJson(value);
}

function jsonParam(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

// Dates and bigints as plain JSON, so before/after read the same on PGlite and PostgreSQL.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

const ACTION_LABELS: Record<string, string> = {
  "contract.create": "Contract aangemaakt",
  "contract.update": "Contract gewijzigd",
  "contract.link_supplier": "Leverancier gekoppeld",
  "contract.remind": "Herinnering over een te late rapportage gestuurd",
  "contract.replace_supplier": "Leverancier vervangen (concept)",
  "contract.propose_supplier_contact": "Contactpersoon voorgesteld aan de leverancier",
  "organisation.create": "Organisatie aangemaakt",
  "organisation.suspend": "Organisatie opgeschort door het platformbeheer",
  "organisation.reactivate": "Organisatie heropend door het platformbeheer",
  "invitation.create": "Uitnodiging verstuurd",
  "invitation.revoke": "Uitnodiging ingetrokken",
  "invitation.revoke_unauthorised_first_admin": "Uitnodiging ingetrokken: niet door de registrerende opdrachtgever",
  "membership.join": "Lid geworden",
  "membership.change_role": "Rol gewijzigd",
  "membership.remove": "Lid verwijderd",
  "api_token.create": "API-token aangemaakt",
  "api_token.revoke": "API-token ingetrokken",
  "webhook_endpoint.create": "Webhook-endpoint aangemaakt",
  "webhook_endpoint.disable": "Webhook-endpoint uitgezet",
  "webhook_endpoint.enable": "Webhook-endpoint aangezet",
  "webhook_endpoint.delete": "Webhook-endpoint verwijderd",
  "webhook_endpoint.redeliver": "Webhook opnieuw bezorgd",
  "webhook_endpoint.update": "Webhook-endpoint gewijzigd",
  "webhook_endpoint.rotate_secret": "Nieuw ondertekengeheim voor een webhook",
  "organisation.benchmark_join": "Aangemeld voor de benchmark",
  "organisation.benchmark_leave": "Afgemeld voor de benchmark",
  "organisation.start_group": "Inkoopgroep gestart",
  "organisation.join_group": "Lid geworden van een inkoopgroep",
  "organisation.decline_group": "Uitnodiging van een inkoopgroep afgeslagen",
  "organisation.leave_group": "Inkoopgroep verlaten",
  "group_member.invite": "Organisatie uitgenodigd in de groep",
  "group_member.join": "Organisatie lid geworden van de groep",
  "group_member.decline": "Organisatie sloeg de uitnodiging af",
  "group_member.leave": "Organisatie heeft de groep verlaten",
  "group_member.remove": "Organisatie uit de groep verwijderd",
  "group_standard.publish": "Versie van een standaard gepubliceerd",
  "group_consent.grant": "Resultaten op een groepsstandaard gedeeld",
  "group_consent.withdraw": "Delen van resultaten op een groepsstandaard gestopt",
  "sso_provider.create": "Inlogdienst (SSO) toegevoegd",
  "sso_provider.update": "Inlogdienst (SSO) gewijzigd",
  "sso_provider.delete": "Inlogdienst (SSO) verwijderd",
  "supplier_profile.create_fact": "Gegeven toegevoegd aan het bedrijfsprofiel",
  "supplier_profile.update_fact": "Gegeven in het bedrijfsprofiel gewijzigd",
  "supplier_profile.delete_fact": "Gegeven uit het bedrijfsprofiel verwijderd",
  "supplier_profile.upload_file": "Bewijsstuk toegevoegd aan het bedrijfsprofiel",
  "supplier_profile.delete_file": "Bewijsstuk verwijderd uit het bedrijfsprofiel",
  "supplier_profile.share": "Bedrijfsprofiel gedeeld met een opdrachtgever",
  "supplier_profile.withdraw": "Delen van het bedrijfsprofiel ingetrokken",
  "wheel.create": "Waardenwiel aangemaakt",
  "wheel.derive": "Contractwiel afgeleid van het Waardenwiel",
  "wheel.update_analysis": "Interne analyse gewijzigd",
  "wheel.update_ambition": "Duurzame ambitie gewijzigd",
  "wheel.publish": "Visieplaat gedeeld met de organisatie",
  "wheel.set_priorities": "Prioriteiten van de thema's gewijzigd",
  "wheel_theme.create": "Thema toegevoegd",
  "wheel_theme.update": "Thema gewijzigd",
  "wheel_theme.delete": "Thema verwijderd",
  "wheel_theme.move": "Thema verplaatst op de ring",
  "wheel_subtheme.create": "Subthema toegevoegd",
  "wheel_subtheme.update": "Subthema gewijzigd",
  "wheel_subtheme.delete": "Subthema verwijderd",
  "wheel_goal.create": "Doel toegevoegd",
  "wheel_goal.update": "Doel gewijzigd",
  "wheel_goal.delete": "Doel verwijderd",
  "indicator.create": "Indicator toegevoegd",
  "indicator.update": "Indicator gewijzigd",
  "indicator.delete": "Indicator verwijderd",
  "organisation_target.create": "Doelstelling toegevoegd",
  "organisation_target.update": "Doelstelling gewijzigd",
  "organisation_target.delete": "Doelstelling verwijderd",
  "footprint_baseline.create": "Aantal FTE voor de CO2-nulmeting vastgelegd",
  "footprint_baseline.update": "Aantal FTE voor de CO2-nulmeting gewijzigd",
  "package_footprint.create": "CO2-voetafdruk van een inkooppakket vastgelegd",
  "package_footprint.update": "CO2-voetafdruk van een inkooppakket gewijzigd",
  "contract.save_tender": "Aanbesteding van het contract vastgelegd",
  "tender_bid.create": "Inschrijving uit het gunningsverslag toegevoegd",
  "tender_bid.update": "Inschrijving uit het gunningsverslag gewijzigd",
  "tender_bid.delete": "Inschrijving uit het gunningsverslag verwijderd",
  "wegwijzer_run.create": "Wegwijzer-advies opgeslagen",
  "checklist_round.open": "Checklistronde geopend",
  "checklist_round.close": "Checklistronde gesloten",
  "checklist_round.answer": "Checklist (deels) ingevuld",
  "guidance_assessment.create": "Inschatting van een hulpmiddel opgeslagen",
  "roadmap_item.create": "Roadmap-actie toegevoegd",
  "roadmap_item.update": "Roadmap-actie gewijzigd",
  "roadmap_item.delete": "Roadmap-actie verwijderd",
  "roadmap_item.complete": "Roadmap-actie afgerond",
  "innovation.propose": "Innovatie voorgesteld",
  "innovation.decide": "Besluit over een innovatie in de review",
  "innovation.remove_decision": "Besluit over een innovatie uit de review verwijderd",
  "innovation.record_outcome": "Resultaat van een innovatie vastgelegd",
  "contract.update_cooperation": "Samenwerkingsvorm en droompartner gewijzigd",
  "contract.set_score_groups": "Weging van de totaalscore gewijzigd",
  "kpi_template.create": "KPI-sjabloon toegevoegd",
  "kpi_template.update": "KPI-sjabloon gewijzigd",
  "kpi_template.delete": "KPI-sjabloon verwijderd",
  "kpi.create": "KPI voorgesteld of toegevoegd",
  "kpi.update": "KPI gewijzigd",
  "kpi.accept": "KPI-voorstel geaccepteerd",
  "kpi.reject": "KPI-voorstel afgewezen",
  "kpi.propose_change": "Wijziging van een afgesproken KPI voorgesteld",
  "kpi.accept_change": "Wijziging van een afgesproken KPI geaccepteerd",
  "kpi.reject_change": "Wijziging van een afgesproken KPI afgewezen",
  "kpi.withdraw_change": "Wijziging van een afgesproken KPI ingetrokken",
  "kpi.set_malus": "Malusregel vastgelegd",
  "kpi.set_themes": "Waardenwielthema's van KPI gewijzigd",
  "growth_path.replace": "Groeipad vastgelegd",
  "growth_path.new_version": "Nieuwe versie van het groeipad",
  "promise.create": "Toezegging vastgelegd",
  "promise.update": "Toezegging gewijzigd",
  "promise.to_kpi": "Toezegging omgezet in KPI",
  "report.create": "Rapportage geopend",
  "user.set_reminders": "E-mailherinneringen aan- of uitgezet",
  "user.set_notification_preferences": "E-mailvoorkeuren voor meldingen gewijzigd",
  "user.notifications_read_all": "Alle meldingen als gelezen gemarkeerd",
  "report.save_draft": "Rapportage als concept opgeslagen",
  "report.submit": "Rapportage ingediend",
  "report.accept": "Rapportage geaccepteerd",
  "report.send_back": "Rapportage teruggestuurd",
  "report.upload_evidence": "Bewijsstuk toegevoegd aan rapportage",
  "report.delete_evidence": "Bewijsstuk verwijderd uit rapportage",
  "report.upload_values": "Waarden ingelezen uit een bestand",
  "procurement_checklist.update": "Checklist ambitieformulering bijgewerkt",
  "procurement_checklist.share": "Checklist ambitieformulering gedeeld met de leverancier",
  "procurement_checklist.unshare": "Checklist ambitieformulering niet meer gedeeld",
  "kpi.retire": "KPI beëindigd in de kwartaalreview",
  "review.plan": "Kwartaalreview gepland",
  "review.replan": "Kwartaalreview opnieuw gepland",
  "review.cancel_meeting": "Overleg van de kwartaalreview afgezegd",
  "review.refresh": "Kwartaalreview bijgewerkt met de rapportage",
  "review.score": "Score van een KPI afgesproken",
  "review.comment": "Reactie op een score geplaatst",
  "review.contest": "Score betwist door de leverancier",
  "review.settle": "Betwisting van een score afgehandeld",
  "review.add_decision": "Besluit vastgelegd in de review",
  "review.remove_decision": "Besluit uit de review verwijderd",
  "review.innovation_decision": "Besluit over een innovatie vastgelegd in de review",
  "review.remove_innovation_decision": "Besluit over een innovatie uit de review verwijderd",
  "review.waive": "Malus verlaagd of kwijtgescholden",
  "review.approve_waiver": "Kwijtschelding goedgekeurd (vier ogen)",
  "review.lesson": "Les geleerd vastgelegd",
  "review.sign": "Kwartaalreview ondertekend",
  "review.finalize": "Kwartaalreview definitief",
  "review.amend": "Correctie op een definitieve review vastgelegd",
  "yearly_evaluation.open": "Jaarevaluatie geopend",
  "yearly_evaluation.save": "Jaarevaluatie bijgewerkt",
  "yearly_evaluation.decide_kpi": "Besluit over een KPI in de jaarevaluatie",
  "yearly_evaluation.remove_decision": "Besluit uit de jaarevaluatie verwijderd",
  "yearly_evaluation.sign": "Jaarevaluatie ondertekend",
  "yearly_evaluation.finalize": "Jaarevaluatie definitief",
  "action_item.create": "Actiepunt aangemaakt",
  "action_item.close": "Actiepunt afgesloten",
  "period_close.close": "Kwartaal afgesloten",
  "value_verification.record": "Verificatie van een gerapporteerde waarde vastgelegd",
  "verification_sample.draw": "Steekproef voor verificatie getrokken",
  "board_report.create": "Bestuursrapportage vastgelegd",
  "contract.assign_verifier": "Contract toegewezen aan een verificateur",
  "contract.unassign_verifier": "Toewijzing van een verificateur aan een contract beëindigd",
  "period_close.request_reopen": "Heropenen van een kwartaal gevraagd",
  "period_close.reopen": "Kwartaal heropend (vier ogen)",
};

export function auditLabel(entity: string, action: string): string {
  return ACTION_LABELS[`${entity}.${action}`] ?? `${entity}: ${action}`;
}
