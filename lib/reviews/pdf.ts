// The review report as a PDF (A4, Dutch): the signed record for the archive and for whoever was
// not at the table, with the same content as the printable report page. Every section is a
// heading with a table under it, so the record reads as well with a screen reader as on paper.
import { formatDate, formatDateTime, formatDay, formatEuroCents, formatMeasure } from "@/lib/format";
import { quarterLongLabel } from "@/lib/periods";
import type { ReviewRecord } from "./export";
import {
  ACTION_STATUS_LABELS,
  computedStatusLabel,
  DECISION_LABELS,
  describeDecision,
  scoreLabel,
  sentence,
  SIDE_LABELS,
} from "./export-labels";
import { ReviewPdfLayout } from "./pdf-layout";

export const PDF_CONTENT_TYPE = "application/pdf";

export function meetingText(review: ReviewRecord["review"]): string {
  if (!review.meetingAt) return "Nog niet gepland";
  return `${formatDateTime(review.meetingAt)}${review.location ? `, ${review.location}` : ""}`;
}

export function signatureText(name: string | null, at: Date | null): string {
  return at ? `${name ?? "onbekend"}, ${formatDateTime(at)}` : "nog niet ondertekend";
}

type Score = ReviewRecord["scores"][number];

function reportedText(s: Score): string {
  if (s.kpiKind !== "qualitative") return formatMeasure(s.reportedValue, s.unit);
  return s.reportedScore === null ? "—" : `score ${s.reportedScore}`;
}

function waiverText(s: Score): string {
  if (!s.waiverKind) return "";
  const approved = s.waiverApprovedAt ? ` (goedgekeurd ${formatDateTime(s.waiverApprovedAt)})` : "";
  return `${s.waiverReason ?? ""}${approved}`;
}

export async function reviewPdf(record: ReviewRecord, generatedAt: Date = new Date()): Promise<Uint8Array> {
  const { contract, review } = record;
  const quarter = quarterLongLabel(record.quarter);
  const contractName = `${contract.title}${contract.reference ? ` (${contract.reference})` : ""}`;
  const pdf = new ReviewPdfLayout(`Kwartaalreview ${quarter} – ${contract.title}`, generatedAt);
  pdf.title(`Kwartaalreview ${quarter}`, contractName);

  pdf.section("Contract en overleg");
  pdf.table(
    [
      { header: "Onderdeel", width: 28 },
      { header: "Gegevens", width: 72 },
    ],
    [
      ["Contract", contractName],
      ["Opdrachtgever", contract.buyerName],
      ["Opdrachtnemer", contract.supplierName ?? "—"],
      ["Status", review.status === "final" ? "Definitief (door beide partijen ondertekend)" : "Concept – nog niet definitief"],
      ["Overleg", meetingText(review)],
    ],
    { rowHeaders: true, columnHeaders: false },
  );

  pdf.section("Deelnemers");
  pdf.table(
    [
      { header: "Partij", width: 28 },
      { header: "Deelnemers", width: 72 },
    ],
    (["buyer", "supplier"] as const).map((side) => {
      const names = record.participants.filter((p) => p.side === side).map((p) => p.name);
      return [SIDE_LABELS[side], names.length > 0 ? names.join(", ") : "—"];
    }),
    { rowHeaders: true, columnHeaders: false },
  );

  if (review.summary) {
    pdf.section("Samenvatting");
    pdf.paragraph(review.summary);
  }

  pdf.section("Scores per KPI");
  if (record.scores.length === 0) pdf.paragraph("Er zijn geen KPI's gescoord.", { muted: true });
  else {
    pdf.table(
      [
        { header: "KPI", width: 25 },
        { header: "Gerapporteerd", width: 17, align: "right" },
        { header: "Doel", width: 15, align: "right" },
        { header: "Berekend", width: 13 },
        { header: "Afgesproken score", width: 30 },
      ],
      record.scores.map((s) => [
        s.kpiName,
        reportedText(s),
        s.kpiKind === "qualitative" ? formatMeasure(s.target) : formatMeasure(s.target, s.unit),
        computedStatusLabel(s.computedStatus),
        `${scoreLabel(s.agreedScore)}${s.agreedReason ? ` – ${s.agreedReason}` : ""}`,
      ]),
      { rowHeaders: true },
    );
  }

  pdf.section("Malus");
  const malusLines = record.scores.filter((s) => s.malusRawCents > 0 || s.waiverKind);
  if (malusLines.length === 0)
    pdf.paragraph(`Geen malus in dit kwartaal: ${formatEuroCents(record.malus.appliedCents)} toegepast.`, { muted: true });
  else {
    pdf.table(
      [
        { header: "KPI", width: 27 },
        { header: "Volgens de regel", width: 15, align: "right" },
        { header: "Kwijtgescholden", width: 15, align: "right" },
        { header: "Toegepast", width: 13, align: "right" },
        { header: "Kwijtschelding", width: 30 },
      ],
      [
        ...malusLines.map((s) => [
          s.kpiName,
          formatEuroCents(s.malusRawCents),
          formatEuroCents(s.waivedCents),
          formatEuroCents(s.appliedCents),
          waiverText(s) || "—",
        ]),
        [
          "Malus van het kwartaal",
          formatEuroCents(record.malus.rawCents),
          formatEuroCents(record.malus.waivedCents),
          formatEuroCents(record.malus.appliedCents),
          "",
        ],
      ],
      { rowHeaders: true },
    );
  }

  pdf.section("Besluiten");
  const decisions = record.decisions.filter((d) => d.kind !== "action_item");
  if (decisions.length === 0) pdf.paragraph("Geen wijzigingen in KPI's of groeipaden.", { muted: true });
  else {
    pdf.table(
      [
        { header: "Besluit", width: 22 },
        { header: "Omschrijving", width: 44 },
        { header: "Reden", width: 34 },
      ],
      decisions.map((d) => [DECISION_LABELS[d.kind], describeDecision(d), d.reason ?? "—"]),
    );
  }

  pdf.section("Actiepunten");
  if (record.actionItems.length === 0) pdf.paragraph("Geen actiepunten.", { muted: true });
  else {
    pdf.table(
      [
        { header: "Actiepunt", width: 40 },
        { header: "Eigenaar", width: 29 },
        { header: "Uiterlijk", width: 18 },
        { header: "Status", width: 13 },
      ],
      record.actionItems.map((item) => [
        item.title,
        `${item.ownerName} (${SIDE_LABELS[item.ownerSide].toLowerCase()})`,
        formatDate(item.dueDate),
        ACTION_STATUS_LABELS[item.status],
      ]),
    );
  }

  pdf.section("Geleerde lessen");
  if (record.lessons.length === 0) pdf.paragraph("Geen lessen vastgelegd.", { muted: true });
  else {
    pdf.table(
      [
        { header: "Les", width: 58 },
        { header: "Vastgelegd door", width: 24 },
        { header: "Datum", width: 18 },
      ],
      record.lessons.map((lesson) => [lesson.body, lesson.authorName, formatDay(lesson.createdAt)]),
    );
  }

  pdf.section("Ondertekening");
  pdf.table(
    [
      { header: "Partij", width: 28 },
      { header: "Ondertekend", width: 72 },
    ],
    [
      [SIDE_LABELS.buyer, signatureText(review.buyerSignerName, review.buyerSignedAt)],
      [SIDE_LABELS.supplier, signatureText(review.supplierSignerName, review.supplierSignedAt)],
    ],
    { rowHeaders: true, columnHeaders: false },
  );

  if (record.amendments.length > 0) {
    pdf.section("Correcties na ondertekening");
    pdf.paragraph("Het origineel hierboven blijft ongewijzigd; deze correcties gelden ernaast.", { muted: true });
    pdf.table(
      [
        { header: "Onderdeel", width: 24 },
        { header: "Was", width: 12 },
        { header: "Wordt", width: 12 },
        { header: "Reden", width: 30 },
        { header: "Door", width: 22 },
      ],
      record.amendments.map((a) => [
        [a.kpiName, a.field].filter(Boolean).join(" – ") || "Review",
        a.previousValue ?? "—",
        a.correctedValue ?? "—",
        sentence(a.reason),
        `${a.authorName}, ${formatDateTime(a.createdAt)}`,
      ]),
      { rowHeaders: true },
    );
  }

  const header = `Groeipad · Kwartaalreview ${record.key.replace("-Q", " K")} · ${contract.reference ?? contract.title}`;
  return pdf.finish(header, `Gemaakt op ${formatDateTime(generatedAt)}`);
}
