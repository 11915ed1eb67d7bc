// The agreed version of a KPI, kept on the KPI row (agreed_version) when a change reopens it
// (lib/kpis/policy.ts), so a rejection or a withdrawal brings back exactly what both parties
// agreed: the KPI's terms, its themes and its growth path. Both parties read the row, so either
// can restore it; the audit trail records the change as it does every other.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { growthPathVersions, kpiThemes, type Kpi } from "@/db/schema";
import type { ContractSide } from "@/lib/auth/permissions";
import { normalizeDecimal } from "@/lib/decimal";

/** What the two parties agree on; anything else on a KPI row is bookkeeping. */
export const KPI_TERMS = [
  "name",
  "description",
  "indicatorId",
  "kind",
  "obligation",
  "scoreMeanings",
  "baselineValue",
  "baselineQuarter",
  "measurement",
  "evidenceRequired",
  "evidenceMandatory",
  "weight",
  "knockOut",
  "malusRule",
] as const;
export type KpiTermKey = (typeof KPI_TERMS)[number];
export type KpiTerms = Pick<Kpi, KpiTermKey>;

export const TERM_LABELS: Record<KpiTermKey | "themes" | "growthPath", string> = {
  name: "Naam",
  description: "Omschrijving",
  indicatorId: "Indicator",
  kind: "Soort",
  obligation: "Verplichting",
  scoreMeanings: "Betekenis van de scores",
  baselineValue: "Nulmeting",
  baselineQuarter: "Kwartaal van de nulmeting",
  measurement: "Meting",
  evidenceRequired: "Gevraagd bewijs",
  evidenceMandatory: "Bewijs verplicht",
  weight: "Gewicht",
  knockOut: "Knock-out",
  malusRule: "Malusregel",
  themes: "Thema's van het Waardenwiel",
  growthPath: "Groeipad",
};

type StoredPathVersion = {
  versionNumber: number;
  effectiveFrom: string;
  interpolation: "step" | "linear";
  milestones: Array<{ quarter: string; value: string }>;
  reason: string | null;
  createdByUserId: string | null;
  createdAt: string;
};

export type AgreedTerms = {
  terms: KpiTerms;
  /** Who proposed and who accepted the agreed version, and from which quarter it counts. */
  agreement: {
    proposedByKind: ContractSide;
    proposedByUserId: string | null;
    decidedByUserId: string | null;
    decidedAt: string | null;
    activeFrom: string | null;
  };
  themeIds: string[];
  growthPath: StoredPathVersion[];
};

/** JSON with sorted keys, so a jsonb value read back compares equal to what was written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const NUMERIC_TERMS = new Set<KpiTermKey>(["baselineValue", "weight"]);

function sameTerm(key: KpiTermKey, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (NUMERIC_TERMS.has(key)) return normalizeDecimal(String(a)) === normalizeDecimal(String(b));
  return canonical(a) === canonical(b);
}

/** The terms that differ between two versions of a KPI (decimals compared by value). */
export function changedTerms(before: KpiTerms, after: Partial<KpiTerms>): KpiTermKey[] {
  return KPI_TERMS.filter((key) => key in after && !sameTerm(key, before[key], after[key]));
}

export const sameThemes = (a: string[], b: string[]) => canonical([...new Set(a)].sort()) === canonical([...new Set(b)].sort());

type PathShape = Pick<StoredPathVersion, "effectiveFrom" | "interpolation" | "milestones">;

const pathKey = (path: PathShape[]) =>
  canonical(
    path.map((v) => ({
      effectiveFrom: v.effectiveFrom,
      interpolation: v.interpolation,
      milestones: v.milestones.map((m) => [m.quarter, normalizeDecimal(m.value)]),
    })),
  );

/** Two growth paths with the same versions, milestones compared by value. */
export const samePath = (a: PathShape[], b: PathShape[]) => pathKey(a) === pathKey(b);

/** What a proposed change alters, field by field, for the side that decides on it. */
export function agreedTermsDiff(
  agreed: AgreedTerms,
  current: { terms: KpiTerms; themeIds: string[]; growthPath: PathShape[] },
): Array<KpiTermKey | "themes" | "growthPath"> {
  const changed: Array<KpiTermKey | "themes" | "growthPath"> = changedTerms(agreed.terms, current.terms);
  if (!sameThemes(agreed.themeIds, current.themeIds)) changed.push("themes");
  if (!samePath(agreed.growthPath, current.growthPath)) changed.push("growthPath");
  return changed;
}

export async function themeIdsOf(tx: Db, kpi: Kpi): Promise<string[]> {
  const rows = await tx
    .select({ id: kpiThemes.themeId })
    .from(kpiThemes)
    .where(and(eq(kpiThemes.tenantId, kpi.tenantId), eq(kpiThemes.kpiId, kpi.id)));
  return rows.map((r) => r.id);
}

async function currentPath(tx: Db, kpi: Kpi): Promise<StoredPathVersion[]> {
  const rows = await tx
    .select()
    .from(growthPathVersions)
    .where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)))
    .orderBy(growthPathVersions.versionNumber);
  return rows.map((v) => ({
    versionNumber: v.versionNumber,
    effectiveFrom: v.effectiveFrom,
    interpolation: v.interpolation,
    milestones: v.milestones,
    reason: v.reason,
    createdByUserId: v.createdByUserId,
    createdAt: v.createdAt.toISOString(),
  }));
}

/** The KPI as it stands, in the shape it is kept and compared in. */
export async function termsOf(tx: Db, kpi: Kpi): Promise<AgreedTerms> {
  const terms = Object.fromEntries(KPI_TERMS.map((key) => [key, kpi[key]])) as KpiTerms;
  return {
    terms,
    agreement: {
      proposedByKind: kpi.proposedByKind,
      proposedByUserId: kpi.proposedByUserId,
      decidedByUserId: kpi.decidedByUserId,
      decidedAt: kpi.decidedAt ? kpi.decidedAt.toISOString() : null,
      activeFrom: kpi.activeFrom,
    },
    themeIds: await themeIdsOf(tx, kpi),
    growthPath: await currentPath(tx, kpi),
  };
}

/** The agreed version kept while a change to an agreed KPI is pending, or null when there is none. */
export function agreedTermsOf(kpi: Pick<Kpi, "agreedVersion">): AgreedTerms | null {
  return (kpi.agreedVersion as AgreedTerms | null) ?? null;
}
