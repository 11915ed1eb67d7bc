// The one way a KPI row comes into being, whoever creates it: a proposal, a tender promise, a
// library template, a copy from another contract, an import, the demo seed. It checks what
// must hold for every KPI (score meanings, indicator, malus only on result obligations and only
// from the buyer, themes of the contract's own wheel, milestones inside the contract) and writes
// the KPI, its themes, growth-path version 1 and the audit event in the caller's transaction.
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  growthPathVersions,
  indicators,
  kpis,
  kpiThemes,
  wheels,
  wheelThemes,
  type Kpi,
  type ScoreMeanings,
  type StoredMilestone,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { raiseWebhookEvent } from "@/lib/webhooks/events";
import { contractSide, type OrganisationKind } from "@/lib/auth/permissions";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { normalizeDecimal } from "@/lib/decimal";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { contractQuarters } from "@/lib/periods";
import { kpiFieldErrors, milestoneErrors, scoreErrors } from "@/lib/kpis/definition";
import { formatNumber } from "@/lib/format";
import type { Interpolation } from "@/lib/kpis/growth-path";
import type { MalusRule } from "@/lib/malus/rule";
import { assertShapesContractKpis } from "@/lib/kpis/policy";
import { firstActiveQuarter } from "@/lib/kpis/proposal";
import { amsterdamToday } from "@/lib/time";
import { pathInterpolation, type KpiKind, type Obligation } from "@/lib/kpis/rules";
import type { Actor } from "@/lib/auth/actor";

/** The contract a KPI belongs to, as insertKpi needs it (see contractForKpis). */
export type KpiContract = { tenantId: string; id: string; startDate: string; endDate: string };

/** Who writes: the acting user in their organisation (an Actor fits). */
export type KpiWriter = { userId: string | null; org: { id: string; kind: OrganisationKind } };

type NewKpiGrowthPath = {
  interpolation: Interpolation;
  /** Quarter keys ("2027-Q2") and decimal strings ("12.5"), as stored. */
  milestones: StoredMilestone[];
  reason?: string | null;
};

/** How the KPI came about; written into the audit event so the history says why it exists. */
type KpiSource = "proposal" | "promise" | "template" | "copy" | "import" | "review" | "seed";

export type NewKpi = {
  contract: KpiContract;
  source: KpiSource;
  name: string;
  description?: string | null;
  /** Required for quantitative KPIs; a global indicator or one of the contract buyer's own. */
  indicatorId?: string | null;
  kind: KpiKind;
  obligation: Obligation;
  /** Required for qualitative KPIs: what each score 1–4 means. */
  scoreMeanings?: ScoreMeanings | null;
  baselineValue?: string | null;
  baselineQuarter?: string | null;
  measurement?: string | null;
  evidenceRequired?: string | null;
  evidenceMandatory?: boolean;
  /** Decimal string; defaults to "1". */
  weight?: string;
  knockOut?: boolean;
  /** Only on a result obligation, and only when the buyer writes. */
  malusRule?: MalusRule | null;
  /**
   * "proposed" (default) waits for the other side; "active" only where both sides agreed
   * already (a review decision, the demo seed). activeFrom defaults to firstActiveQuarter.
   */
  status?: "proposed" | "active";
  activeFrom?: string | null;
  /** Who accepted it for the other side, when it is inserted as "active". */
  decidedByUserId?: string | null;
  /** Themes of the contract's Waardenwiel; anything else is refused. */
  themeIds?: string[];
  /** Becomes growth-path version 1, in force from the contract's first quarter. */
  growthPath?: NewKpiGrowthPath | null;
  promiseId?: string | null;
  templateId?: string | null;
  ambitionLevel?: "minimum" | "plus" | "maximum" | null;
  addedByReviewId?: string | null;
};

/**
 * The contract for a KPI write by this actor: visible to them (another tenant's id or a contract
 * the supplier is no party to is "not found") and, for a buyer's contract manager, one they manage.
 */
export async function contractForKpis(tx: Db, ctx: Actor, contractId: string) {
  const contract = await getContract(tx, { viewer: viewerOf(ctx), id: contractId });
  assertShapesContractKpis(ctx, contract);
  return contract;
}

/** Inserts a KPI with its themes and first growth-path version, and records the audit event. */
export async function insertKpi(tx: Db, ctx: KpiWriter, input: NewKpi, today: string = amsterdamToday()): Promise<Kpi> {
  await assertKpiInvariants(tx, ctx, input);
  const status = input.status ?? "proposed";
  const [row] = await tx
    .insert(kpis)
    .values({
      tenantId: input.contract.tenantId,
      contractId: input.contract.id,
      name: input.name,
      description: input.description ?? null,
      indicatorId: input.indicatorId ?? null,
      kind: input.kind,
      obligation: input.obligation,
      scoreMeanings: input.kind === "qualitative" ? input.scoreMeanings : null,
      baselineValue: input.baselineValue ?? null,
      baselineQuarter: input.baselineQuarter ?? null,
      measurement: input.measurement ?? null,
      evidenceRequired: input.evidenceRequired ?? null,
      evidenceMandatory: input.evidenceMandatory ?? false,
      weight: input.weight ?? "1",
      knockOut: input.knockOut ?? false,
      malusRule: input.malusRule ?? null,
      status,
      proposedByKind: contractSide(ctx.org.kind),
      proposedByUserId: ctx.userId,
      decidedByUserId: status === "active" ? (input.decidedByUserId ?? null) : null,
      decidedAt: status === "active" ? new Date() : null,
      activeFrom: status === "active" ? (input.activeFrom ?? firstActiveQuarter(input.contract, today)) : null,
      promiseId: input.promiseId ?? null,
      templateId: input.templateId ?? null,
      ambitionLevel: input.ambitionLevel ?? null,
      addedByReviewId: input.addedByReviewId ?? null,
    })
    .returning();
  const themeIds = [...new Set(input.themeIds ?? [])];
  if (themeIds.length > 0) {
    await tx.insert(kpiThemes).values(themeIds.map((themeId) => ({ tenantId: row.tenantId, kpiId: row.id, themeId })));
  }
  let growthPath: unknown = null;
  if (input.growthPath) {
    [growthPath] = await tx
      .insert(growthPathVersions)
      .values({
        tenantId: row.tenantId,
        kpiId: row.id,
        versionNumber: 1,
        // A KPI a review adds has its growth path from the quarter it counts from, not the contract's first.
        effectiveFrom:
          input.source === "review" && input.activeFrom
            ? input.activeFrom
            : contractQuarters(input.contract.startDate, input.contract.endDate)[0].key,
        interpolation: pathInterpolation(input.kind, input.growthPath.interpolation),
        milestones: canonicalMilestones(input.growthPath.milestones),
        reason: input.growthPath.reason ?? null,
        createdByUserId: ctx.userId,
      })
      .returning();
  }
  await recordAudit(tx, ctx, {
    tenantId: row.tenantId,
    entity: "kpi",
    entityId: row.id,
    action: "create",
    after: { ...row, source: input.source, themeIds, growthPath },
  });
  // Every way a KPI comes in (a proposal, a template, a copy, an import, a promise, a review's
  // decision) tells the integrations the same way: proposed, or agreed at once.
  await raiseWebhookEvent(tx, {
    type: row.status === "proposed" ? "kpi.proposed" : "kpi.decided",
    contract: input.contract,
    data:
      row.status === "proposed"
        ? { kpiId: row.id, status: row.status, proposedBy: ctx.org.kind, source: input.source }
        : {
            kpiId: row.id,
            decision: row.addedByReviewId ? "added_by_review" : "added",
            status: row.status,
            source: input.source,
            ...(row.addedByReviewId ? { reviewId: row.addedByReviewId } : {}),
          },
  });
  return row;
}

/** Milestones sorted by quarter with canonical decimals, as every reader expects them. */
export function canonicalMilestones(milestones: StoredMilestone[]): StoredMilestone[] {
  return milestones
    .map((m) => ({ quarter: m.quarter, value: normalizeDecimal(m.value) }))
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
}

async function assertKpiInvariants(tx: Db, ctx: KpiWriter, input: NewKpi): Promise<void> {
  if (input.malusRule && ctx.org.kind !== "buyer") {
    throw new ForbiddenError("Alleen de opdrachtgever legt een malusregel vast.");
  }
  const errors: Record<string, string> = { ...kpiFieldErrors(input) };
  if (input.growthPath) Object.assign(errors, milestoneErrors(input.contract, input.growthPath, input.kind));
  Object.assign(errors, await kpiReferenceErrors(tx, input.contract, input));
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/**
 * A KPI that becomes qualitative is scored 1–4 from then on: its growth path must already aim at
 * whole scores, or the status would compare a score with a target like 45.
 */
export async function pathFitsKind(tx: Db, kpi: Pick<Kpi, "tenantId" | "id" | "kind">, kind: Kpi["kind"]): Promise<Record<string, string>> {
  if (kind !== "qualitative" || kpi.kind === "qualitative") return {};
  const [path] = await tx
    .select({ milestones: growthPathVersions.milestones })
    .from(growthPathVersions)
    .where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)))
    .orderBy(desc(growthPathVersions.versionNumber))
    .limit(1);
  const milestones = path?.milestones ?? [];
  if (Object.keys(scoreErrors({ kind, milestones })).length === 0) return {};
  const targets = milestones.map((m) => formatNumber(Number(m.value), 4)).join(", ");
  return {
    kind: `Het groeipad mikt op ${targets}: een kwalitatieve KPI heeft hele scores 1–4 als doel. Pas eerst het groeipad aan, of laat de KPI kwantitatief.`,
  };
}

/** The indicator must be in the contract buyer's catalogue, the themes on the contract's wheel. */
export async function kpiReferenceErrors(
  tx: Db,
  contract: KpiContract,
  refs: { indicatorId?: string | null; themeIds?: string[] },
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (refs.indicatorId && !(await indicatorUsable(tx, refs.indicatorId, contract.tenantId))) {
    errors.indicatorId = "Kies een indicator uit de catalogus.";
  }
  if (refs.themeIds?.length && !(await themesOfContractWheel(tx, contract, refs.themeIds))) {
    errors.themeIds = "Kies thema's uit het Waardenwiel van dit contract.";
  }
  return errors;
}

async function indicatorUsable(tx: Db, indicatorId: string, buyerId: string): Promise<boolean> {
  if (!UUID_PATTERN.test(indicatorId)) return false;
  const [row] = await tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, buyerId))));
  return Boolean(row);
}

/** True when every id is a theme of the contract's own wheel. */
async function themesOfContractWheel(tx: Db, contract: KpiContract, themeIds: string[]): Promise<boolean> {
  const unique = [...new Set(themeIds)];
  if (!unique.every((id) => UUID_PATTERN.test(id))) return false;
  const rows = await tx
    .select({ id: wheelThemes.id })
    .from(wheelThemes)
    .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
    .where(and(eq(wheels.tenantId, contract.tenantId), eq(wheels.contractId, contract.id), inArray(wheelThemes.id, unique)));
  return rows.length === unique.length;
}
