import type { IndicatorChoice } from "@/lib/indicators/pages";

/** The options of an indicator select: an empty first choice, then the national catalogue and the organisation's own, each in its group. */
export function IndicatorOptions({ indicators, placeholder }: { indicators: IndicatorChoice[]; placeholder: string }) {
  const global = indicators.filter((i) => !i.own);
  const own = indicators.filter((i) => i.own);
  return (
    <>
      <option value="">{placeholder}</option>
      {global.length > 0 ? (
        <optgroup label="Landelijke catalogus">
          {global.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </optgroup>
      ) : null}
      {own.length > 0 ? (
        <optgroup label="Eigen indicatoren">
          {own.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
}
