// GET /api/v1/openapi.json – the description of the REST API (OpenAPI 3.1), public like any API
// reference: it names routes and schemas, no data.
import { appUrl } from "@/lib/env";
import { openApiDocument } from "@/lib/http/openapi";

export function GET(): Response {
  return Response.json(openApiDocument(`${appUrl()}`), { headers: { "Cache-Control": "public, max-age=300" } });
}
