// Setting (or removing) the malus rule of a result KPI. Only the buyer holds "kpis.malus": a
// supplier can neither set nor change what it may be charged. Like every other KPI field it is
// fixed once the contract runs; a change after the start goes through the quarterly review.
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { assertKpiEditable, kpiForWrite, saveKpi } from "./edit";
import { malusRuleErrors } from "./malus";
import { amsterdamToday } from "./proposal";
import { SetMalusRule } from "./schemas";

export const setMalusRule = defineAction({
  name: "kpis.set_malus",
  permission: "kpis.malus",
  input: SetMalusRule,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
      assertKpiEditable(kpi, contract, amsterdamToday());
      if (input.rule && kpi.obligation !== "resultaat") {
        throw new ValidationError({ type: "Alleen een resultaatverplichting kan een malus hebben; dit is een inspanningsverplichting." });
      }
      const problems = input.rule ? malusRuleErrors(input.rule) : [];
      if (problems.length > 0) throw new ValidationError({ type: problems.join(" ") });
      const after = await saveKpi(tx, ctx, kpi, { malusRule: input.rule }, { action: "set_malus" });
      return { id: after.id, version: after.version };
    });
  },
});
