import http from "node:http";
import type { AddressInfo } from "node:net";
import { request as playwrightRequest } from "@playwright/test";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// What an integration partner does: the supplier's admin makes a token and a webhook endpoint in
// the browser; from then on a program with the token alone, guided by the OpenAPI document, fills
// in the quarter's report with evidence and submits it, and receives the signed webhook when the
// buyer's contract manager accepts the report in the browser. The other buyer's token gets 404.
test.use({ user: "mehmet" });
test.setTimeout(150_000);

type Received = { headers: http.IncomingHttpHeaders; body: string };

test("a supplier's program submits a report over the API and hears of its acceptance by a signed webhook", async ({
  page,
  pageAs,
  request,
  baseURL,
}) => {
  const received: Received[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const port = (receiver.address() as AddressInfo).port;
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const { id: contractId, title } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Koppeling catering"));

    // In the browser: a token and an endpoint, each shown once.
    await page.goto("/groen-cateraars/beheer/api-tokens");
    const tokenForm = page.getByRole("region", { name: "Nieuw token" });
    await tokenForm.getByLabel("Naam").fill(`ERP ${title}`);
    for (const scope of ["contracts:read", "reports:read", "reports:write"])
      await tokenForm.getByRole("checkbox", { name: new RegExp(scope) }).check();
    await tokenForm.getByRole("button", { name: "Token aanmaken" }).click();
    const token = await tokenForm.getByLabel(/^Het nieuwe token/).inputValue();
    const auth = { Authorization: `Bearer ${token}` };

    await page.goto("/groen-cateraars/beheer/webhooks");
    const endpointForm = page.getByRole("region", { name: "Nieuw endpoint" });
    await endpointForm.getByLabel("Adres (URL)").fill("https://10.1.2.3/hook");
    await endpointForm.getByRole("checkbox", { name: /report\.accepted/ }).check();
    await endpointForm.getByRole("button", { name: "Endpoint aanmaken" }).click();
    await expect(endpointForm.locator("#field-url-error")).toContainText(/privé|intern|openbaar/i);
    await endpointForm.getByLabel("Adres (URL)").fill(`http://127.0.0.1:${port}/groeipad`);
    await endpointForm.getByRole("button", { name: "Endpoint aanmaken" }).click();
    await expect(statusMessage(endpointForm).first()).toBeVisible();
    const secret = await endpointForm.getByLabel(/^Het ondertekengeheim/).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await checkPage(page, "webhooks");
    await page.goto("/api-documentatie");
    await expect(page.getByRole("heading", { level: 2, name: /PUT \/contracts\/\{id\}\/reports\/\{quarter\}/ })).toBeVisible();
    await checkPage(page, "api-documentatie");

    // The program: the description first, then the token alone.
    const description = (await (await api.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const reportPath = "/api/v1/{org}/contracts/{id}/reports/{quarter}";
    expect(Object.keys(description.paths[reportPath])).toEqual(expect.arrayContaining(["get", "put"]));
    expect(description.paths[`${reportPath}/evidence`]).toHaveProperty("post");
    expect(description.paths[`${reportPath}/submit`]).toHaveProperty("post");
    const url = (path: string) => path.replace("{org}", "groen-cateraars").replace("{id}", contractId).replace("{quarter}", "2026-Q3");

    const report = (await (await api.get(url(reportPath), { headers: auth })).json()).data as {
      version: number;
      kpis: Array<{ kpiId: string; kind: string; target: string | null; quantityUnit: string | null; evidenceRequired: boolean }>;
    };
    expect(report.kpis.length).toBeGreaterThan(0);
    for (const kpi of report.kpis) {
      const evidence = await api.post(url(`${reportPath}/evidence`), {
        headers: auth,
        multipart: {
          kpiId: kpi.kpiId,
          file: {
            name: "facturen.pdf",
            mimeType: "application/pdf",
            buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
          },
        },
      });
      expect(evidence.status(), await evidence.text()).toBe(200);
    }
    const values = report.kpis.map((k) => ({
      kpiId: k.kpiId,
      ...(k.kind === "qualitative" ? { score: 3 } : { value: Number(k.target ?? 1) }),
      ...(k.quantityUnit ? { quantity: 12000 } : {}),
      explanation: "Uit het ERP van Groen Cateraars.",
    }));
    const current = (await (await api.get(url(reportPath), { headers: auth })).json()).data.version as number;
    const submitted = await api.post(url(`${reportPath}/submit`), { headers: auth, data: { version: current, values } });
    expect(submitted.status(), await submitted.text()).toBe(200);

    // Another buyer's token cannot even see the contract.
    const sanne = await pageAs("sanne");
    await sanne.goto("/zuiderland/beheer/api-tokens");
    const otherForm = sanne.getByRole("region", { name: "Nieuw token" });
    await otherForm.getByLabel("Naam").fill("Zuiderland");
    await otherForm.getByRole("checkbox", { name: /reports:read/ }).check();
    await otherForm.getByRole("button", { name: "Token aanmaken" }).click();
    const otherToken = await otherForm.getByLabel(/^Het nieuwe token/).inputValue();
    const foreign = await api.get(url(reportPath).replace("groen-cateraars", "zuiderland"), {
      headers: { Authorization: `Bearer ${otherToken}` },
    });
    expect(foreign.status()).toBe(404);

    // The buyer accepts in the browser.
    const fatima = await pageAs("fatima");
    await fatima.goto(`/voorbeeldstad/contracten/${contractId}/rapportages/2026-Q3`);
    await fatima.getByRole("button", { name: "Accepteren" }).click();
    await expect(fatima.getByRole("status").filter({ hasText: "De rapportage is geaccepteerd." })).toBeVisible();

    // The delivery: sent now rather than at the worker's next minute (the test servers run none).
    await expect
      .poll(
        async () => {
          await api.post("/api/demo/webhooks");
          return received.filter((r) => r.headers["groeipad-event"] === "report.accepted").length;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    const accepted = received.find((r) => r.headers["groeipad-event"] === "report.accepted")!;
    expect(verifyWebhookSignature(secret, String(accepted.headers["groeipad-signature"]), accepted.body)).toBe(true);
    expect(JSON.parse(accepted.body)).toMatchObject({ type: "report.accepted", contract: { id: contractId } });
    expect(
      verifyWebhookSignature(secret, String(accepted.headers["groeipad-signature"]), accepted.body.replace("accepted", "sent_back")),
    ).toBe(false);

    // The admin sees the delivery in the endpoint's log and makes a new secret: shown once, the
    // previous one signing along for a day.
    await page.goto("/groen-cateraars/beheer/webhooks");
    await page.getByRole("link", { name: "Wijzigen en bezorglog" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhook-endpoint" })).toBeVisible();
    await expect(page.getByRole("region", { name: /bezorgingen/ })).toContainText("report.accepted");
    const secretCard = page.getByRole("region", { name: "Ondertekengeheim" });
    page.once("dialog", (dialog) => dialog.accept());
    await secretCard.getByRole("button", { name: "Nieuw geheim maken" }).click();
    const renewed = await secretCard.getByLabel(/^Het ondertekengeheim/).inputValue();
    expect(renewed).toMatch(/^whsec_/);
    expect(renewed).not.toBe(secret);
    await checkPage(page, "webhook-endpoint");
  } finally {
    await api.dispose();
    await new Promise((resolve) => receiver.close(resolve));
  }
});
