import { Badge } from "@/app/_components/ui/badge";
import { formatDate, formatMeasure } from "@/lib/format";
import type { sharedFactsOf } from "@/lib/supplier-profile/queries";
import { EXPIRY_LABELS, expiryOf, FACT_KIND_LABELS, factValueText } from "@/lib/supplier-profile/rules";

type SharedFact = Awaited<ReturnType<typeof sharedFactsOf>>[number];

/** The supplier's profile as it shared it with this buyer: read from the buyer's own tenant. */
export function SharedProfile({ supplierName, facts, today }: { supplierName: string; facts: SharedFact[] | null; today: string }) {
  return (
    <section className="card" aria-labelledby="bedrijfsprofiel">
      {/* Not "… van <leverancier>": the heading stays apart from the section named "Leverancier" above. */}
      <h2 id="bedrijfsprofiel">Gedeeld bedrijfsprofiel</h2>
      {!facts || facts.length === 0 ? (
        <p>{supplierName} deelt geen bedrijfsprofiel met jullie organisatie.</p>
      ) : (
        <>
          <p>
            Wat {supplierName} als organisatie vastlegt en met jullie deelt. Het blijft actueel zolang het gedeeld is; intrekken haalt het
            hier meteen weg.
          </p>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Gedeelde gegevens van {supplierName}</caption>
              <thead>
                <tr>
                  <th scope="col">Gegeven</th>
                  <th scope="col">Waarde</th>
                  <th scope="col">Geldigheid</th>
                  <th scope="col">Bewijs</th>
                </tr>
              </thead>
              <tbody>
                {facts.map((f) => {
                  const expiry = expiryOf(f.validUntil, today);
                  return (
                    <tr key={f.factId}>
                      <th scope="row">
                        {FACT_KIND_LABELS[f.kind]}
                        {f.year ? ` ${f.year}` : ""}
                        {f.description ? <div className="small muted">{f.description}</div> : null}
                      </th>
                      <td>
                        {factValueText(f) ?? "—"}
                        {f.scope1 !== null || f.scope2 !== null || f.scope3 !== null ? (
                          <div className="small">
                            scope 1: {formatMeasure(f.scope1, "ton")}; scope 2: {formatMeasure(f.scope2, "ton")}; scope 3:{" "}
                            {formatMeasure(f.scope3, "ton")}
                          </div>
                        ) : null}
                      </td>
                      <td>
                        {f.validUntil ? `tot en met ${formatDate(f.validUntil)}` : "geen einddatum"}{" "}
                        {expiry !== "valid" ? <Badge tone={expiry === "expired" ? "red" : "amber"}>{EXPIRY_LABELS[expiry]}</Badge> : null}
                      </td>
                      <td>{f.evidence.length > 0 ? f.evidence.map((e) => e.fileName).join(", ") : "geen"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
