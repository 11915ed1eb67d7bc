// The review report as a PDF (A4, Dutch): the same content as the printable report page, for
// the archive and for whoever was not at the table. Built with pdf-lib and the standard
// Helvetica font, so there is no binary dependency and no font file to ship.
import { formatDateTime, formatDay, formatEuroCents, formatMeasure } from "@/lib/format";
import { quarterLongLabel } from "@/lib/periods";
import type { ReviewRecord } from "./export";
import { actionItemLine, computedStatusLabel, DECISION_LABELS, describeDecision, scoreLabel, sentence, SIDE_LABELS } from "./export-labels";
import { PdfWriter } from "./pdf-layout";

export const PDF_CONTENT_TYPE = "application/pdf";

export function meetingText(review: ReviewRecord["review"]): string {
  if (!review.meetingAt) return "Nog niet gepland";
  return `${formatDateTime(review.meetingAt)}${review.location ? `, ${review.location}` : ""}`;
}

export function signatureText(name: string | null, at: Date | null): string {
  return at ? `${name ?? "onbekend"}, ${formatDateTime(at)}` : "nog niet ondertekend";
}

/** The applied amount, and under it what the rule gave and what was waived when there was a malus. */
function malusCell(s: ReviewRecord["scores"][number]): string {
  if (s.malusRawCents === 0) return formatEuroCents(s.appliedCents);
  const waived = s.waivedCents > 0 ? `, kwijtgescholden ${formatEuroCents(s.waivedCents)}` : "";
  return `${formatEuroCents(s.appliedCents)} (regel ${formatEuroCents(s.malusRawCents)}${waived})`;
}

export async function reviewPdf(record: ReviewRecord, generatedAt: Date = new Date()): Promise<Uint8Array> {
  const { contract, review } = record;
  const quarter = quarterLongLabel(record.quarter);
  const pdf = await PdfWriter.create(`Kwartaalreview ${quarter} – ${contract.title}`);
  pdf.title(`Kwartaalreview ${quarter}`, `${contract.title}${contract.reference ? ` (${contract.reference})` : ""}`);
  pdf.facts([
    ["Opdrachtgever", contract.buyerName],
    ["Opdrachtnemer", contract.supplierName ?? "—"],
    ["Status", review.status === "final" ? "Definitief (door beide partijen ondertekend)" : "Concept – nog niet definitief"],
    ["Overleg", meetingText(review)],
  ]);

  pdf.heading("Deelnemers");
  for (const side of ["buyer", "supplier"] as const) {
    const names = record.participants.filter((p) => p.side === side).map((p) => p.name);
    pdf.paragraph(`${SIDE_LABELS[side]}: ${names.length > 0 ? names.join(", ") : "—"}`);
  }
  if (review.summary) {
    pdf.heading("Samenvatting");
    pdf.paragraph(review.summary);
  }

  pdf.heading("Scores per KPI");
  if (record.scores.length === 0) pdf.paragraph("Er zijn geen KPI's gescoord.", { muted: true });
  else {
    pdf.table(
      [
        { header: "KPI", width: 24 },
        { header: "Gerapporteerd", width: 15, align: "right" },
        { header: "Doel", width: 13, align: "right" },
        { header: "Berekend", width: 11 },
        { header: "Afgesproken score", width: 21 },
        { header: "Malus toegepast", width: 16, align: "right" },
      ],
      record.scores.map((s) => [
        s.kpiName,
        s.kpiKind === "qualitative"
          ? s.reportedScore === null
            ? "—"
            : `score ${s.reportedScore}`
          : formatMeasure(s.reportedValue, s.unit),
        s.kpiKind === "qualitative" ? formatMeasure(s.target) : formatMeasure(s.target, s.unit),
        computedStatusLabel(s.computedStatus),
        `${scoreLabel(s.agreedScore)}${s.agreedReason ? ` – ${s.agreedReason}` : ""}`,
        malusCell(s),
      ]),
    );
    for (const s of record.scores.filter((x) => x.waiverKind)) {
      pdf.paragraph(
        `Kwijtschelding ${s.kpiName}: ${s.waiverReason ?? ""}${s.waiverApprovedAt ? ` (goedgekeurd ${formatDateTime(s.waiverApprovedAt)})` : ""}`,
        { muted: true },
      );
    }
  }
  pdf.paragraph(
    `Malus van het kwartaal: ${formatEuroCents(record.malus.appliedCents)} toegepast (volgens de regels ${formatEuroCents(record.malus.rawCents)}, kwijtgescholden ${formatEuroCents(record.malus.waivedCents)}).`,
    { bold: true },
  );

  pdf.heading("Besluiten");
  const decisions = record.decisions.filter((d) => d.kind !== "action_item");
  if (decisions.length === 0) pdf.paragraph("Geen wijzigingen in KPI's of groeipaden.", { muted: true });
  for (const d of decisions) pdf.paragraph(`${DECISION_LABELS[d.kind]}: ${describeDecision(d)}${d.reason ? `. Reden: ${d.reason}` : ""}`);

  pdf.heading("Actiepunten");
  if (record.actionItems.length === 0) pdf.paragraph("Geen actiepunten.", { muted: true });
  for (const item of record.actionItems) pdf.paragraph(`• ${actionItemLine(item)}`);

  pdf.heading("Geleerde lessen");
  if (record.lessons.length === 0) pdf.paragraph("Geen lessons learned vastgelegd.", { muted: true });
  for (const lesson of record.lessons) pdf.paragraph(`• ${lesson.body} (${lesson.authorName}, ${formatDay(lesson.createdAt)})`);

  pdf.heading("Ondertekening");
  pdf.facts([
    ["Opdrachtgever", signatureText(review.buyerSignerName, review.buyerSignedAt)],
    ["Opdrachtnemer", signatureText(review.supplierSignerName, review.supplierSignedAt)],
  ]);

  if (record.amendments.length > 0) {
    pdf.heading("Correcties na ondertekening");
    for (const a of record.amendments) {
      const what = [a.kpiName, a.field].filter(Boolean).join(" – ");
      const change =
        a.previousValue !== null || a.correctedValue !== null ? `: ${a.previousValue ?? "—"} wordt ${a.correctedValue ?? "—"}` : "";
      pdf.paragraph(`${what || "Review"}${change}`, { bold: true });
      pdf.paragraph(`Reden: ${sentence(a.reason)} Door ${a.authorName} op ${formatDateTime(a.createdAt)}.`, { indent: 12 });
    }
  }

  const header = `Groeipad · Kwartaalreview ${record.key.replace("-Q", " K")} · ${contract.reference ?? contract.title}`;
  return pdf.finish(header, `Gemaakt op ${formatDateTime(generatedAt)}`);
}
