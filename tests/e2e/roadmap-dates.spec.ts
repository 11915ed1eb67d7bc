import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

// A due date in the past is asked about at the field, without a dialog and without losing what was
// typed; saved as meant, an open action past its date is marked in the list. On a contract copy of
// its own, so the demo roadmap keeps its actions.
const QUESTION = "Deze datum ligt in het verleden. Klopt dat?";

test.use({ user: "fatima" });

test("a past due date is asked about at the field, and an open action past its date is marked overdue", async ({ page, request }) => {
  const { id } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Catering roadmap"));
  await page.goto(`/voorbeeldstad/contracten/${id}/roadmap`);
  const form = page.getByRole("region", { name: "Actie toevoegen" });
  await form.getByLabel("Titel").fill("Afspraken over restafval vastleggen");
  await form.getByRole("radio", { name: /^Afbouw/ }).check();
  const dueDate = form.getByLabel("Streefdatum");
  await dueDate.fill("2025-06-30");
  await expect(form.getByText(QUESTION)).toBeVisible();
  await expect(dueDate).toHaveAccessibleDescription(new RegExp(QUESTION.replace("?", "\\?")));
  await checkPage(page, "roadmap-datum-verleden");

  // A finished action may lie in the past: no question; planned again, the question is back.
  await form.getByLabel("Status").selectOption({ label: "Gereed" });
  await expect(form.getByText(QUESTION)).toHaveCount(0);
  await form.getByLabel("Status").selectOption({ label: "Gepland" });
  await expect(form.getByText(QUESTION)).toBeVisible();

  // The question does not stop the save; the date was meant.
  await form.getByRole("button", { name: "Actie toevoegen" }).click();
  const row = page.getByRole("row", { name: /Afspraken over restafval vastleggen/ });
  await expect(row).toContainText("30 juni 2025");
  await expect(row).toContainText("Streefdatum verstreken");
  // The add form starts empty again, without the question.
  await expect(form.getByLabel("Titel")).toHaveValue("");
  await expect(form.getByText(QUESTION)).toHaveCount(0);

  // Editing it asks too, until the date is moved into the future.
  await row.getByRole("link", { name: "Afspraken over restafval vastleggen" }).click();
  await expect(page.getByText(QUESTION)).toBeVisible();
  await page.getByLabel("Streefdatum").fill("2028-06-30");
  await expect(page.getByText(QUESTION)).toHaveCount(0);
});
