import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

// The contract manager records the yearly evaluation of 2026 (one KPI retired, the rest kept),
// both sides sign and it is final. On a contract copy of its own, so the demo keeps its KPIs.
test.use({ user: "fatima" });

test("a contract manager records a yearly evaluation and both sides sign it", async ({ page, request, pageAs }) => {
  const { id } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Catering jaarevaluatie"));
  await page.goto(`/voorbeeldstad/contracten/${id}`);
  await page.getByRole("link", { name: "Jaarevaluatie 2026" }).click();
  await page.getByRole("button", { name: "Jaarevaluatie 2026 openen" }).click();
  const forms = page.getByRole("form", { name: /^Besluit over / });
  await expect(forms.first()).toBeVisible();
  const count = await forms.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    await form.getByRole("radio", { name: i === 1 ? "Laten vervallen" : "Behouden" }).check();
    await form.getByLabel("Reden").fill(i === 1 ? "Niet meer onderscheidend." : "Nog steeds actueel.");
    await form.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(form.getByText("Het besluit over de KPI is vastgelegd.")).toBeVisible();
  }
  await expect(page.getByRole("cell", { name: "Laten vervallen" })).toHaveCount(1);
  await page.getByRole("radio", { name: "Gedeeltelijk" }).check();
  await page.getByLabel("Toelichting op de roadmap").fill("De afbouw van wegwerpverpakkingen loopt achter.");
  await page.getByRole("button", { name: "Roadmap-check opslaan" }).click();
  await expect(page.getByText("De roadmap-check is opgeslagen.")).toBeVisible();
  await checkPage(page, "jaarevaluatie-concept");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Ondertekenen namens de opdrachtgever" }).click();
  await expect(page.getByText("Ondertekend. Nu de andere partij nog.")).toBeVisible();

  const mehmet = await pageAs("mehmet");
  await mehmet.goto(`/groen-cateraars/contracten/${id}/jaarevaluatie/2026`);
  mehmet.once("dialog", (dialog) => dialog.accept());
  await mehmet.getByRole("button", { name: "Ondertekenen namens de leverancier" }).click();
  await expect(mehmet.getByText("Ondertekend: de jaarevaluatie is definitief.")).toBeVisible();
  await expect(mehmet.getByText("Definitief", { exact: true })).toBeVisible();
  await checkPage(mehmet, "jaarevaluatie-definitief");
});
