// What the Indicatoren pages need, shaped on the server so app/ stays free of database code.
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { absoluteCandidates, activityUnitKey, isIntensity } from "./intensity";
import { getOwnIndicator, listCatalogue, type CatalogueIndicator } from "./queries";
import { aggregationLabel, directionLabel, groupCatalogue, unitName, valueRange } from "./rules";
import { withTenant } from "@/lib/tenancy";

/** "per maaltijden; telt in CO2-uitstoot (ton CO2e) mee × 0,001": how an intensity adds up, or null. */
function intensityText(i: CatalogueIndicator, byId: Map<string, CatalogueIndicator>): string | null {
  if (!i.activityUnitLabel) return null;
  const absolute = i.absoluteIndicatorId ? byId.get(i.absoluteIndicatorId) : undefined;
  const into =
    absolute && i.absoluteFactor !== null
      ? `; × hoeveelheid × ${formatNumber(Number(i.absoluteFactor), 8)} telt mee in ${absolute.name} (${absolute.unitLabel})`
      : "";
  return `Intensiteit per eenheid (${i.activityUnitLabel})${into}`;
}

/** One row of the catalogue table, in Dutch. */
function indicatorRow(i: CatalogueIndicator, byId: Map<string, CatalogueIndicator> = new Map()) {
  return {
    id: i.id,
    code: i.code,
    name: i.name,
    description: i.description,
    unitLabel: i.unitLabel,
    unitCode: i.unitCode,
    unitName: unitName(i.unitCode),
    direction: directionLabel(i.direction),
    aggregation: aggregationLabel(i.aggregation),
    range: rangeText(valueRange(i)),
    intensity: intensityText(i, byId),
  };
}

export type IndicatorRow = ReturnType<typeof indicatorRow>;

/** The range values must stay in, as enforced (a percentage is 0–100 even without stored bounds). */
function rangeText({ min, max }: { min: number | null; max: number | null }): string {
  const f = (v: number) => formatNumber(v, 4);
  if (min !== null && max !== null) return `${f(min)} – ${f(max)}`;
  if (min !== null) return `vanaf ${f(min)}`;
  if (max !== null) return `tot en met ${f(max)}`;
  return "—";
}

function toInput(value: string | null): string {
  return value === null ? "" : formatNumber(Number(value), 4).replace(/\u2212/g, "-");
}

/** Indicators to choose from in a select, labelled with their unit, global ones first. */
export function indicatorChoices(catalogue: CatalogueIndicator[]) {
  const { global, own } = groupCatalogue(catalogue);
  return [...global, ...own].map((i) => ({
    id: i.id,
    label: `${i.name} (${i.unitLabel})`,
    unitLabel: i.unitLabel,
    own: i.ownerOrgId !== null,
  }));
}

export type IndicatorChoice = ReturnType<typeof indicatorChoices>[number];

export async function indicatorsPage(actor: Actor) {
  const catalogue = await withTenant(actor, (tx) => listCatalogue(tx, { orgId: actor.org.id, orgKind: actor.org.kind }));
  const { global, own } = groupCatalogue(catalogue);
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  return {
    global: global.map((i) => indicatorRow(i, byId)),
    own: own.map((i) => indicatorRow(i, byId)),
    absoluteChoices: indicatorChoices(absoluteCandidates(catalogue, null)),
  };
}

/** The indicator form's fields as text, the way the user types them. */
export type IndicatorFormValues = {
  name: string;
  code: string;
  description: string;
  unitCode: string;
  unitLabel: string;
  direction: string;
  aggregation: string;
  minValue: string;
  maxValue: string;
  intensity: string;
  activityUnit: string;
  absoluteIndicatorId: string;
  absoluteFactor: string;
};

/**
 * An own indicator as the edit form shows it, with how it adds up as an intensity and what it may
 * add up into; a global or foreign id becomes a 404 (NotFoundError).
 */
export async function editIndicatorPage(actor: Actor, id: string) {
  try {
    const [row, catalogue] = await withTenant(actor, (tx) =>
      Promise.all([
        getOwnIndicator(tx, { tenantId: actor.org.id, id }),
        listCatalogue(tx, { orgId: actor.org.id, orgKind: actor.org.kind }),
      ]),
    );
    const initial: IndicatorFormValues = {
      name: row.name,
      code: row.code,
      description: row.description ?? "",
      unitCode: row.unitCode,
      unitLabel: row.unitLabel,
      direction: row.direction,
      aggregation: row.aggregation,
      minValue: toInput(row.minValue),
      maxValue: toInput(row.maxValue),
      intensity: isIntensity(row) ? "per_unit" : "absolute",
      activityUnit: activityUnitKey(row),
      absoluteIndicatorId: row.absoluteIndicatorId ?? "",
      // A factor has up to eight decimals (g → t is 0,000001); the bounds above have four.
      absoluteFactor: row.absoluteFactor === null ? "" : formatNumber(Number(row.absoluteFactor), 8),
    };
    return {
      id: row.id,
      initial,
      intensity: intensityText(row, new Map(catalogue.map((i) => [i.id, i]))),
      absoluteChoices: indicatorChoices(absoluteCandidates(catalogue, row.id)),
    };
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError();
    throw error;
  }
}
