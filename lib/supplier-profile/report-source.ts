// A KPI's report value taken from the supplier's profile ("Neem over uit bedrijfsprofiel"). When
// the supplier saves or submits with that choice, the fact's current value is copied into the
// report value together with the fact's id, version and validity: a submitted report keeps what
// it was submitted with, whatever the profile says later. Runs in the supplier's transaction,
// which reads its own profile; the buyer only ever sees the copy in the report.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportValues } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { decimalInput } from "@/lib/format";
import type { Quarter } from "@/lib/periods";
import type { EnteredValue } from "@/lib/reports/rules";
import { listProfileFacts } from "./queries";
import { profileSourceKind, sourceFactFor } from "./rules";

export type ProfileLink = { factId: string; version: number; validUntil: string | null };

type SourceKpi = { id: string; indicator: { code: string } | null };

/** Per KPI of the report, the profile fact it can take its value from in this quarter. */
export async function profileSources(
  db: Db,
  { supplierOrgId, kpis, quarter }: { supplierOrgId: string; kpis: SourceKpi[]; quarter: Quarter },
) {
  if (!kpis.some((k) => profileSourceKind(k.indicator?.code))) return new Map();
  const facts = await listProfileFacts(db, { tenantId: supplierOrgId });
  const sources = new Map<string, (typeof facts)[number]>();
  for (const kpi of kpis) {
    const fact = sourceFactFor(facts, kpi.indicator?.code, quarter);
    if (fact) sources.set(kpi.id, fact);
  }
  return sources;
}

/**
 * The entered values with the chosen KPIs' values replaced by their fact's, and the links to
 * write. A choice for a KPI without a fact for this quarter is refused at its field.
 */
export async function takeFromProfile(
  db: Db,
  params: { supplierOrgId: string; kpis: SourceKpi[]; quarter: Quarter; chosen: string[]; entered: Record<string, EnteredValue> },
): Promise<{ entered: Record<string, EnteredValue>; links: Map<string, ProfileLink> }> {
  const links = new Map<string, ProfileLink>();
  if (params.chosen.length === 0) return { entered: params.entered, links };
  const sources = await profileSources(db, params);
  const entered: Record<string, EnteredValue> = Object.assign(Object.create(null), params.entered);
  const errors: Record<string, string> = {};
  for (const kpiId of params.chosen) {
    const fact = sources.get(kpiId);
    if (!fact) {
      errors[`values.${kpiId}`] = "Het bedrijfsprofiel heeft voor dit kwartaal geen geldig gegeven voor deze KPI.";
      continue;
    }
    entered[kpiId] = { ...entered[kpiId], value: decimalInput(fact.value) };
    links.set(kpiId, { factId: fact.id, version: fact.version, validUntil: fact.validUntil });
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { entered, links };
}

/**
 * Records the source of each value taken from the profile, and forgets it for the KPIs of the
 * form that were not (a value typed by hand is the supplier's own). `writable` are the KPIs the
 * form may change: all of them, or after a send-back only the reopened ones.
 */
export async function linkProfileValues(
  tx: Db,
  report: { tenantId: string; id: string },
  { writable, links }: { writable: string[]; links: Map<string, ProfileLink> },
): Promise<void> {
  const key = (kpiIds: string[]) =>
    and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id), inArray(reportValues.kpiId, kpiIds));
  const unlinked = writable.filter((id) => !links.has(id));
  if (unlinked.length > 0)
    await tx.update(reportValues).set({ profileFactId: null, profileFactVersion: null, profileValidUntil: null }).where(key(unlinked));
  for (const [kpiId, link] of links) {
    if (!writable.includes(kpiId)) continue;
    await tx
      .update(reportValues)
      .set({ profileFactId: link.factId, profileFactVersion: link.version, profileValidUntil: link.validUntil })
      .where(key([kpiId]));
  }
}

/** The profile sources recorded on a report's values, by KPI. */
export async function profileLinksOf(db: Db, report: { tenantId: string; id: string }): Promise<Map<string, ProfileLink>> {
  const rows = await db
    .select({
      kpiId: reportValues.kpiId,
      factId: reportValues.profileFactId,
      version: reportValues.profileFactVersion,
      validUntil: reportValues.profileValidUntil,
    })
    .from(reportValues)
    .where(and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id)));
  const links = new Map<string, ProfileLink>();
  for (const r of rows)
    if (r.factId && r.version !== null) links.set(r.kpiId, { factId: r.factId, version: r.version, validUntil: r.validUntil });
  return links;
}
