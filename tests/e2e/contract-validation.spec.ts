import { fillContractForm } from "./contract-form";
import { checkPage, expect, test } from "./fixtures";

// Wrong input is explained in Dutch at the field it concerns, and nothing the user typed is lost.
test.use({ user: "fatima" });

test("end date before start date and '12.5' as value are refused at the fields", async ({ page }) => {
  await page.goto("/voorbeeldstad/contracten/nieuw");
  await fillContractForm(page, {
    title: "E2E Ongeldig contract",
    reference: "E2E-FOUT-1",
    purchasingPackage: "ICT",
    cooperationForm: "Transactioneel",
    startDate: "2027-06-01",
    endDate: "2027-01-31",
    value: "12.5",
  });
  await page.getByRole("button", { name: "Contract aanmaken" }).click();

  // Scoped to the form: Next.js keeps an (empty) route announcer with role "alert" on the page.
  await expect(page.locator("form").getByRole("alert")).toHaveText("Controleer de gemarkeerde velden.");
  const endDate = page.getByLabel("Einddatum");
  const value = page.getByLabel("Waarde (euro, excl. btw)");
  await expect(endDate).toHaveAttribute("aria-invalid", "true");
  await expect(endDate).toHaveAccessibleDescription("De einddatum ligt vóór de startdatum.");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveAccessibleDescription(/Gebruik een komma voor decimalen, bijvoorbeeld 12,5\./);
  await expect(page.getByLabel("Startdatum")).toHaveAttribute("aria-invalid", "false");
  await expect(page).toHaveURL("/voorbeeldstad/contracten/nieuw");

  await expect(page.getByLabel("Titel")).toHaveValue("E2E Ongeldig contract");
  await expect(page.getByLabel("Referentie")).toHaveValue("E2E-FOUT-1");
  await expect(page.getByLabel("Inkooppakket")).toHaveValue("ict");
  await expect(page.getByRole("radio", { name: "Transactioneel" })).toBeChecked();
  await expect(page.getByLabel("Startdatum")).toHaveValue("2027-06-01");
  await expect(endDate).toHaveValue("2027-01-31");
  await expect(value).toHaveValue("12.5");
  await checkPage(page, "contract-fouten");
});
