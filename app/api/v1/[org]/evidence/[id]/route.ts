// GET /api/v1/[org]/evidence/[id] – an evidence file of a report, always as a download.
import { routeHandler } from "@/lib/http/next";
import { evidenceRoute } from "@/lib/reports/routes";

export const GET = routeHandler(evidenceRoute, ({ id }: { org: string; id: string }) => ({ id }));
