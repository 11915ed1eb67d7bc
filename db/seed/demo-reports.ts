// Demo quarterly reports for the past quarters of the demo contracts: mostly accepted, values that
// follow the growth path with realistic misses, and for the last quarter one draft, one sent back,
// one submitted and one late (missing). Every submitted report carries the evidence its KPIs make
// mandatory, as the app demands before it accepts a submission. Written in the supplier's tenant
// scope, so row-level security applies as in the app.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import {
  contracts,
  evidenceFiles,
  reportQuestions,
  reportRounds,
  reports,
  reportSubmissions,
  reportValues,
  type Contract,
} from "../schema";
import { checkEvidenceFile, evidenceMaxBytes } from "../../lib/reports/evidence";
import { decimalInput } from "../../lib/format";
import { listContractKpis } from "../../lib/kpis/queries";
import { roundDecimal } from "../../lib/decimal";
import { amsterdamToday } from "../../lib/time";
import { contractQuarters, quarterTiming, reportDueDate } from "../../lib/periods";
import { requiredKpis } from "../../lib/reports/rules";
import { withTenant } from "../../lib/tenancy";
import { demoContracts } from "./demo-data";

/** What a demo supplier does in a quarter, for the KPIs that measure per meal or per tonne. */
const ACTIVITY_PER_QUARTER: Record<string, number> = { maaltijden: 42_000, ton: 11_500 };

type SeededValue = {
  kpiId: string;
  name: string;
  value: string | null;
  score: number | null;
  explanation: string;
  quantity: string | null;
  evidence?: Array<{ id: string; fileName: string }>;
};

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };
type LastQuarter = "draft" | "clarification_requested" | "submitted" | "missing" | "accepted";

// What happens to the most recent ended quarter, per contract in demo order.
const LAST_QUARTER: LastQuarter[] = ["draft", "clarification_requested", "missing", "submitted", "accepted"];
// Fractions of the target, in turn: mostly near the path, sometimes clearly behind.
const MISSES = [1.02, 0.97, 1.0, 0.88, 1.05, 0.95, 0.99, 0.92];

export async function seedDemoReports(db: Db, ids: Ids): Promise<void> {
  const today = amsterdamToday();
  let n = 0;
  for (const spec of demoContracts.filter((c) => c.supplier)) {
    const tenantId = ids.orgIds.get(spec.buyer)!;
    const supplierOrgId = ids.orgIds.get(spec.supplier!)!;
    const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: supplierOrgId, orgKind: "supplier" as const };
    const [contract] = await withTenant(
      scope,
      (tx) =>
        tx
          .select()
          .from(contracts)
          .where(and(eq(contracts.tenantId, tenantId), eq(contracts.supplierOrgId, supplierOrgId), eq(contracts.title, spec.title))),
      db,
    );
    if (!contract?.supplierOrgId) continue;
    await seedContractReports(db, contract as Contract & { supplierOrgId: string }, today, LAST_QUARTER[n % LAST_QUARTER.length]);
    n++;
  }
}

export async function seedContractReports(db: Db, contract: Contract & { supplierOrgId: string }, today: string, last: LastQuarter) {
  const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: contract.supplierOrgId, orgKind: "supplier" as const };
  await withTenant(
    scope,
    async (tx) => {
      const { kpis } = await listContractKpis(tx, {
        viewer: { orgId: contract.supplierOrgId, orgKind: "supplier" },
        contractId: contract.id,
      });
      const past = contractQuarters(contract.startDate, contract.endDate).filter((q) => quarterTiming(q.quarter, today) === "past");
      for (const [i, q] of past.entries()) {
        const required = requiredKpis(kpis, q.quarter);
        if (required.length === 0) continue;
        const isLast = i === past.length - 1;
        const status = isLast ? last : "accepted";
        if (status === "missing") continue;
        let values: Array<SeededValue> = required.map((kpi, k) => {
          const target = kpi.targets.find((t) => t.key === q.key)?.target ?? kpi.baselineValue;
          const miss = MISSES[(i + k) % MISSES.length];
          const value =
            kpi.kind === "quantitative" && target !== null && target !== undefined ? roundDecimal(Number(target) * miss, 2) : null;
          const score = kpi.kind === "qualitative" ? (miss >= 1 ? 3 : 2) : null;
          const explanation =
            miss < 0.95
              ? "Achter op het groeipad: levering vertraagd, inhaalslag volgend kwartaal."
              : "Volgens de registratie van het kwartaal.";
          // An intensity comes with the quarter's activity: meals served, tonnes of asphalt laid.
          const per = kpi.indicator?.activityUnitLabel;
          const quantity = per && value !== null ? String((ACTIVITY_PER_QUARTER[per] ?? 1_000) + 250 * i) : null;
          return { kpiId: kpi.id, name: kpi.name, value, score, explanation, quantity };
        });
        const submitted = status !== "draft";
        const dueDate = reportDueDate(q.quarter, contract.reportDueDays);
        const submittedAt = new Date(`${dueDate}T09:00:00Z`);
        submittedAt.setUTCDate(submittedAt.getUTCDate() - 5);
        const [report] = await tx
          .insert(reports)
          .values({
            tenantId: contract.tenantId,
            contractId: contract.id,
            quarter: q.key,
            status,
            narrative: "Het kwartaal verliep grotendeels volgens plan; zie de toelichting per KPI.",
            dueDate,
            submittedAt: submitted ? submittedAt : null,
            decidedAt:
              status === "accepted" || status === "clarification_requested" ? new Date(submittedAt.getTime() + 3 * 86_400_000) : null,
            decidedByUserId: status === "accepted" || status === "clarification_requested" ? contract.contractManagerId : null,
            decisionComment: status === "clarification_requested" ? "Graag de onderbouwing aanvullen." : null,
          })
          .returning();
        await tx.insert(reportValues).values(
          values.map((v, k) => ({
            tenantId: contract.tenantId,
            reportId: report.id,
            kpiId: v.kpiId,
            value: v.value,
            score: v.score,
            explanation: v.explanation,
            quantity: v.quantity,
            buyerComment:
              status === "clarification_requested" && k === 0
                ? "Deze waarde wijkt af van de facturen; kunt u de facturen van het kwartaal als bewijs toevoegen?"
                : null,
          })),
        );
        if (submitted) {
          const mandatory = required.filter((kpi) => kpi.evidenceMandatory);
          const evidence = new Map<string, Array<{ id: string; fileName: string }>>();
          for (const kpi of mandatory) {
            const v = values.find((x) => x.kpiId === kpi.id)!;
            const [file] = await tx
              .insert(evidenceFiles)
              .values(demoEvidence(report, kpi, v, q.key, submittedAt))
              .returning();
            evidence.set(kpi.id, [{ id: file.id, fileName: file.fileName }]);
          }
          // Each version lists the evidence it was submitted with, as a submission in the app does.
          values = values.map((v) => ({ ...v, evidence: evidence.get(v.kpiId) ?? [] }));
          await tx.insert(reportSubmissions).values({
            tenantId: contract.tenantId,
            reportId: report.id,
            submissionNumber: 1,
            snapshot: { narrative: report.narrative, values } as unknown as Record<string, unknown>,
            submittedAt,
          });
        }
        if (status === "clarification_requested" || (isLast && status === "accepted")) {
          await seedRound(tx, contract, report, values, submittedAt, status === "accepted");
        }
      }
    },
    db,
  );
}

const DAY = 86_400_000;

/**
 * The send-back of a demo report, so the report's "Gesprek" shows a real round: the question of
 * the decision and one about the first KPI. An accepted report had its round answered by a second
 * version, with the first KPI's explanation completed, before it was accepted.
 */
async function seedRound(
  tx: Db,
  contract: Contract,
  report: { tenantId: string; id: string; narrative: string | null },
  values: Array<{ kpiId: string; explanation: string }>,
  submittedAt: Date,
  answered: boolean,
) {
  const sentBackAt = new Date(submittedAt.getTime() + (answered ? 1 : 3) * DAY);
  const answeredAt = new Date(submittedAt.getTime() + 2 * DAY);
  const answer = "Facturen van het kwartaal toegevoegd; de waarde is nageteld en klopt.";
  const [round] = await tx
    .insert(reportRounds)
    .values({
      tenantId: report.tenantId,
      reportId: report.id,
      roundNumber: 1,
      question: "Graag de onderbouwing aanvullen.",
      sentBackAt,
      sentBackByUserId: contract.contractManagerId,
      ...(answered ? { answer: report.narrative, answeredAt } : {}),
    })
    .returning();
  await tx.insert(reportQuestions).values({
    tenantId: report.tenantId,
    reportId: report.id,
    roundId: round.id,
    kpiId: values[0].kpiId,
    question: "Deze waarde wijkt af van de facturen; kunt u de facturen van het kwartaal als bewijs toevoegen?",
    answer: answered ? answer : null,
  });
  if (!answered) return;
  const second = values.map((v, k) => (k === 0 ? { ...v, explanation: answer } : v));
  await tx
    .update(reportValues)
    .set({ explanation: answer })
    .where(and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id), eq(reportValues.kpiId, values[0].kpiId)));
  await tx.insert(reportSubmissions).values({
    tenantId: report.tenantId,
    reportId: report.id,
    submissionNumber: 2,
    snapshot: { narrative: report.narrative, values: second } as unknown as Record<string, unknown>,
    submittedAt: answeredAt,
  });
  await tx
    .update(reports)
    .set({ submittedAt: answeredAt, decidedAt: new Date(submittedAt.getTime() + 3 * DAY) })
    .where(and(eq(reports.tenantId, report.tenantId), eq(reports.id, report.id)));
}

/**
 * A small CSV as the supplier would export it from its own registration, stored in the database
 * like an upload (lib/reports/storage/database.ts) and checked by the same rule as an upload.
 */
function demoEvidence(
  report: { tenantId: string; id: string },
  kpi: { id: string; name: string; evidenceRequired: string | null },
  value: { value: string | null; score: number | null; explanation: string },
  quarter: string,
  uploadedAt: Date,
) {
  const reported = value.value !== null ? decimalInput(value.value) : String(value.score ?? "");
  const text = `kwartaal;kpi;waarde;bron\r\n${quarter};${kpi.name};${reported};${kpi.evidenceRequired ?? "registratie"}\r\n`;
  const bytes = new TextEncoder().encode(text);
  const name = `${(kpi.evidenceRequired ?? kpi.name).toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${quarter.toLowerCase()}.csv`;
  const check = checkEvidenceFile({ name, bytes }, evidenceMaxBytes());
  if (!check.ok) throw new Error(`Demodata: bewijsstuk ${name} wordt geweigerd: ${check.error}`);
  return {
    tenantId: report.tenantId,
    reportId: report.id,
    kpiId: kpi.id,
    fileName: check.fileName,
    contentType: check.contentType,
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    data: Buffer.from(bytes),
    createdAt: uploadedAt,
  };
}
