import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { decimalInput, formatDate, formatDateTime, formatMeasure } from "@/lib/format";
import { evidenceUploadLimit } from "@/lib/reports/evidence";
import { supplierProfilePage } from "@/lib/supplier-profile/pages";
import { EXPIRY_LABELS, EXPIRY_WARNING_DAYS, FACT_KIND_FIELDS, FACT_KIND_LABELS, factValueText } from "@/lib/supplier-profile/rules";
import { deleteFactAction, deleteFileAction, saveFactAction, shareAction, uploadFileAction } from "./actions";
import { ActionButton, FactFileUpload, FactForm, type FactFormValues, type KindOption } from "./client";

export const metadata: Metadata = { title: "Bedrijfsprofiel" };

type Fact = Awaited<ReturnType<typeof supplierProfilePage>>["facts"][number];

const KINDS: KindOption[] = Object.entries(FACT_KIND_LABELS).map(([value, label]) => {
  const fields = FACT_KIND_FIELDS[value as keyof typeof FACT_KIND_FIELDS];
  const valueLabel =
    fields.value === "step"
      ? "Trede (1 tot en met 5)"
      : fields.value === "tonnes"
        ? "Footprint (ton CO2e)"
        : fields.value === "percent"
          ? "Social return (% van de omzet)"
          : null;
  return { value, label, valueLabel, year: fields.year, scopes: fields.scopes };
});

const EMPTY: FactFormValues = {
  factId: "",
  version: "",
  kind: "co2_ladder",
  year: "",
  value: "",
  scope1: "",
  scope2: "",
  scope3: "",
  description: "",
  validFrom: "",
  validUntil: "",
};

function formValues(f: Fact): FactFormValues {
  return {
    factId: f.id,
    version: String(f.version),
    kind: f.kind,
    year: f.year === null ? "" : String(f.year),
    value: decimalInput(f.value),
    scope1: decimalInput(f.scope1),
    scope2: decimalInput(f.scope2),
    scope3: decimalInput(f.scope3),
    description: f.description ?? "",
    validFrom: f.validFrom ?? "",
    validUntil: f.validUntil ?? "",
  };
}

const factTitle = (f: { kind: Fact["kind"]; year: number | null }) => `${FACT_KIND_LABELS[f.kind]}${f.year ? ` ${f.year}` : ""}`;

function validity(f: Fact): string {
  if (!f.validFrom && !f.validUntil) return "Geen geldigheidsdatum";
  if (!f.validUntil) return `Geldig vanaf ${formatDate(f.validFrom!)}`;
  return `${f.validFrom ? `Geldig van ${formatDate(f.validFrom)} ` : "Geldig "}tot en met ${formatDate(f.validUntil)}`;
}

export default async function SupplierProfilePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, facts, sharing, canEdit, canShare } = await supplierProfilePage(org);
  const limit = evidenceUploadLimit();
  const attention = facts.filter((f) => f.expiry !== "valid");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Bedrijfsprofiel</h1>
          <p>
            De gegevens van {actor.org.name} als organisatie, één keer vastgelegd: trede op de CO2-Prestatieladder, ISO-certificaten, de
            CO2-footprint per jaar en social return. Deel het profiel met de opdrachtgevers die je kiest; zij zien het bij jullie
            contracten, en een KPI over de CO2-Prestatieladder kan haar waarde in de rapportage uit het profiel overnemen.
          </p>
        </div>
      </div>
      {attention.length > 0 ? (
        <div className="alert alert-warning" role="note">
          <p>Let op: deze gegevens zijn verlopen of verlopen binnen {EXPIRY_WARNING_DAYS} dagen. Vernieuw ze, met het nieuwe bewijs:</p>
          <ul>
            {attention.map((f) => (
              <li key={f.id}>
                {factTitle(f)}: {EXPIRY_LABELS[f.expiry]} ({formatDate(f.validUntil!)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section className="card" aria-labelledby="gegevens">
        <h2 id="gegevens">Gegevens</h2>
        {facts.length === 0 ? <p>Het profiel heeft nog geen gegevens.</p> : null}
        <div className="stack">
          {facts.map((f) => (
            <article key={f.id} className="card" aria-labelledby={`fact-${f.id}`}>
              <h3 id={`fact-${f.id}`}>
                {factTitle(f)}{" "}
                {f.expiry !== "valid" ? <Badge tone={f.expiry === "expired" ? "red" : "amber"}>{EXPIRY_LABELS[f.expiry]}</Badge> : null}
              </h3>
              <dl className="facts">
                {f.value !== null ? (
                  <>
                    <dt>Waarde</dt>
                    <dd>{factValueText(f)}</dd>
                  </>
                ) : null}
                {f.scope1 !== null || f.scope2 !== null || f.scope3 !== null ? (
                  <>
                    <dt>Scopes</dt>
                    <dd>
                      scope 1: {formatMeasure(f.scope1, "ton")}; scope 2: {formatMeasure(f.scope2, "ton")}; scope 3:{" "}
                      {formatMeasure(f.scope3, "ton")}
                    </dd>
                  </>
                ) : null}
                {f.description ? (
                  <>
                    <dt>Certificaat of toelichting</dt>
                    <dd>{f.description}</dd>
                  </>
                ) : null}
                <dt>Geldigheid</dt>
                <dd>{validity(f)}</dd>
                <dt>Bewijs</dt>
                <dd>
                  {f.files.length === 0 ? (
                    "Nog geen bewijs toegevoegd."
                  ) : (
                    <ul>
                      {f.files.map((file) => (
                        <li key={file.id}>
                          <a href={`/api/v1/${org}/profile-files/${file.id}`}>{file.fileName}</a>{" "}
                          <span className="small">(SHA-256 {file.sha256.slice(0, 12)}…)</span>{" "}
                          {canEdit ? (
                            <ActionButton
                              action={deleteFileAction.bind(null, org)}
                              fields={{ fileId: file.id }}
                              label="Verwijderen"
                              hiddenLabel={file.fileName}
                              confirm={`Bewijsstuk "${file.fileName}" verwijderen? Dit kan niet ongedaan worden gemaakt.`}
                              variant="danger"
                            />
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
              <p className="small muted">
                Versie {f.version}, bijgewerkt op {formatDateTime(f.updatedAt)}
              </p>
              {canEdit ? (
                <>
                  <FactFileUpload action={uploadFileAction.bind(null, org)} factId={f.id} label={factTitle(f)} limit={limit} />
                  <details>
                    <summary>{factTitle(f)} wijzigen</summary>
                    <FactForm
                      action={saveFactAction.bind(null, org)}
                      kinds={KINDS}
                      initial={formValues(f)}
                      idPrefix={`fact-${f.id}`}
                      submitLabel="Wijziging opslaan"
                    />
                  </details>
                  <ActionButton
                    action={deleteFactAction.bind(null, org)}
                    fields={{ factId: f.id, version: String(f.version) }}
                    label="Gegeven verwijderen"
                    hiddenLabel={factTitle(f)}
                    confirm={`${factTitle(f)} uit het profiel verwijderen? Opdrachtgevers met wie het profiel gedeeld is, zien het dan niet meer. Ingediende rapportages houden hun waarde.`}
                    variant="danger"
                  />
                </>
              ) : null}
            </article>
          ))}
        </div>
      </section>
      {canEdit ? (
        <section className="card" aria-labelledby="toevoegen">
          <h2 id="toevoegen">Gegeven toevoegen</h2>
          <FactForm action={saveFactAction.bind(null, org)} kinds={KINDS} initial={EMPTY} idPrefix="new-fact" submitLabel="Toevoegen" />
        </section>
      ) : null}
      <section className="card" aria-labelledby="delen">
        <h2 id="delen">Delen met opdrachtgevers</h2>
        <p>
          Alleen opdrachtgevers met wie je een contract hebt. Een opdrachtgever met wie het profiel gedeeld is, ziet het bij jullie
          contracten, ook elke latere wijziging; intrekken haalt het daar meteen weg.
        </p>
        {sharing.length === 0 ? (
          <p>Er zijn nog geen opdrachtgevers met een contract met {actor.org.name}.</p>
        ) : (
          <ul className="stack">
            {sharing.map((buyer) => (
              <li key={buyer.id}>
                <strong>{buyer.name}</strong>: {buyer.sharedAt ? `gedeeld sinds ${formatDateTime(buyer.sharedAt)}` : "niet gedeeld"}{" "}
                {canShare ? (
                  <ActionButton
                    action={shareAction.bind(null, org)}
                    fields={{ buyerOrgId: buyer.id, share: buyer.sharedAt ? "false" : "true" }}
                    label={buyer.sharedAt ? "Delen intrekken" : "Delen"}
                    hiddenLabel={`met ${buyer.name}`}
                    confirm={
                      buyer.sharedAt ? `Het profiel niet meer delen met ${buyer.name}? Zij zien het dan meteen niet meer.` : undefined
                    }
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {!canShare ? <p className="small muted">De beheerder van jullie organisatie kiest met wie het profiel gedeeld wordt.</p> : null}
      </section>
    </>
  );
}
