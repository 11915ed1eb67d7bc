// What only the demo offers, against the production build: a server in production mode (no
// DEMO_MODE) answers 404 on the route that makes test data and on the outbox, and its login page
// offers no one-click accounts; the demo server beside it makes the same copy.
import { request } from "@playwright/test";
import { uniqueTitle } from "../e2e/contract-form";
import { CATERING_STADHUIS } from "../e2e/demo-data";
import { expect, test } from "../e2e/fixtures";

test("a server in production mode refuses the test-data route; the demo server makes the copy", async ({
  page,
  productionURL,
  baseURL,
}) => {
  const title = uniqueTitle("E2E Niet in productie");
  const production = await request.newContext({ baseURL: productionURL });
  try {
    const refused = await production.post("/api/demo/contracts", { data: { reference: CATERING_STADHUIS, title } });
    expect(refused.status()).toBe(404);
    expect((await production.get("/dev/outbox")).status()).toBe(404);
  } finally {
    await production.dispose();
  }
  await page.goto(`${productionURL}/login`);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Inloggen als / })).toHaveCount(0);

  // The same request to the demo server: the refusal above comes from the mode, not from the request.
  const demo = await request.newContext({ baseURL });
  try {
    const made = await demo.post("/api/demo/contracts", { data: { reference: CATERING_STADHUIS, title } });
    expect(made.status()).toBe(201);
    expect(((await made.json()) as { data: { title: string } }).data.title).toBe(title);
    expect((await demo.post("/api/demo/contracts", { data: { reference: "BESTAAT-NIET", title } })).status()).toBe(404);
  } finally {
    await demo.dispose();
  }
});
