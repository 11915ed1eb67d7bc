// GET /api/v1/[org]/contracts/[id]/kpi-import-template?formaat=csv|xlsx – the KPI import template of a contract.
import { routeHandler } from "@/lib/http/next";
import { importTemplateRoute } from "@/lib/kpi-library/import/actions";

export const GET = routeHandler(importTemplateRoute, ({ id }: { org: string; id: string }, search) => {
  const format = search.get("formaat") === "xlsx" ? "xlsx" : "csv";
  return { id, format };
});
