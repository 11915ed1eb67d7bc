import { Badge } from "@/app/_components/ui/badge";
import { formatDate, formatMeasure } from "@/lib/format";
import type { sharedProfileOnContract } from "@/lib/supplier-profile/queries";
import { EXPIRY_LABELS, FACT_KIND_LABELS, factValueText } from "@/lib/supplier-profile/rules";

type SharedFact = Awaited<ReturnType<typeof sharedProfileOnContract>>[number];

const factName = (f: SharedFact) => `${FACT_KIND_LABELS[f.kind]}${f.year ? ` ${f.year}` : ""}`;

/** The supplier's profile as it shared it with this buyer: read from the buyer's own tenant. */
export function SharedProfile({ org, supplierName, facts }: { org: string; supplierName: string; facts: SharedFact[] | null }) {
  // The KPIs whose reported value rests on a fact that ran out or soon will: named above the table.
  const inDoubt = (facts ?? []).filter((f) => f.expiry !== "valid" && f.kpis.length > 0);
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
          {inDoubt.length > 0 ? (
            <ul>
              {inDoubt.map((f) => (
                <li key={f.factId}>
                  <Badge tone={f.expiry === "expired" ? "red" : "amber"}>{EXPIRY_LABELS[f.expiry]}</Badge> {factName(f)}{" "}
                  {f.expiry === "expired" ? "is verlopen op" : "verloopt op"} {formatDate(f.validUntil!)}. De waarde van{" "}
                  {f.kpis.length === 1 ? "KPI" : "de KPI's"} {f.kpis.map((k) => `“${k.name}”`).join(", ")} steunt op dit gegeven.
                </li>
              ))}
            </ul>
          ) : null}
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
                {facts.map((f) => (
                  <tr key={f.factId}>
                    <th scope="row">
                      {factName(f)}
                      {f.description ? <div className="small muted">{f.description}</div> : null}
                      {f.kpis.length > 0 ? <div className="small">KPI van dit contract: {f.kpis.map((k) => k.name).join(", ")}</div> : null}
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
                      {f.expiry !== "valid" ? (
                        <Badge tone={f.expiry === "expired" ? "red" : "amber"}>{EXPIRY_LABELS[f.expiry]}</Badge>
                      ) : null}
                    </td>
                    <td>
                      {f.evidence.length === 0 ? (
                        "geen"
                      ) : (
                        <ul className="plain-list">
                          {f.evidence.map((e, i) => (
                            <li key={e.fileId ?? `${e.sha256}-${i}`}>
                              {e.fileId ? (
                                <a href={`/api/v1/${org}/shared-profile-files/${e.fileId}`} download>
                                  {e.fileName}
                                </a>
                              ) : (
                                e.fileName
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
