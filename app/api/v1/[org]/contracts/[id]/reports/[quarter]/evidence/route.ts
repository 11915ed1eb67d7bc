// POST /api/v1/[org]/contracts/[id]/reports/[quarter]/evidence – evidence for one KPI of the
// report, as multipart/form-data with the fields "kpiId" and "file" (PDF, image, spreadsheet or
// text, checked by content as on the report form).
import { actionHandler } from "@/lib/http/next";
import { uploadEvidence } from "@/lib/reports/evidence-actions";

export const POST = actionHandler(
  uploadEvidence,
  "reports:write",
  ({ id, quarter }: { org: string; id: string; quarter: string }, body) => ({
    kpiId: body.kpiId,
    file: body.file,
    contractId: id,
    quarter,
  }),
);
