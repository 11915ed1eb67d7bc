import { TERM_LABELS, type AgreedTerms } from "@/lib/kpis/agreed-terms";
import type { MalusRule } from "@/lib/malus/rule";
import { describeKpiMalus } from "@/lib/malus/sentence";
import type { KpiDetailPage } from "@/lib/kpis/pages";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { formatMeasure } from "@/lib/format";

type Changed = KpiDetailPage["changed"][number];

/** The agreed value of a changed field as a person reads it; long texts only by name. */
function agreedValue(key: Changed, agreed: AgreedTerms, page: KpiDetailPage, unit: string): string | null {
  const t = agreed.terms;
  switch (key) {
    case "name":
      return t.name;
    case "baselineValue":
      return t.baselineValue === null ? "geen" : formatMeasure(t.baselineValue, unit);
    case "baselineQuarter":
      return t.baselineQuarter ? quarterLabel(quarterFromKey(t.baselineQuarter)) : "geen";
    case "weight":
      return formatMeasure(t.weight, "");
    case "kind":
      return KPI_KINDS[t.kind];
    case "obligation":
      return OBLIGATIONS[t.obligation];
    case "knockOut":
      return t.knockOut ? "ja" : "nee";
    case "evidenceMandatory":
      return t.evidenceMandatory ? "ja" : "nee";
    case "indicatorId":
      return page.indicators.find((i) => i.id === t.indicatorId)?.name ?? "geen";
    case "malusRule":
      return describeKpiMalus(
        { obligation: t.obligation, malusRule: t.malusRule as MalusRule | null },
        unit,
        page.kpi.indicator?.direction,
        {
          period: page.contract.malusCapPeriod,
          startDate: page.contract.startDate,
        },
      );
    case "themes":
      return (
        page.themes
          .filter((th) => agreed.themeIds.includes(th.id))
          .map((th) => th.name)
          .join(", ") || "geen"
      );
    default:
      return null;
  }
}

/** What a proposed change alters, against the version both parties agreed. */
export function ChangeSummary({ page, unit }: { page: KpiDetailPage; unit: string }) {
  if (!page.agreed || page.changed.length === 0) return null;
  return (
    <>
      <p>Gewijzigd ten opzichte van de afgesproken versie:</p>
      <ul className="change-list">
        {page.changed.map((key) => {
          const before = agreedValue(key, page.agreed!, page, unit);
          return (
            <li key={key}>
              <strong>{TERM_LABELS[key]}</strong>
              {before !== null ? <> (afgesproken: {before})</> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
