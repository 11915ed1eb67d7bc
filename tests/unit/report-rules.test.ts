import { describe, expect, it } from "vitest";
import { quarterFromKey } from "@/lib/periods";
import { checkEvidenceFile, detectEvidenceType } from "@/lib/reports/evidence";
import {
  displayStatus,
  lateSubmission,
  lateSubmissionText,
  requiredKpis,
  submissionErrors,
  type ReportKpi,
  type SubmissionCheck,
} from "@/lib/reports/rules";

const Q1 = quarterFromKey("2027-Q1");
const kpis: ReportKpi[] = [
  { id: "a", kind: "quantitative", evidenceMandatory: false },
  { id: "b", kind: "qualitative", evidenceMandatory: false },
  { id: "c", kind: "quantitative", evidenceMandatory: true },
];
const check = (overrides: Partial<SubmissionCheck> = {}): SubmissionCheck => ({
  quarter: Q1,
  today: "2027-04-10",
  status: "draft",
  kpis,
  entered: { a: { value: "12,5" }, b: { score: "3" }, c: { value: "1.250,75" } },
  evidence: { c: 1 },
  ...overrides,
});

describe("requiredKpis", () => {
  const kpi = (id: string, status: string, activeFrom: string | null, retiredFrom: string | null = null) => ({
    id,
    status,
    activeFrom,
    retiredFrom,
  });
  it("takes active KPIs from their first quarter up to, not including, their retirement", () => {
    const rows = [
      kpi("from-q1", "active", "2027-Q1"),
      kpi("from-q2", "active", "2027-Q2"),
      kpi("retired-q1", "active", "2026-Q1", "2027-Q1"),
      kpi("retired-q2", "active", "2026-Q1", "2027-Q2"),
      kpi("proposal", "proposed", "2027-Q1"),
    ];
    expect(requiredKpis(rows, Q1).map((k) => k.id)).toEqual(["from-q1", "retired-q2"]);
  });
  it("keeps a KPI whose status is retired in the quarters before its retirement", () => {
    const rows = [
      kpi("retired-later", "retired", "2026-Q1", "2027-Q2"),
      kpi("retired-now", "retired", "2026-Q1", "2027-Q1"),
      kpi("rejected", "rejected", "2026-Q1"),
    ];
    expect(requiredKpis(rows, Q1).map((k) => k.id)).toEqual(["retired-later"]);
  });
  it("crosses a year end", () => {
    expect(requiredKpis([kpi("k", "active", "2026-Q4")], Q1)).toHaveLength(1);
  });
});

describe("submissionErrors", () => {
  it("accepts a complete report with decimal commas and thousands dots", () => {
    expect(submissionErrors(check())).toEqual({});
  });
  it("names a missing value and a missing score per KPI", () => {
    const errors = submissionErrors(check({ entered: { a: { value: "" }, c: { value: "3" } } }));
    expect(errors["values.a"]).toBe("Vul een waarde in.");
    expect(errors["values.b"]).toBe("Kies een score (1–4).");
  });
  it("refuses a value for a KPI that is not in the report", () => {
    expect(submissionErrors(check({ entered: { ...check().entered, x: { value: "4" } } }))["values.x"]).toMatch(/hoort niet bij/);
  });
  it("refuses a score outside 1–4", () => {
    expect(submissionErrors(check({ entered: { ...check().entered, b: { score: "5" } } }))["values.b"]).toBe(
      "Kies een score van 1 tot en met 4.",
    );
    expect(submissionErrors(check({ entered: { ...check().entered, b: { score: "2,5" } } }))["values.b"]).toBeDefined();
  });
  it("refuses a decimal point", () => {
    expect(submissionErrors(check({ entered: { ...check().entered, a: { value: "12.5" } } }))["values.a"]).toMatch(/komma/);
  });
  it("refuses a quarter that has not ended", () => {
    expect(submissionErrors(check({ today: "2027-03-31" }))._form).toMatch(/nog niet voorbij/);
    expect(submissionErrors(check({ today: "2027-04-01" }))).toEqual({});
  });
  it("refuses a second submission of a locked report", () => {
    expect(submissionErrors(check({ status: "submitted" }))._form).toMatch(/al ingediend/);
    expect(submissionErrors(check({ status: "accepted" }))._form).toMatch(/al geaccepteerd/);
    expect(submissionErrors(check({ status: "clarification_requested" }))).toEqual({});
  });
  it("asks for evidence where the KPI requires it", () => {
    expect(submissionErrors(check({ evidence: {} }))["values.c"]).toMatch(/bewijs verplicht/);
  });
});

describe("displayStatus", () => {
  const due = "2027-04-30";
  it("is upcoming while the quarter runs, due until the due date, then overdue", () => {
    expect(displayStatus(null, Q1, due, "2027-03-31")).toBe("upcoming");
    expect(displayStatus(null, Q1, due, "2027-04-30")).toBe("due");
    expect(displayStatus(null, Q1, due, "2027-05-01")).toBe("overdue");
  });
  it("shows a draft as draft before, and as late after, the due date", () => {
    expect(displayStatus({ status: "draft" }, Q1, due, "2027-04-10")).toBe("draft");
    expect(displayStatus({ status: "draft" }, Q1, due, "2027-05-10")).toBe("overdue");
  });
  it("follows the decision", () => {
    expect(displayStatus({ status: "submitted" }, Q1, due, "2027-05-10")).toBe("submitted");
    expect(displayStatus({ status: "accepted" }, Q1, due, "2027-05-10")).toBe("accepted");
    expect(displayStatus({ status: "clarification_requested" }, Q1, due, "2027-05-10")).toBe("sent_back");
  });
});

describe("evidence type by content", () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
  it("recognises PDF, images and Office containers by magic bytes", () => {
    expect(detectEvidenceType(new TextEncoder().encode("%PDF-1.7"), "x.pdf")?.contentType).toBe("application/pdf");
    expect(detectEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "x.png")?.contentType).toBe("image/png");
    expect(detectEvidenceType(bytes(0xff, 0xd8, 0xff), "x.jpg")?.contentType).toBe("image/jpeg");
    expect(detectEvidenceType(bytes(0x47, 0x49, 0x46, 0x38), "x.gif")?.contentType).toBe("image/gif");
    expect(detectEvidenceType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), "x.webp")?.contentType).toBe("image/webp");
    expect(detectEvidenceType(bytes(0x50, 0x4b, 0x03, 0x04), "x.xlsx")?.label).toBe("XLSX");
    expect(detectEvidenceType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "x.doc")?.label).toBe("DOC");
    expect(detectEvidenceType(new TextEncoder().encode("kwartaal;waarde\n2027-Q1;12,5\n"), "x.csv")?.contentType).toBe("text/csv");
  });
  it("refuses a renamed executable, a zip that is no Office file and binary 'text'", () => {
    expect(checkEvidenceFile({ name: "rapport.pdf", bytes: bytes(0x4d, 0x5a, 0x90) }, 1000)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/hernoemd bestand wordt geweigerd/),
    });
    expect(detectEvidenceType(bytes(0x50, 0x4b, 0x03, 0x04), "x.zip")).toBeNull();
    expect(detectEvidenceType(new Uint8Array([0x41, 0x00, 0x42, 0xff]), "x.txt")).toBeNull();
  });
  it("refuses an empty file and one over the limit", () => {
    expect(checkEvidenceFile({ name: "x.pdf", bytes: new Uint8Array() }, 1000)).toMatchObject({ ok: false });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF"));
    expect(checkEvidenceFile({ name: "x.pdf", bytes: big }, 2 * 1024 * 1024)).toEqual({
      ok: false,
      error: "Het bestand is te groot: maximaal 2 MB per bestand. Kies een kleiner bestand.",
    });
  });
});

describe("lateSubmission", () => {
  const due = "2027-04-30";
  it("counts the days after the due date on Amsterdam's calendar", () => {
    // 22:30 UTC on 30 April is already 1 May in Amsterdam (summer time).
    const late = lateSubmission({ dueDate: due, firstSubmittedAt: new Date("2027-04-30T22:30:00Z"), submittedAt: null });
    expect(late).toEqual({ days: 1, dueDate: due });
    expect(lateSubmissionText(late!)).toBe("Te laat ingediend (1 dag na de deadline van 30 april 2027)");
    const later = lateSubmission({ dueDate: due, firstSubmittedAt: new Date("2027-05-12T08:00:00Z"), submittedAt: null });
    expect(lateSubmissionText(later!)).toBe("Te laat ingediend (12 dagen na de deadline van 30 april 2027)");
  });

  it("is on time up to the end of the due date, and by the first submission, not a resubmission after questions", () => {
    expect(lateSubmission({ dueDate: due, firstSubmittedAt: new Date("2027-04-30T21:59:00Z"), submittedAt: null })).toBeNull();
    expect(
      lateSubmission({ dueDate: due, firstSubmittedAt: new Date("2027-04-20T10:00:00Z"), submittedAt: new Date("2027-05-20T10:00:00Z") }),
    ).toBeNull();
    expect(lateSubmission({ dueDate: due, firstSubmittedAt: null, submittedAt: null })).toBeNull();
  });
});
