// GET /api/v1/[org]/contracts/[id]/kpis: the KPIs of a contract with their growth paths, for an
// integration: what was agreed, per quarter the target and the growth-path version it comes from,
// and every version with its milestones. Read by either party, as the KPI page shows them.
import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/http/route";
import { z } from "@/lib/zod";
import { listContractKpis } from "./queries";

const KpiOut = z.object({
  id: z.guid(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  kind: z.enum(["quantitative", "qualitative"]),
  obligation: z.string(),
  indicator: z.object({ code: z.string(), name: z.string(), unit: z.string(), direction: z.string() }).nullable(),
  baseline: z.object({ quarter: z.string().nullable(), value: z.string().nullable() }),
  activeFrom: z.string().nullable(),
  retiredFrom: z.string().nullable(),
  evidenceRequired: z.boolean(),
  weight: z.string(),
  updatedAt: z.date(),
  targets: z.array(z.object({ quarter: z.string(), target: z.string().nullable(), growthPathVersion: z.number().int().nullable() })),
  growthPath: z.array(
    z.object({
      version: z.number().int(),
      effectiveFrom: z.string(),
      interpolation: z.string(),
      milestones: z.array(z.object({ quarter: z.string(), value: z.string() })),
      reason: z.string().nullable(),
    }),
  ),
});

export const contractKpisRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]/kpis",
  permission: "contracts.read",
  scope: "contracts:read",
  output: z.array(KpiOut),
  async handler(tx, ctx, params: { id: string }) {
    const { kpis } = await listContractKpis(tx, { viewer: viewerOf(ctx), contractId: params.id });
    return kpis.map((k) => ({
      id: k.id,
      name: k.name,
      description: k.description,
      status: k.status,
      kind: k.kind,
      obligation: k.obligation,
      indicator: k.indicator
        ? { code: k.indicator.code, name: k.indicator.name, unit: k.indicator.unitLabel, direction: k.indicator.direction }
        : null,
      baseline: { quarter: k.baselineQuarter, value: k.baselineValue },
      activeFrom: k.activeFrom,
      retiredFrom: k.retiredFrom,
      evidenceRequired: k.evidenceMandatory,
      weight: k.weight,
      updatedAt: k.updatedAt,
      targets: k.targets.map((t) => ({ quarter: t.key, target: t.target ?? null, growthPathVersion: t.version ?? null })),
      growthPath: k.versions.map(({ version, effectiveFrom, interpolation, milestones, reason }) => ({
        version,
        effectiveFrom,
        interpolation,
        milestones,
        reason,
      })),
    }));
  },
});
