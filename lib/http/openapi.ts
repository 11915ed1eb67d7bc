// The description of the REST API as OpenAPI 3.1, made from the same zod schemas that check every
// answer and body (zod's own JSON Schema output, which is the dialect OpenAPI 3.1 uses), so the
// document cannot drift from what the server does. tests/integration/openapi.test.ts holds every
// route file against it and every answer of the tests against its schema.
import { z } from "zod";
import { API_SCOPES, type ApiScope } from "@/lib/api-tokens/scopes";
import { allRoutes } from "@/lib/registry";
import { ReportBody } from "@/lib/reports/api";
import { ScoreKpi } from "@/lib/reviews/schemas";
import type { RouteDefinition } from "./route";

type Operation = {
  method: "get" | "put" | "post";
  /** The route's path as Next.js names it, "/api/v1/[org]/contracts/[id]". */
  route: string;
  summary: string;
  scope: ApiScope | null;
  paged?: boolean;
  output?: z.ZodType;
  /** Media types of a file answer. */
  file?: string[];
  body?: { type: "application/json" | "multipart/form-data"; schema: z.ZodType };
};

/** What each read answers, in a sentence; a route without one is a gap the test reports. */
const SUMMARIES: Record<string, { summary: string; file?: string[] }> = {
  "GET /api/v1/[org]/contracts": { summary: "Contracten waarbij de organisatie partij is, in pagina's (cursor, updated_since)" },
  "GET /api/v1/[org]/contracts/[id]": { summary: "Eén contract" },
  "GET /api/v1/[org]/contracts/[id]/kpis": { summary: "De KPI's van een contract met hun groeipad en het doel van elk kwartaal" },
  "GET /api/v1/[org]/members": { summary: "De leden van de organisatie" },
  "GET /api/v1/[org]/contracts/[id]/kpi-import-template": {
    summary: "Sjabloon om KPI's te importeren (CSV of XLSX)",
    file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  "GET /api/v1/[org]/evidence/[id]": { summary: "Een bewijsbestand", file: ["application/pdf", "image/png", "image/jpeg", "text/plain"] },
  "GET /api/v1/[org]/profile-files/[id]": {
    summary: "Een bewijsbestand uit het eigen bedrijfsprofiel (leverancier)",
    file: ["application/pdf", "image/png", "image/jpeg", "text/plain"],
  },
  "GET /api/v1/[org]/shared-profile-files/[id]": {
    summary: "Een bewijsbestand uit het bedrijfsprofiel dat een leverancier met de opdrachtgever deelt",
    file: ["application/pdf", "image/png", "image/jpeg", "text/plain"],
  },
  "GET /api/v1/[org]/contracts/[id]/reports/[quarter]": { summary: "De rapportage van een kwartaal, met per KPI doel, waarde en bewijs" },
  "GET /api/v1/[org]/contracts/[id]/reports/[quarter]/template": {
    summary: "Sjabloon voor de waarden van een rapportage (CSV of XLSX)",
    file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]": {
    summary: "De kwartaalreview van een kwartaal: status, handtekeningen, per KPI score en malus, de besluiten",
  },
  "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/pdf": { summary: "De kwartaalreview als PDF", file: ["application/pdf"] },
  "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/scores.csv": {
    summary: "De scores van een kwartaalreview als CSV",
    file: ["text/csv"],
  },
  "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/invitation.ics": {
    summary: "De agenda-uitnodiging van een kwartaalreview",
    file: ["text/calendar"],
  },
  "GET /api/v1/[org]/contracts/[id]/malus": { summary: "Het malusoverzicht van een contract als CSV", file: ["text/csv"] },
  "GET /api/v1/[org]/contracts/[id]/malus-ledger": {
    summary: "Het malusoverzicht van een contract in centen: per KPI per kwartaal, per kwartaal, per capjaar en totaal",
  },
  "GET /api/v1/[org]/dashboard": {
    summary:
      "De cijfers van het organisatiedashboard; met leverancierslijst=kort staan bij veel leveranciers alleen de gekozen in options.suppliers",
  },
  "GET /api/v1/[org]/dashboard/suppliers": {
    summary:
      "Leveranciers van de opdrachtgever op naam (zoek=, minstens 2 tekens, hoogstens 20), voor het leveranciersfilter van het dashboard",
  },
  "GET /api/v1/[org]/dashboard/export": {
    summary: "Een tabel van het dashboard als CSV of XLSX",
    file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  "GET /api/v1/[org]/contracts/[id]/dashboard": { summary: "De cijfers van het contractdashboard" },
  "GET /api/v1/[org]/audit-log/export": {
    summary: "Het auditlog als CSV of XLSX",
    file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  "GET /api/v1/[org]/worklist": { summary: "Wat er voor de ingelogde persoon te doen is" },
  "GET /api/v1/[org]/notifications": { summary: "Het aantal ongelezen meldingen van de ingelogde persoon" },
  "GET /api/v1/[org]/contracts/[id]/ocds": { summary: "Het contract als OCDS-release package", file: ["application/json"] },
  "GET /api/v1/[org]/ocds": {
    summary: "Alle contracten van de opdrachtgever als OCDS-release package (gestreamd)",
    file: ["application/json"],
  },
};

/** The writes: each goes through the same action as its form (app/api/v1/…/route.ts). */
const WRITES: Operation[] = [
  {
    method: "put",
    route: "/api/v1/[org]/contracts/[id]/reports/[quarter]",
    summary: "De rapportage als concept opslaan (leverancier)",
    scope: "reports:write",
    body: { type: "application/json", schema: ReportBody },
  },
  {
    method: "post",
    route: "/api/v1/[org]/contracts/[id]/reports/[quarter]/submit",
    summary: "De rapportage indienen (leverancier)",
    scope: "reports:write",
    body: { type: "application/json", schema: ReportBody },
  },
  {
    method: "post",
    route: "/api/v1/[org]/contracts/[id]/reports/[quarter]/evidence",
    summary: "Bewijs bij een KPI van de rapportage toevoegen (leverancier)",
    scope: "reports:write",
    body: { type: "multipart/form-data", schema: z.object({ kpiId: z.string(), file: z.string().meta({ format: "binary" }) }) },
  },
  {
    method: "put",
    route: "/api/v1/[org]/reviews/[id]/score",
    summary: "De afgesproken score van een KPI in een kwartaalreview in concept",
    scope: "reviews:write",
    body: { type: "application/json", schema: ScoreKpi.omit({ reviewId: true }) },
  },
];

/** Every operation of the API: the reads of the registry and the writes above. */
function apiOperations(routes: readonly RouteDefinition<never>[] = allRoutes as unknown as RouteDefinition<never>[]): Operation[] {
  const reads = routes
    .filter((r) => r.name.startsWith("GET /api/v1/"))
    .map((r): Operation => {
      const described = SUMMARIES[r.name];
      return {
        method: "get",
        route: r.name.slice("GET ".length),
        summary: described?.summary ?? "",
        scope: r.scope,
        paged: r.paged,
        output: r.answers === "json" ? r.output : undefined,
        file: r.answers === "download" ? (described?.file ?? ["application/octet-stream"]) : undefined,
      };
    });
  return [...reads, ...WRITES];
}

// Timestamps leave the server as ISO 8601 strings (JSON.stringify of a Date).
const override = (ctx: { zodSchema: { _zod: { def: { type: string } } }; jsonSchema: Record<string, unknown> }) => {
  if (ctx.zodSchema._zod.def.type === "date") {
    ctx.jsonSchema.type = "string";
    ctx.jsonSchema.format = "date-time";
  }
};

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", override }) as Record<string, unknown>;
  return rest;
}

const PROBLEM = {
  type: "object",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string", description: "urn:groeipad:problem:<soort>" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string", description: "Wat er mis is, in het Nederlands" },
    code: {
      type: "string",
      enum: [
        "ValidationError",
        "UnauthenticatedError",
        "ForbiddenError",
        "NotFoundError",
        "ConflictError",
        "RateLimitedError",
        "InternalError",
        "OverloadedError",
      ],
    },
    errors: { type: "object", additionalProperties: { type: "string" }, description: "Per veld (pad in de body of parameter) de melding" },
  },
};

const PAGE_PARAMETERS = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
  { name: "cursor", in: "query", schema: { type: "string" }, description: "next uit het vorige antwoord" },
  { name: "updated_since", in: "query", schema: { type: "string", format: "date-time" } },
];

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI 3.1 document of the REST API. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations()) {
    const path = op.route.replace(/\[([a-z]+)\]/g, "{$1}");
    const parameters = [...path.matchAll(/\{([a-z]+)\}/g)].map(([, name]) => ({
      name,
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const data = op.output ? jsonSchemaOf(op.output, "output") : { type: "object" };
    const ok = op.file
      ? {
          description: "Het bestand",
          content: Object.fromEntries(op.file.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
        }
      : {
          description: "Gelukt",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: op.paged ? ["data", "next"] : ["data"],
                properties: {
                  data: op.paged ? { type: "array", items: data } : data,
                  ...(op.paged ? { next: { type: ["string", "null"] } } : {}),
                },
              },
            },
          },
        };
    (paths[path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.scope
        ? { description: `Scope: \`${op.scope}\`` }
        : { description: "Alleen voor een ingelogde gebruiker (browser), niet met een API-token." }),
      security: op.scope ? [{ apiToken: [op.scope] }, { session: [] }] : [{ session: [] }],
      parameters: [...parameters, ...(op.paged ? PAGE_PARAMETERS : [])],
      ...(op.body
        ? { requestBody: { required: true, content: { [op.body.type]: { schema: jsonSchemaOf(op.body.schema, "input") } } } }
        : {}),
      responses: {
        "200": ok,
        "400": problemResponse("Ongeldige invoer"),
        "401": problemResponse("Niet aangemeld, of het token is onbekend, verlopen of ingetrokken"),
        "403": problemResponse("Geen toestemming (rol of scope)"),
        "404": problemResponse("Niet gevonden, of van een andere organisatie"),
        ...(op.method === "get" ? {} : { "409": problemResponse("Intussen gewijzigd door iemand anders") }),
        "429": problemResponse("Te veel verzoeken"),
        "503": problemResponse("Te druk: de server neemt het verzoek nu niet aan; probeer het na Retry-After seconden opnieuw"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Groeipad REST API",
      version: "1",
      description: "Contracten, KPI's, rapportages, reviews en dashboards van Groeipad. Fouten zijn problem details (RFC 9457).",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiToken: { type: "http", scheme: "bearer", description: `API-token (gp_…) met scopes: ${Object.keys(API_SCOPES).join(", ")}` },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "De sessie van de browser" },
      },
      schemas: { Problem: PROBLEM },
    },
    paths,
  };
}

/** The operations as the reference page lists them, from the same document. */
export function apiReference() {
  const document = openApiDocument("");
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const op = raw as {
        summary: string;
        security: Array<Record<string, string[]>>;
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: { "200": { content: Record<string, { schema: unknown }> } };
      };
      const [bodyType, body] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      const ok = op.responses["200"].content;
      const json = ok["application/json"];
      return {
        method,
        path: path.replace("/api/v1/{org}", ""),
        anchor: `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-").toLowerCase(),
        summary: op.summary,
        scope: op.security[0]?.apiToken?.[0] ?? null,
        body: bodyType ? { type: bodyType, schema: body?.schema } : null,
        files: json ? null : Object.keys(ok),
        response: json?.schema ?? null,
      };
    }),
  );
  return { operations, scopes: Object.entries(API_SCOPES).map(([scope, label]) => ({ scope, label })) };
}
