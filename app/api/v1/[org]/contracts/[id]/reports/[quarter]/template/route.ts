// GET /api/v1/[org]/contracts/[id]/reports/[quarter]/template?formaat=csv|xlsx – the values template of one quarterly report.
import { routeHandler } from "@/lib/http/next";
import { valuesTemplateRoute } from "@/lib/reports/values-actions";

export const GET = routeHandler(valuesTemplateRoute, ({ id, quarter }: { org: string; id: string; quarter: string }, search) => {
  const format = search.get("formaat") === "xlsx" ? "xlsx" : "csv";
  return { id, quarter, format };
});
