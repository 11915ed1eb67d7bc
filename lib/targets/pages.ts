// What the Doelstellingen pages need, shaped on the server so app/ stays free of database code
// and the client components get plain data.
import type { Actor } from "@/lib/auth/actor";
import { formatNumber } from "@/lib/format";
import { indicatorChoices } from "@/lib/indicators/pages";
import { listCatalogue } from "@/lib/indicators/queries";
import { isPercentage } from "@/lib/indicators/rules";
import { getTargetInTenant, lineOf, listTargets, type TargetRow } from "./queries";
import { changeFromBase, describeTarget, targetPoints, targetSeries, targetYears } from "./rules";
import { withTenant } from "@/lib/tenancy";

/** A number as a Dutch user would type it back into the form: "12.500", "-30", "18,5". */
function numberToInput(value: number): string {
  return formatNumber(value, 4).replace(/\u2212/g, "-");
}

/** One target ready for the page: the yearly line for the chart, its points for the table, a text alternative. */
function targetView(row: TargetRow) {
  const line = lineOf(row);
  const { from, to } = targetYears(line);
  const series = targetSeries(line, from, to);
  const percentage = isPercentage(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    version: row.version,
    indicatorName: row.indicatorName,
    unitLabel: row.unitLabel,
    unitCode: row.unitCode,
    percentage,
    textAlternative: describeTarget(line, row.unitLabel, row.indicatorName, percentage),
    series,
    years: series.map((p) => ({
      year: p.year,
      target: p.target,
      kind: p.kind,
      change: p.target === undefined ? undefined : changeFromBase(line, p.target, percentage),
    })),
    points: targetPoints(line),
  };
}

export type TargetView = ReturnType<typeof targetView>;

export async function targetsPage(actor: Actor) {
  const rows = await withTenant(actor, (tx) => listTargets(tx, { tenantId: actor.org.id }));
  return rows.map(targetView);
}

export async function newTargetPage(actor: Actor) {
  const catalogue = await withTenant(actor, (tx) => listCatalogue(tx, { orgId: actor.org.id, orgKind: actor.org.kind }));
  return { indicators: indicatorChoices(catalogue) };
}

/** The target to edit, as the form shows it; another tenant's id is a NotFoundError (404). */
export async function editTargetPage(actor: Actor, id: string) {
  const [row, catalogue] = await withTenant(actor, (tx) =>
    Promise.all([
      getTargetInTenant(tx, { tenantId: actor.org.id, id }),
      listCatalogue(tx, { orgId: actor.org.id, orgKind: actor.org.kind }),
    ]),
  );
  const line = lineOf(row);
  return {
    target: row,
    indicators: indicatorChoices(catalogue),
    initial: {
      name: row.name,
      description: row.description ?? "",
      indicatorId: row.indicatorId,
      baseYear: String(row.baseYear),
      baseValue: numberToInput(line.baseValue),
      milestones: line.milestones.map((m) => ({ year: String(m.year), mode: m.mode, value: numberToInput(m.value) })),
      version: row.version,
    },
  };
}
