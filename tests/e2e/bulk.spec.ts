// Accepting several reports at once: Fatima (contract manager at Voorbeeldstad) ticks the submitted
// third-quarter reports of two fresh copies of "Catering stadhuis" on the reports overview, accepts
// them together and reads per report that it worked; both rows then show "Geaccepteerd".
import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

test.use({ user: "fatima" });
test.setTimeout(90_000);

test("a contract manager accepts two submitted reports at once and sees the outcome per report", async ({ page, request }) => {
  const first = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Bulk A"), "submitted");
  const second = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Bulk B"), "submitted");
  await page.goto("/voorbeeldstad/rapportages");
  await checkPage(page, "rapportages-bulk");

  const bar = page.getByRole("region", { name: "Meerdere tegelijk" });
  const accept = bar.getByRole("button", { name: /Geselecteerde accepteren/ });
  await expect(accept).toBeDisabled();
  for (const { title } of [first, second]) await page.getByRole("checkbox", { name: `Selecteer ${title} – 2026 K3` }).check();
  await expect(accept).toHaveText("Geselecteerde accepteren (2)");
  await accept.click();

  const outcome = bar.getByRole("status").filter({ hasText: "Accepteren: 2 gelukt" });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  for (const { title } of [first, second]) {
    await expect(outcome.getByRole("listitem").filter({ hasText: `${title} – 2026 K3` })).toContainText("Gelukt");
    const row = page.getByRole("table", { name: `Kwartaalrapportages van ${title}` }).getByRole("row", { name: /2026 K3/ });
    await expect(row).toContainText("Geaccepteerd");
    await expect(page.getByRole("checkbox", { name: `Selecteer ${title} – 2026 K3` })).toHaveCount(0);
  }
  await checkPage(page, "rapportages-bulk-resultaat");
});
