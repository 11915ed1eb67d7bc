// Setting (or removing) the malus rule of a result KPI. Only the buyer holds "kpis.malus": a
// supplier can neither set nor change what it may be charged. Like every other term it reaches an
// agreed KPI only as a proposal the supplier accepts, and only before the start (lib/kpis/policy.ts).
import { ValidationError } from "@/lib/errors";
import { assessmentProblem } from "./assessment";
import { contractQuarters } from "@/lib/periods";
import { changedTerms } from "@/lib/kpis/agreed-terms";
import { kpiForWrite, routeKpiChange, saveKpi } from "@/lib/kpis/edit";
import { malusRuleErrors } from "./rule";
import type { KpiChangeOutcome } from "@/lib/kpis/policy";
import { SetMalusRule } from "./rule-form";
import { defineAction } from "@/lib/http/action";

export const setMalusRule = defineAction({
  name: "kpis.set_malus",
  permission: "kpis.malus",
  input: SetMalusRule,
  async handler(tx, ctx, input) {
    const target = await kpiForWrite(tx, ctx, input.id, input.version);
    const { kpi } = target;
    if (input.rule && kpi.obligation !== "resultaat") {
      throw new ValidationError({ type: "Alleen een resultaatverplichting kan een malus hebben; dit is een inspanningsverplichting." });
    }
    const problems = input.rule ? malusRuleErrors(input.rule) : [];
    if (problems.length > 0) throw new ValidationError({ type: problems.join(" ") });
    const outside = assessmentProblem(
      input.rule,
      contractQuarters(target.contract.startDate, target.contract.endDate).map((q) => q.key),
    );
    if (outside) throw new ValidationError({ assessmentQuarters: outside });
    if (changedTerms(kpi, { malusRule: input.rule }).length === 0)
      return { id: kpi.id, version: kpi.version, outcome: { route: "unchanged" } as KpiChangeOutcome };
    const { columns, outcome } = await routeKpiChange(tx, ctx, target, "malus");
    const after = await saveKpi(tx, ctx, kpi, { malusRule: input.rule, ...columns }, { action: "set_malus" });
    return { id: after.id, version: after.version, outcome: outcome as KpiChangeOutcome };
  },
});
