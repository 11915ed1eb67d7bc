// The REST API's refusals against the production build: each has its HTTP status and its code
// (the class names of the errors are minified away, so the codes are explicit), on
// PUT /api/v1/<org>/reviews/<id>/score with a draft review Fatima plans on "Schoonmaakdienstverlening".
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test, type DemoUserKey } from "../e2e/fixtures";

const CONTRACT = "Schoonmaakdienstverlening gemeentelijke gebouwen";

test.use({ user: "fatima" });

type Draft = { reviewId: string; version: number; kpiId: string };
let draft: Draft;

test.beforeEach(async ({ page }) => {
  if (draft) return;
  await page.goto("/voorbeeldstad/contracten");
  await page.getByRole("link", { name: CONTRACT }).first().click();
  await page.waitForURL(/contracten\/[0-9a-f-]{36}/);
  await page.getByRole("link", { name: "Kwartaalreviews" }).click();
  await page
    .getByRole("link", { name: /^Plannen/ })
    .first()
    .click();
  await page.getByLabel("Datum", { exact: true }).fill("2026-12-01");
  await page.getByLabel("Tijd", { exact: true }).fill("10:00");
  await page.getByRole("button", { name: "Review plannen" }).click();
  const score = page.locator("form", { has: page.getByRole("button", { name: "Score opslaan" }) }).first();
  await expect(score).toBeVisible();
  draft = {
    reviewId: await score.locator('input[name="reviewId"]').inputValue(),
    version: Number(await score.locator('input[name="version"]').inputValue()),
    kpiId: await score.locator('input[name="kpiId"]').inputValue(),
  };
});

/** An API client with a demo user's session cookie, or without any. */
async function client(baseURL: string, storageState?: Awaited<ReturnType<APIRequestContext["storageState"]>>) {
  return playwrightRequest.newContext({ baseURL, storageState });
}

async function put(api: APIRequestContext, org: string, reviewId: string, data: unknown) {
  const response = await api.put(`/api/v1/${org}/reviews/${reviewId}/score`, {
    headers: { "Content-Type": "application/json" },
    data: typeof data === "string" ? data : JSON.stringify(data),
  });
  return {
    status: response.status(),
    body: (await response.json()) as { code?: string; detail?: string; errors?: Record<string, string>; data?: { version: number } },
  };
}

test("refusals of the score API carry their status and code", async ({ baseURL, sessionOf }) => {
  const as = async (user?: DemoUserKey) => client(baseURL!, user ? await sessionOf(user) : undefined);
  const body = { version: draft.version, kpiId: draft.kpiId, score: "not_scored", reason: "Via de API" };

  const anonymous = await put(await as(), "voorbeeldstad", draft.reviewId, body);
  expect(anonymous).toMatchObject({ status: 401, body: { code: "UnauthenticatedError", detail: expect.stringContaining("ingelogd") } });

  const viewer = await put(await as("pieter"), "voorbeeldstad", draft.reviewId, body);
  expect(viewer).toMatchObject({ status: 403, body: { code: "ForbiddenError" } });

  // Another buyer's admin, in its own organisation, with Voorbeeldstad's review id: not found.
  const stranger = await put(await as("sanne"), "zuiderland", draft.reviewId, body);
  expect(stranger).toMatchObject({ status: 404, body: { code: "NotFoundError" } });

  const fatima = await as("fatima");
  const notJson = await put(fatima, "voorbeeldstad", draft.reviewId, "{niet: json");
  expect(notJson).toMatchObject({ status: 400, body: { code: "ValidationError" } });
  const polluting = JSON.stringify(body).replace(/^\{/, '{"__proto__":{"score":"on_track"},');
  const pollution = await put(fatima, "voorbeeldstad", draft.reviewId, polluting);
  expect(pollution).toMatchObject({ status: 400, body: { code: "ValidationError" } });
  expect(Object.keys(pollution.body.errors ?? {})).toEqual(["__proto__"]);
  const badField = await put(fatima, "voorbeeldstad", draft.reviewId, { ...body, score: "geweldig" });
  expect(badField).toMatchObject({ status: 400, body: { code: "ValidationError", errors: { score: "Kies een score." } } });

  const saved = await put(fatima, "voorbeeldstad", draft.reviewId, body);
  expect(saved.status).toBe(200);
  expect(saved.body.data?.version).toBe(draft.version + 1);
  // The same version again is stale now: a conflict, and nothing changes.
  const stale = await put(fatima, "voorbeeldstad", draft.reviewId, { ...body, score: "on_track" });
  expect(stale).toMatchObject({ status: 409, body: { code: "ConflictError", detail: expect.stringContaining("Iemand anders") } });
});
