// Decisions of the review: the list (removable while draft) and, for the contract manager, the
// forms to retire a KPI, add one from the next quarter, change a growth path and add an action.
import { formatDate } from "@/lib/format";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { MALUS_RULE_TYPES } from "@/lib/malus/rule";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { ASSESSMENT_KINDS, ASSESSMENT_LABELS } from "@/lib/malus/assessment";
import { capKindOptions } from "@/lib/malus/cap-choices";
import { addQuarters, contractQuarters, quarterFromKey, quarterLabel } from "@/lib/periods";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm, type ReviewField } from "./review-form";
import { SIDE_OPTIONS, type Act } from "./shared";
import {
  actionItemDecisionAction,
  addKpiDecisionAction,
  growthPathDecisionAction,
  removeDecisionAction,
  retireKpiDecisionAction,
  setMalusDecisionAction,
} from "../actions";

type Props = { page: ReviewPageData; act: Act };
type Payload = Record<string, unknown>;

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const q = (key: unknown) => (typeof key === "string" ? quarterLabel(quarterFromKey(key)) : "");

function describe(d: ReviewPageData["decisions"][number]): string {
  const p = d.payload as Payload;
  switch (d.kind) {
    case "add_kpi":
      return `KPI toevoegen: ${String(p.name)} (vanaf ${q(p.activeFrom)})`;
    case "retire_kpi":
      return `KPI beëindigen: ${String(p.name)} (vanaf ${q(p.retiredFrom)})`;
    case "change_growth_path":
      return `Groeipad wijzigen: ${String(p.name)} (vanaf ${q(p.effectiveFrom)})`;
    case "set_malus":
      return `Malusregel vastleggen: ${String(p.name)} (vanaf ${q(p.from)})`;
    case "action_item":
      return `Actie: ${String(p.title)} — ${String(p.ownerName)} (${p.ownerSide === "buyer" ? "opdrachtgever" : "leverancier"}), uiterlijk ${typeof p.dueDate === "string" ? formatDate(p.dueDate) : ""}`;
    default:
      return d.kind;
  }
}

const MALUS_TYPES = [{ value: "none", label: "Geen malus" }, ...opts(MALUS_RULE_TYPES)];

/** A malus rule in the review's forms: the rule and its caps per year and over the contract. */
function malusFields(period: string | null): ReviewField[] {
  const caps = (prefix: string, label: string, periodLabel: string | null): ReviewField[] => [
    { name: `${prefix}Kind`, label: `${label}: soort`, type: "select", options: capKindOptions(periodLabel), defaultValue: "none" },
    { name: `${prefix}Value`, label: `${label}: bedrag of percentage`, type: "number", hint: "Bijvoorbeeld 15.000,00 of 2,5" },
  ];
  return [
    {
      name: "type",
      label: "Malus",
      type: "select",
      options: MALUS_TYPES,
      defaultValue: "none",
      hint: "Alleen bij een resultaatverplichting.",
    },
    { name: "amount", label: "Bedrag per kwartaal (€, bij een vast bedrag)", type: "number" },
    { name: "percent", label: "Percentage van de kwartaalwaarde (bij een percentage)", type: "number" },
    { name: "centsPerUnit", label: "Bedrag per eenheid tekort (€)", type: "number" },
    { name: "factor", label: "Factor (bij een bedrag per eenheid; leeg is 1)", type: "number" },
    {
      name: "assessment",
      label: "Beoordeling (bij een bedrag per eenheid)",
      type: "select",
      options: ASSESSMENT_KINDS.map((k) => ({ value: k, label: ASSESSMENT_LABELS[k] })),
      defaultValue: "quarterly",
    },
    { name: "assessmentQuarters", label: "Kwartalen van de mijlpalen", hint: "Bijvoorbeeld 2026 K4, 2027 K4" },
    ...caps("capYear", "Maximum per jaar", period),
    ...caps("capContract", "Maximum over de looptijd", null),
  ];
}

function milestoneFields(options: { value: string; label: string }[], first: string, last: string): ReviewField[] {
  return [0, 1, 2].flatMap((i) => [
    {
      name: `milestones.${i}.quarter`,
      label: `Mijlpaal ${i + 1}: kwartaal`,
      type: "select" as const,
      options,
      placeholder: "–",
      defaultValue: i === 0 ? first : i === 1 ? last : "",
    },
    { name: `milestones.${i}.value`, label: `Mijlpaal ${i + 1}: doelwaarde`, type: "number" as const },
  ]);
}

export function DecisionsSection({ page, act }: Props) {
  const { controls, review } = page;
  const all = contractQuarters(page.contract.startDate, page.contract.endDate);
  const nextKey = `${addQuarters(page.quarter, 1).year}-Q${addQuarters(page.quarter, 1).quarter}`;
  const later = all.filter((x) => x.key >= nextKey).map((x) => ({ value: x.key, label: quarterLabel(x.quarter) }));
  const everyQuarter = all.map((x) => ({ value: x.key, label: quarterLabel(x.quarter) }));
  const lastKey = all.at(-1)?.key ?? nextKey;
  const hidden: Record<string, string> = review ? { reviewId: review.id, version: String(review.version) } : {};
  const kpiOptions = page.kpis.map((k) => ({ value: k.kpi.id, label: k.kpi.name }));
  const resultKpis = page.kpis
    .filter((k) => k.kpi.obligation === "resultaat")
    .map((k) => ({ value: k.kpi.id, label: k.kpi.hasMalusRule ? `${k.kpi.name} (vervangt de huidige regel)` : k.kpi.name }));
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Besluiten</h2>
      {page.decisions.length === 0 ? <p className="muted">Nog geen besluiten vastgelegd.</p> : null}
      <ul>
        {page.decisions.map((d) => (
          <li key={d.id} style={{ marginBottom: "0.5rem" }}>
            {describe(d)}
            {d.reason ? <span className="small"> — reden: {d.reason}</span> : null}
            {controls.manage ? (
              <ReviewForm
                action={act(removeDecisionAction)}
                idPrefix={`remove-${d.id}`}
                hidden={{ ...hidden, decisionId: d.id }}
                fields={[]}
                submit="Besluit verwijderen"
                variant="danger"
                confirm={`Besluit "${describe(d)}" verwijderen?`}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {controls.manage && later.length === 0 ? (
        <p className="small">Dit is het laatste kwartaal van het contract: KPI-wijzigingen kunnen niet meer ingaan.</p>
      ) : null}
      {controls.manage ? (
        <div className="stack" style={{ display: "flex", flexDirection: "column", gap: "0.75rem" }}>
          <details>
            <summary>KPI beëindigen</summary>
            <ReviewForm
              action={act(retireKpiDecisionAction)}
              idPrefix="retire"
              hidden={hidden}
              row
              fields={[
                { name: "kpiId", label: "KPI die vervalt", type: "select", options: kpiOptions, placeholder: "Kies een KPI" },
                { name: "reason", label: "Reden van het beëindigen", type: "textarea" },
              ]}
              submit="KPI beëindigen"
            />
          </details>
          <details>
            <summary>KPI toevoegen (vanaf {q(nextKey)})</summary>
            <ReviewForm
              action={act(addKpiDecisionAction)}
              idPrefix="add-kpi"
              hidden={hidden}
              row
              fields={[
                { name: "name", label: "Naam van de KPI" },
                { name: "kind", label: "Soort", type: "select", options: opts(KPI_KINDS), defaultValue: "quantitative" },
                { name: "obligation", label: "Verplichting", type: "select", options: opts(OBLIGATIONS), defaultValue: "inspanning" },
                {
                  name: "indicatorId",
                  label: "Indicator",
                  type: "select",
                  options: page.indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.unitLabel})` })),
                  placeholder: "Geen indicator",
                },
                { name: "description", label: "Omschrijving", type: "textarea" },
                { name: "measurement", label: "Hoe wordt er gemeten?", type: "textarea" },
                { name: "evidenceRequired", label: "Welk bewijs is nodig?", type: "textarea" },
                { name: "evidenceMandatory", label: "Bewijs is verplicht bij elke rapportage", type: "checkbox" },
                {
                  name: "weight",
                  label: "Gewicht",
                  type: "number",
                  defaultValue: "1",
                  hint: "Hoe zwaar de KPI meetelt in de totaalscore.",
                },
                { name: "knockOut", label: "Knock-out: niet op koers houdt de totaalscore op hoogstens 50", type: "checkbox" },
                ...(page.themes.length > 0
                  ? [
                      {
                        name: "themeIds",
                        label: "Thema's van het Waardenwiel",
                        type: "checkboxes" as const,
                        options: page.themes.map((t) => ({ value: t.id, label: t.name })),
                      },
                    ]
                  : []),
                ...malusFields("% van de jaarwaarde"),
                { name: "baselineValue", label: "Nulmeting (waarde)", type: "number" },
                { name: "baselineQuarter", label: "Nulmeting (kwartaal)", type: "select", options: everyQuarter, placeholder: "–" },
                {
                  name: "interpolation",
                  label: "Verloop tussen mijlpalen",
                  type: "select",
                  options: opts(INTERPOLATIONS),
                  defaultValue: "linear",
                },
                ...milestoneFields(later, nextKey, lastKey),
                ...[1, 2, 3, 4].map((n) => ({ name: `scoreMeanings.${n}`, label: `Betekenis score ${n} (alleen kwalitatief)` })),
                { name: "reason", label: "Reden van het toevoegen", type: "textarea" },
              ]}
              submit="KPI toevoegen"
            />
          </details>
          {resultKpis.length > 0 ? (
            <details>
              <summary>Malusregel vastleggen (vanaf {q(nextKey)})</summary>
              <ReviewForm
                action={act(setMalusDecisionAction)}
                idPrefix="set-malus"
                hidden={hidden}
                row
                fields={[
                  { name: "kpiId", label: "KPI (resultaatverplichting)", type: "select", options: resultKpis, placeholder: "Kies een KPI" },
                  ...malusFields("% van de jaarwaarde"),
                  { name: "reason", label: "Reden", type: "textarea" },
                ]}
                submit="Malusregel vastleggen"
              />
            </details>
          ) : null}
          <details>
            <summary>Groeipad wijzigen</summary>
            <ReviewForm
              action={act(growthPathDecisionAction)}
              idPrefix="growth"
              hidden={hidden}
              row
              fields={[
                { name: "kpiId", label: "KPI", type: "select", options: kpiOptions, placeholder: "Kies een KPI" },
                { name: "effectiveFrom", label: "Geldt vanaf", type: "select", options: later, defaultValue: nextKey },
                {
                  name: "interpolation",
                  label: "Verloop tussen mijlpalen",
                  type: "select",
                  options: opts(INTERPOLATIONS),
                  defaultValue: "linear",
                },
                ...milestoneFields(later, nextKey, lastKey),
                { name: "reason", label: "Reden van de wijziging", type: "textarea" },
              ]}
              submit="Groeipad wijzigen"
            />
          </details>
          <details>
            <summary>Actie afspreken</summary>
            <ReviewForm
              action={act(actionItemDecisionAction)}
              idPrefix="action"
              hidden={hidden}
              row
              fields={[
                { name: "title", label: "Actie" },
                { name: "ownerSide", label: "Eigenaar bij", type: "select", options: SIDE_OPTIONS, defaultValue: "supplier" },
                { name: "ownerName", label: "Naam van de eigenaar" },
                { name: "dueDate", label: "Uiterlijk op", type: "date", askIfBefore: page.today },
              ]}
              submit="Actie vastleggen"
            />
          </details>
        </div>
      ) : null}
    </section>
  );
}
