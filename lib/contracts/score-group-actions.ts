// The contract's manager or an admin weighs the overall score in groups of KPIs. The overall
// score of a final review is fixed when it is signed: a new weighing counts from the reviews that
// are still draft, which the audit event and the page both say.
import { and, eq } from "drizzle-orm";
import { kpis } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { parseScoreGroups, SetScoreGroups } from "./score-groups";
import { contractForChange, saveContractChange } from "./write";
import { defineAction } from "@/lib/http/action";

export const setScoreGroups = defineAction({
  name: "contracts.set_score_groups",
  permission: "contracts.update",
  input: SetScoreGroups,
  async handler(tx, ctx, input) {
    const before = await contractForChange(tx, ctx, input.contractId, input.version);
    const rows = await tx
      .select({ id: kpis.id, group: kpis.scoreGroup })
      .from(kpis)
      .where(and(eq(kpis.tenantId, ctx.org.id), eq(kpis.contractId, before.id)));
    const parsed = parseScoreGroups(
      input,
      rows.map((r) => r.id),
    );
    if (!parsed.ok) throw new ValidationError(parsed.errors);
    const { groups, assignments } = parsed.value;
    const after = await saveContractChange(tx, ctx, before, { scoreGroups: groups });
    const keys = new Set(groups.map((g) => g.key));
    const changed: Array<{ kpiId: string; from: string | null; to: string | null }> = [];
    for (const row of rows) {
      // A KPI the form did not mention keeps its group, unless that group is gone.
      const wanted = assignments.has(row.id) ? assignments.get(row.id)! : row.group;
      const to = wanted && keys.has(wanted) ? wanted : null;
      if (to === row.group) continue;
      await tx
        .update(kpis)
        .set({ scoreGroup: to })
        .where(and(eq(kpis.tenantId, ctx.org.id), eq(kpis.id, row.id)));
      changed.push({ kpiId: row.id, from: row.group, to });
    }
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "contract",
      entityId: before.id,
      action: "set_score_groups",
      before: { scoreGroups: before.scoreGroups },
      after: { scoreGroups: groups, kpis: changed },
    });
    return { id: before.id, version: after.version };
  },
});
