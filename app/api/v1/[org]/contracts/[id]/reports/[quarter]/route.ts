// GET /api/v1/[org]/contracts/[id]/reports/[quarter] – the report of a quarter ("2026-Q1"): status,
// version, per KPI the target, the entered value and its evidence.
// PUT – the supplier saves it as a draft: { "version": 2, "narrative": "…", "values": [{ "kpiId": "…",
// "value": 41.5, "quantity": 1200, "score": 3, "explanation": "…" }] }; a stale version answers 409.
import { actionHandler, routeHandler } from "@/lib/http/next";
import { saveReportDraft } from "@/lib/reports/actions";
import { reportInputOf, reportRoute } from "@/lib/reports/api";

type Segments = { org: string; id: string; quarter: string };

export const GET = routeHandler(reportRoute, ({ id, quarter }: Segments) => ({ id, quarter }));
export const PUT = actionHandler(saveReportDraft, "reports:write", (segments: Segments, body) => reportInputOf(segments, body));
