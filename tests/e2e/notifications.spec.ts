import type { Page } from "@playwright/test";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// Notifications in the app: the supplier proposes a KPI; the contract manager's header counts it
// unread, the Meldingen page lists it, and opening it leads to the KPI and marks it read. Other
// specs running at the same time notify Fatima too, so counts are compared with what the server
// says at that moment, never with a count read earlier.
const CONTRACT = "Catering sportaccommodaties";
const KPI = `Lokaal geteelde groente ${Date.now().toString(36)}`;

test.use({ user: "mehmet" });
test.setTimeout(150_000);

test("a proposal shows in the contract manager's Meldingen, and opening it leads to the KPI and marks it read", async ({
  page,
  pageAs,
}) => {
  const fatima = await pageAs("fatima");
  await fatima.goto("/voorbeeldstad/meldingen");
  await expect(fatima.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  const bell = fatima.getByRole("banner").getByRole("link", { name: /^Meldingen/ });

  await page.goto("/groen-cateraars/contracten");
  await page.getByRole("link", { name: CONTRACT }).click();
  await page.getByRole("link", { name: "KPI's en groeipaden" }).click();
  const form = page.getByRole("region", { name: "Voorstel doen" });
  await form.getByLabel("Naam van de KPI").fill(KPI);
  await form.getByLabel("Indicator").selectOption({ label: "Producten met ecolabel (%)" });
  await form.getByRole("radio", { name: /^Resultaatverplichting/ }).check();
  await form.getByLabel("Nulmeting (%)").fill("42,5");
  const quarters = await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Kwartaal").locator("option").allTextContents();
  await form.getByLabel("Kwartaal van de nulmeting").fill(quarters[1]);
  await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Kwartaal").selectOption({ label: quarters[1] });
  await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Doel (%)").fill("50");
  await form.getByRole("button", { name: "Voorstel doen" }).click();
  await expect(statusMessage(page)).toHaveText("Je voorstel is opgeslagen. De andere partij kan het nu accepteren of afwijzen.");
  const kpiPath = new URL(page.url()).pathname.replace("/groen-cateraars/", "/voorbeeldstad/");

  await fatima.goto("/voorbeeldstad/meldingen");
  const item = fatima.getByRole("list", { name: "Meldingen" }).getByRole("button", { name: new RegExp(`KPI voorgesteld: ${KPI}`) });
  await expect(item).toContainText("Nieuw");
  const unread = await unreadStated(fatima);
  expect(unread).toBeGreaterThanOrEqual(1);
  await expect(bell).toHaveAccessibleName(`Meldingen (${unread} ongelezen)`);
  await checkPage(fatima, "meldingen");
  await item.click();
  await expect(fatima).toHaveURL(kpiPath);
  await expect(fatima.getByRole("heading", { level: 1, name: KPI })).toBeVisible();
  const bellAfterOpening = unreadIn((await bell.textContent()) ?? "");

  // Read now: listed without "Nieuw". The bell went down when the notification was opened: it
  // shows no more than the server counts afterwards (others may only have added since).
  await fatima.goto("/voorbeeldstad/meldingen");
  await expect(item).not.toContainText("Nieuw");
  const unreadAfter = await unreadStated(fatima);
  expect(bellAfterOpening).toBeLessThanOrEqual(unreadAfter);
  await expect(bell).toHaveAccessibleName(unreadAfter === 0 ? "Meldingen" : `Meldingen (${unreadAfter} ongelezen)`);
});

function unreadIn(text: string) {
  return Number(/\((\d+) ongelezen\)/.exec(text)?.[1] ?? 0);
}

/** The unread count the Meldingen page states in its introduction, as the server rendered it. */
async function unreadStated(page: Page) {
  const intro = (await page.locator(".page-header p").first().textContent()) ?? "";
  if (intro.startsWith("Je hebt geen")) return 0;
  return Number(/Je hebt (\d+) ongelezen/.exec(intro)?.[1] ?? Number.NaN);
}
