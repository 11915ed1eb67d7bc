// The quarterly report over the REST API: read by either party, written by the supplier's
// integration through the same actions as the report form (lib/reports/actions.ts), so the API can
// never do more than the form. A JSON body names values per KPI; it becomes the form's fields here.
import { viewerOf } from "@/lib/contracts/queries";
import { ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/http/input";
import { defineRoute } from "@/lib/http/route";
import { quarterKey } from "@/lib/periods";
import { z } from "@/lib/zod";
import { getReportPage } from "./queries";

const EvidenceOut = z.object({
  id: z.guid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string().nullable(),
});

const ReportOut = z.object({
  contractId: z.guid(),
  quarter: z.string(),
  dueDate: z.string(),
  /** Null until the supplier saves a draft. */
  status: z.string().nullable(),
  version: z.number().int().nullable(),
  narrative: z.string().nullable(),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  decisionComment: z.string().nullable(),
  kpis: z.array(
    z.object({
      kpiId: z.guid(),
      name: z.string(),
      /** quantitative: a value in the unit; qualitative: a score from 1 to 4. */
      kind: z.enum(["quantitative", "qualitative"]),
      unit: z.string().nullable(),
      /** For a value per unit of activity ("maaltijden"): the quarter's quantity is asked too. */
      quantityUnit: z.string().nullable(),
      evidenceRequired: z.boolean(),
      /** The growth path's target for this quarter, a decimal string. */
      target: z.string().nullable(),
      value: z.string().nullable(),
      quantity: z.string().nullable(),
      score: z.number().int().nullable(),
      explanation: z.string().nullable(),
      buyerComment: z.string().nullable(),
      /** False for a KPI a send-back did not reopen: it cannot be changed. */
      open: z.boolean(),
      evidence: z.array(EvidenceOut),
    }),
  ),
});

export const reportRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]/reports/[quarter]",
  permission: "contracts.read",
  scope: "reports:read",
  output: ReportOut,
  async handler(tx, ctx, params: { id: string; quarter: string }) {
    const page = await getReportPage(tx, { viewer: viewerOf(ctx), contractId: params.id, quarter: params.quarter });
    return {
      contractId: page.contract.id,
      quarter: quarterKey(page.quarter),
      dueDate: page.dueDate,
      status: page.report?.status ?? null,
      version: page.report?.version ?? null,
      narrative: page.report?.narrative ?? null,
      submittedAt: page.report?.submittedAt ?? null,
      decidedAt: page.report?.decidedAt ?? null,
      decisionComment: page.report?.decisionComment ?? null,
      kpis: page.kpis.map((k) => ({
        kpiId: k.id,
        name: k.name,
        kind: k.kind,
        unit: k.indicator?.unitLabel ?? null,
        quantityUnit: k.indicator?.activityUnitLabel ?? null,
        evidenceRequired: k.evidenceMandatory,
        target: k.target === null ? null : String(k.target),
        value: k.entered?.value ?? null,
        quantity: k.entered?.quantity ?? null,
        score: k.entered?.score ?? null,
        explanation: k.entered?.explanation ?? null,
        buyerComment: k.entered?.buyerComment ?? null,
        open: k.reopened,
        evidence: k.evidence.map(({ id, fileName, contentType, sizeBytes, sha256 }) => ({ id, fileName, contentType, sizeBytes, sha256 })),
      })),
    };
  },
});

// A value as JSON sends it: a number (a decimal point) or text as the form takes it (a decimal comma).
const entry = z.union([z.number(), z.string()]).optional();

/** The body of PUT …/reports/[quarter] and POST …/submit. */
export const ReportBody = z.strictObject({
  version: z.union([z.number().int(), z.string()]).optional(),
  narrative: z.string().optional(),
  values: z
    .array(
      z.strictObject({
        kpiId: z.string().min(1, { error: "Noem de KPI (kpiId)." }),
        value: entry,
        quantity: entry,
        score: entry,
        explanation: z.string().optional(),
      }),
    )
    .max(200, { error: "Hoogstens 200 KPI's per rapportage." })
    .optional(),
});

/**
 * The report form's fields for a JSON body: "value.<kpiId>" and its siblings, with the contract and
 * quarter of the URL, which the body cannot override. Refused at its field when the body has
 * another shape.
 */
export function reportInputOf(segments: { id: string; quarter: string }, body: Record<string, unknown>): Record<string, unknown> {
  const parsed = ReportBody.safeParse(body);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { values = [], version, narrative } = parsed.data;
  const fields: Record<string, unknown> = Object.create(null);
  for (const v of values) {
    for (const field of ["value", "quantity", "score", "explanation"] as const) {
      const given = v[field];
      // A number stays a number: the form's schema writes it with a decimal comma (lib/zod.ts asText).
      if (given !== undefined) fields[`${field}.${v.kpiId}`] = given;
    }
  }
  return {
    ...fields,
    ...(version === undefined ? {} : { version: String(version) }),
    ...(narrative === undefined ? {} : { narrative }),
    contractId: segments.id,
    quarter: segments.quarter,
  };
}
