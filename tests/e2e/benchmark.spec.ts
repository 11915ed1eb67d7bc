import { checkPage, expect, statusMessage, test } from "./fixtures";

// A coordinator signs the organisation up for the benchmark. The demo has too few participating
// buyers for any figure, and the page says so instead of showing one buyer's numbers.
test.use({ user: "joris" });

test("a coordinator joins the benchmark and sees that fewer than five buyers give no figures", async ({ page }) => {
  await page.goto("/voorbeeldstad/benchmark");
  await expect(page.getByRole("heading", { level: 1, name: "Benchmark" })).toBeVisible();
  const participation = page.getByRole("region", { name: "Deelname" });
  await expect(participation).toContainText("doet niet mee");
  await expect(page.getByRole("region", { name: /^Cijfers/ })).toHaveCount(0);
  await checkPage(page, "benchmark-niet-deelnemend");

  await participation.getByRole("button", { name: "Meedoen aan de benchmark" }).click();
  await expect(statusMessage(participation)).toContainText("doet mee aan de benchmark");
  await expect(participation).toContainText("doet mee sinds");
  const figures = page.getByRole("region", { name: /^Cijfers/ });
  await expect(figures).toContainText("5 of meer organisaties");
  await expect(figures.getByRole("table")).toHaveCount(0);
  await checkPage(page, "benchmark-deelnemend");

  page.once("dialog", (dialog) => dialog.accept());
  await participation.getByRole("button", { name: "Stoppen met de benchmark" }).click();
  await expect(participation).toContainText("doet niet mee");
});
