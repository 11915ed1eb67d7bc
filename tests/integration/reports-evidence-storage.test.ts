// Evidence storage behind its interface against a real database: bytes in the database by
// default; with EVIDENCE_S3_* set, in an S3-compatible store (here a small fake S3 server on
// loopback that insists on SigV4 headers). Upload, download and delete all go through it.
// Deleting: only the supplier, only its own report, only while the report is open.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, evidenceFiles, reports } from "@/db/schema";
import { decideReport, deleteEvidence, submitReport, uploadEvidence } from "@/lib/reports/actions";
import { evidenceRoute } from "@/lib/reports/routes";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { PDF_BYTES, evidenceForm, insertActiveKpi, reportForm } from "../fixtures/reports";

const { db } = await openTestDatabase();

/** A fake S3: objects in a Map by path, 403 without a SigV4 Authorization or with a wrong payload hash. */
const objects = new Map<string, { body: Buffer; contentType: string | undefined }>();
const requests: string[] = [];
let failPuts = false;
let server: Server;
let endpoint = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const auth = req.headers.authorization ?? "";
      requests.push(`${req.method} ${req.url}`);
      const signed =
        auth.startsWith("AWS4-HMAC-SHA256 Credential=TESTKEY/") && auth.includes("SignedHeaders=") && auth.includes("Signature=");
      const hashOk = req.headers["x-amz-content-sha256"] === createHash("sha256").update(body).digest("hex");
      if (!signed || !hashOk || !req.headers["x-amz-date"]) return res.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
      const path = req.url ?? "";
      if (req.method === "PUT") {
        if (failPuts) return res.writeHead(500).end();
        objects.set(path, { body, contentType: req.headers["content-type"] });
        return res.writeHead(200).end();
      }
      if (req.method === "GET") {
        const object = objects.get(path);
        return object ? res.writeHead(200, { "content-type": object.contentType ?? "" }).end(object.body) : res.writeHead(404).end();
      }
      if (req.method === "DELETE") {
        objects.delete(path);
        return res.writeHead(204).end();
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const S3_ENV = [
  "EVIDENCE_S3_ENDPOINT",
  "EVIDENCE_S3_BUCKET",
  "EVIDENCE_S3_REGION",
  "EVIDENCE_S3_ACCESS_KEY_ID",
  "EVIDENCE_S3_SECRET_ACCESS_KEY",
];
function useS3() {
  Object.assign(process.env, {
    EVIDENCE_S3_ENDPOINT: endpoint,
    EVIDENCE_S3_BUCKET: "bewijs",
    EVIDENCE_S3_REGION: "eu-west-1",
    EVIDENCE_S3_ACCESS_KEY_ID: "TESTKEY",
    EVIDENCE_S3_SECRET_ACCESS_KEY: "geheim",
  });
}
afterEach(() => {
  for (const name of S3_ENV) delete process.env[name];
  failPuts = false;
});

async function setup() {
  const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const kpi = await insertActiveKpi(db, contract);
  const upload = () => uploadEvidence.run(supplier.as.reporter, evidenceForm(contract.id, "2026-Q1", kpi.id));
  return { buyer, supplier, contract, kpi, upload };
}

const rowOf = async (id: string) => (await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)))[0];

describe("evidence storage", () => {
  it("keeps the bytes in the database by default", async () => {
    const s = await setup();
    const file = expectOk(await s.upload());
    const row = await rowOf(file.id);
    expect(row.storageKey).toBeNull();
    expect(Buffer.from(row.data!).equals(Buffer.from(PDF_BYTES))).toBe(true);
    const download = await evidenceRoute.run(s.buyer.as.viewer, { id: file.id });
    expect(Buffer.from((download.body as { data: { bytes: Uint8Array } }).data.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it("with S3 configured: stores under tenant/report/file, serves and deletes through S3", async () => {
    useS3();
    const s = await setup();
    const file = expectOk(await s.upload());
    const row = await rowOf(file.id);
    expect(row.data).toBeNull();
    expect(row.storageKey).toBe(`${s.contract.tenantId}/${row.reportId}/${file.id}`);
    const stored = objects.get(`/bewijs/${row.storageKey}`);
    expect(stored && Buffer.from(stored.body).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(stored?.contentType).toBe("application/pdf");
    expect(row.sha256).toBe(createHash("sha256").update(PDF_BYTES).digest("hex"));

    const download = await evidenceRoute.run(s.supplier.as.viewer, { id: file.id });
    expect(download.status).toBe(200);
    expect(Buffer.from((download.body as { data: { bytes: Uint8Array } }).data.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);

    expectOk(await deleteEvidence.run(s.supplier.as.reporter, { evidenceId: file.id }));
    expect(await rowOf(file.id)).toBeUndefined();
    expect(objects.has(`/bewijs/${row.storageKey}`)).toBe(false);
    expect(requests).toContain(`DELETE /bewijs/${row.storageKey}`);
  });

  it("still serves files stored in the database after switching to S3", async () => {
    const s = await setup();
    const file = expectOk(await s.upload());
    useS3();
    expect((await evidenceRoute.run(s.buyer.as.admin, { id: file.id })).status).toBe(200);
  });

  it("refuses the upload and writes no row when S3 refuses the object", async () => {
    useS3();
    failPuts = true;
    const s = await setup();
    const result = await s.upload();
    expect(result.ok).toBe(false);
    const [report] = await db.select().from(reports).where(eq(reports.contractId, s.contract.id));
    expect(report ? await db.select().from(evidenceFiles).where(eq(evidenceFiles.reportId, report.id)) : []).toEqual([]);
  });

  it("refuses an incomplete S3 configuration with the missing settings named", async () => {
    process.env.EVIDENCE_S3_BUCKET = "bewijs";
    const s = await setup();
    const result = await s.upload();
    expect(result.ok).toBe(false);
  });
});

describe("deleting evidence", () => {
  it("deletes the supplier's own file while the report is a draft or sent back, with an audit event", async () => {
    const s = await setup();
    const file = expectOk(await s.upload());
    expect(await deleteEvidence.run(s.supplier.as.viewer, { evidenceId: file.id })).toMatchObject({ code: "ForbiddenError" });
    expect(await deleteEvidence.run(s.buyer.as.admin, { evidenceId: file.id })).toMatchObject({ code: "ForbiddenError" });
    expectOk(await deleteEvidence.run(s.supplier.as.admin, { evidenceId: file.id }));
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, s.contract.tenantId), eq(auditEvents.action, "delete_evidence")));
    expect(event).toMatchObject({
      entity: "report",
      actorUserId: s.supplier.as.admin.userId,
      before: { fileId: file.id, fileName: "bewijs.pdf" },
    });
    expect(await deleteEvidence.run(s.supplier.as.admin, { evidenceId: file.id })).toMatchObject({ code: "NotFoundError" });

    // Locked after submission; open again once sent back.
    const kept = expectOk(await s.upload());
    const submitted = expectOk(
      await submitReport.run(s.supplier.as.reporter, reportForm(s.contract.id, "2026-Q1", { [s.kpi.id]: "41,5" }, { version: "1" })),
    );
    expect(await deleteEvidence.run(s.supplier.as.reporter, { evidenceId: kept.id })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ingediend/),
    });
    expect(await rowOf(kept.id)).toBeDefined();
    expectOk(
      await decideReport.run(s.buyer.as.contract_manager, {
        reportId: submitted.id,
        version: String(submitted.version),
        decision: "send_back",
        [`comment.${s.kpi.id}`]: "Ander bewijs graag.",
      }),
    );
    expectOk(await deleteEvidence.run(s.supplier.as.reporter, { evidenceId: kept.id }));
  });

  it("treats another supplier's file, another tenant's file and a guessed id as not found", async () => {
    const a = await setup();
    const b = await setup();
    const file = expectOk(await a.upload());
    expect(await deleteEvidence.run(b.supplier.as.admin, { evidenceId: file.id })).toMatchObject({ code: "NotFoundError" });
    expect(await deleteEvidence.run(a.supplier.as.admin, { evidenceId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      code: "NotFoundError",
    });
    expect(await deleteEvidence.run(a.supplier.as.admin, { evidenceId: "niet-een-id" })).toMatchObject({ code: "NotFoundError" });
    expect(await rowOf(file.id)).toBeDefined();
  });
});
