import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

// The supplier proposes a pilot in the contract's innovation register, with the KPI it should
// move; the buyer's contract manager finds it on that KPI's page. On a contract copy of its own.
test.use({ user: "mehmet" });

test("a supplier proposes an innovation and the contract manager sees it on the KPI", async ({ page, request, pageAs }) => {
  const { id } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Catering innovaties"));
  await page.goto(`/groen-cateraars/contracten/${id}`);
  await page.getByRole("link", { name: "Innovaties", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Innovaties", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Innovatie voorstellen" }).click();
  await expect(page.getByText("Vul de titel in.").first()).toBeVisible();

  await page.getByLabel("Titel").fill("Statiegeldbekers in de wijkcentra");
  await page.getByLabel("Welk probleem lost het op?").fill("Wegwerpbekers bij koffie en thee.");
  await page.getByRole("group", { name: "KPI's waarop het effect heeft" }).getByRole("checkbox").first().check();
  await page.getByLabel("Kosten (€)").fill("4.800,00");
  await page.getByLabel("Wie draagt de kosten?").selectOption({ label: "Gedeeld" });
  await page.getByRole("button", { name: "Innovatie voorstellen" }).click();
  await expect(page.getByText("De innovatie staat in het register.")).toBeVisible();
  const card = page.getByRole("article", { name: "Statiegeldbekers in de wijkcentra" });
  await expect(card.getByText("Voorgesteld", { exact: true })).toBeVisible();
  await checkPage(page, "innovaties");

  const kpiLink = card.getByRole("link").first();
  const kpiName = (await kpiLink.textContent()) ?? "";
  const fatima = await pageAs("fatima");
  await fatima.goto(`/voorbeeldstad/contracten/${id}/innovaties`);
  await fatima.getByRole("article", { name: "Statiegeldbekers in de wijkcentra" }).getByRole("link", { name: kpiName }).click();
  await expect(fatima.getByRole("heading", { name: "Innovaties die op deze KPI effect hebben" })).toBeVisible();
  await expect(fatima.getByRole("link", { name: "Statiegeldbekers in de wijkcentra" })).toBeVisible();
});
