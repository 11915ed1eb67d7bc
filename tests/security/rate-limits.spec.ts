// Over the sign-in limit the login page says "te veel pogingen" at the field, keeps what was typed,
// and a client cannot escape the count by sending its own X-Forwarded-For; production build.
import { expect, test } from "../e2e/fixtures";
import { requestLinkThroughApi } from "./sign-in";

test("the fourth link for one address from one browser is refused with 'te veel pogingen'", async ({ page }) => {
  const email = `limiet.${Date.now().toString(36)}@voorbeeldstad.example`;
  for (let i = 0; i < 3; i++) {
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Stuur inloglink" }).click();
    await expect(page).toHaveURL(/\/login\/verstuurd/);
  }
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Stuur inloglink" }).click();
  const field = page.getByLabel("E-mailadres", { exact: true });
  await expect(field).toHaveAccessibleDescription(/Te veel pogingen voor dit e-mailadres/);
  await expect(page.getByRole("alert").filter({ hasText: "Te veel pogingen" })).toHaveText(
    "Te veel pogingen: er is geen inloglink verstuurd.",
  );
  await expect(page).toHaveURL(/\/login$/);
  await expect(field).toHaveValue(email);
});

test("a client that sends its own X-Forwarded-For is still counted by its connection", async ({ page, baseURL }) => {
  const email = `vervalst.${Date.now().toString(36)}@voorbeeldstad.example`;
  const answers: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const response = await requestLinkThroughApi(baseURL!, email, { "x-forwarded-for": `203.0.113.${i}` });
    answers.push(response.location);
  }
  expect(
    answers.slice(0, 3).every((a) => a.includes("verify-request")),
    answers.join("\n"),
  ).toBe(true);
  expect(new URL(answers[3]).searchParams.get("code")).toBe("te-veel-pogingen");

  await page.goto(answers[3]);
  await expect(page.getByRole("alert").filter({ hasText: "Te veel pogingen" })).toBeVisible();
});
