// The downloads of the review outputs: the review report as PDF, its scores as CSV, the meeting's
// calendar invitation (.ics) and the malus ledger of a contract as CSV for finance. Everyone who
// may read the contract may download them; the contract lookup and row-level security decide
// which contracts that is. Each file is made after the commit: the transaction need not stay
// open while a PDF renders (the small invitation is made inside it, as it reads the organiser's
// address, which only the tenant transaction may).
import { defineDownload } from "@/lib/http/route";
import { viewerOf } from "@/lib/contracts/queries";
import { reviewRecord } from "./export";
import { CSV_CONTENT_TYPE } from "@/lib/spreadsheet/write-csv";
import { reviewFileName, reviewScoresCsv } from "./export-csv";
import { contractMalusLedger, malusFileName, malusLedgerCsv } from "@/lib/malus/contract-ledger";
import { PDF_CONTENT_TYPE, reviewPdf } from "./pdf";
import { currentInvitation } from "./calendar";

type ReviewParams = { id: string; quarter: string };

export const reviewPdfRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/pdf",
  permission: "contracts.read",
  scope: "reviews:read",
  handler: (tx, ctx, params: ReviewParams) => reviewRecord(tx, { viewer: viewerOf(ctx), contractId: params.id, quarter: params.quarter }),
  afterCommit: async (_db, record) => ({
    filename: reviewFileName(record.contract.reference, record.key, "pdf"),
    contentType: PDF_CONTENT_TYPE,
    bytes: await reviewPdf(record),
  }),
});

export const reviewScoresCsvRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/scores.csv",
  permission: "contracts.read",
  scope: "reviews:read",
  handler: (tx, ctx, params: ReviewParams) => reviewRecord(tx, { viewer: viewerOf(ctx), contractId: params.id, quarter: params.quarter }),
  afterCommit: async (_db, record) => ({
    filename: reviewFileName(record.contract.reference, record.key, "csv").replace(/^review-/, "scores-"),
    contentType: CSV_CONTENT_TYPE,
    bytes: new TextEncoder().encode(reviewScoresCsv(record)),
  }),
});

export const reviewInvitationRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/invitation.ics",
  permission: "contracts.read",
  scope: "reviews:read",
  handler: async (tx, ctx, params: ReviewParams) =>
    currentInvitation(tx, await reviewRecord(tx, { viewer: viewerOf(ctx), contractId: params.id, quarter: params.quarter })),
});

export const malusLedgerCsvRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/malus",
  permission: "contracts.read",
  scope: "malus:read",
  handler: (tx, ctx, params: { id: string }) => contractMalusLedger(tx, { viewer: viewerOf(ctx), contractId: params.id }),
  afterCommit: async (_db, ledger) => ({
    filename: malusFileName(ledger.contract.reference),
    contentType: CSV_CONTENT_TYPE,
    bytes: new TextEncoder().encode(malusLedgerCsv(ledger)),
  }),
});
