// The downloads of the review outputs: the review report as PDF, its scores as CSV and the malus
// ledger of a contract as CSV for finance. Everyone who may read the contract may download them;
// the contract lookup and row-level security decide which contracts that is.
import { defineRoute } from "@/lib/api";
import { viewerOf } from "@/lib/contracts/queries";
import { inTenant } from "@/lib/tenancy";
import { reviewRecord } from "./export";
import { CSV_CONTENT_TYPE } from "@/lib/csv";
import { reviewFileName, reviewScoresCsv } from "./export-csv";
import { contractMalusLedger, malusFileName, malusLedgerCsv } from "./ledger";
import { PDF_CONTENT_TYPE, reviewPdf } from "./pdf";

type Download = { filename: string; contentType: string; bytes: Uint8Array };
type ReviewParams = { id: string; quarter: string };

export const reviewPdfRoute = defineRoute<ReviewParams>({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/pdf",
  permission: "contracts.read",
  handler: async (ctx, params): Promise<Download> => {
    const record = await inTenant(ctx, (tx) => reviewRecord(tx, viewerOf(ctx), params.id, params.quarter));
    return {
      filename: reviewFileName(record.contract.reference, record.key, "pdf"),
      contentType: PDF_CONTENT_TYPE,
      bytes: await reviewPdf(record),
    };
  },
});

export const reviewScoresCsvRoute = defineRoute<ReviewParams>({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/scores.csv",
  permission: "contracts.read",
  handler: async (ctx, params): Promise<Download> => {
    const record = await inTenant(ctx, (tx) => reviewRecord(tx, viewerOf(ctx), params.id, params.quarter));
    return {
      filename: reviewFileName(record.contract.reference, record.key, "csv").replace(/^review-/, "scores-"),
      contentType: CSV_CONTENT_TYPE,
      bytes: new TextEncoder().encode(reviewScoresCsv(record)),
    };
  },
});

export const malusLedgerCsvRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/contracts/[id]/malus",
  permission: "contracts.read",
  handler: async (ctx, params): Promise<Download> => {
    const ledger = await inTenant(ctx, (tx) => contractMalusLedger(tx, viewerOf(ctx), params.id));
    return {
      filename: malusFileName(ledger.contract.reference),
      contentType: CSV_CONTENT_TYPE,
      bytes: new TextEncoder().encode(malusLedgerCsv(ledger)),
    };
  },
});
