import { checkPage, expect, test } from "./fixtures";

// A qualitative KPI is scored 1–4: each meaning input has its own name, the baseline and the
// targets are chosen from the four scores with their meanings, and the target reads as a score
// with its meaning, not as a decimal.
const CONTRACT = "Catering sportaccommodaties";
const KPI = `Samenwerking met lokale telers ${Date.now().toString(36)}`;
const MEANINGS = ["Geen lokale telers", "Een enkele lokale teler", "Lokaal in elk seizoensmenu", "Lokaal is de standaard"];

test.use({ user: "mehmet" });

test("a score KPI takes its baseline and targets from the four meanings and shows its target as a score with its meaning", async ({
  page,
}) => {
  await page.goto("/groen-cateraars/contracten");
  await page.getByRole("link", { name: CONTRACT }).click();
  await page.getByRole("link", { name: "KPI's en groeipaden" }).click();

  // The contract has not started: its first quarter has no data yet, and the KPI set says so.
  await expect(page.getByRole("region", { name: "KPI-set per kwartaal" })).toContainText(
    "Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens.",
  );
  const form = page.getByRole("region", { name: "Voorstel doen" });
  await form.getByLabel("Naam van de KPI").fill(KPI);
  await form.getByRole("radio", { name: "Kwalitatief (score 1–4)" }).check();
  for (const [i, meaning] of MEANINGS.entries()) await form.getByLabel(`Betekenis van score ${i + 1}`, { exact: true }).fill(meaning);

  // No decimal to type: the baseline is one of the four scores, shown with what it means.
  const baseline = form.getByLabel("Nulmeting (score 1–4)");
  await expect(baseline.locator("option")).toHaveText(["Geen nulmeting", ...MEANINGS.map((m, i) => `${i + 1} – ${m}`)]);
  await baseline.selectOption({ label: `2 – ${MEANINGS[1]}` });
  // A score grows in whole steps: there is no choice of a linear path.
  await expect(form.getByRole("radiogroup", { name: "Verloop tussen de mijlpalen" })).toHaveCount(0);
  await expect(form.getByText("Een score groeit in hele stappen")).toBeVisible();

  const milestone = form.getByRole("group", { name: "Mijlpaal 1" });
  const quarters = await milestone.getByLabel("Kwartaal").locator("option").allTextContents();
  await form.getByLabel("Kwartaal van de nulmeting").fill(quarters[1]);
  await milestone.getByLabel("Kwartaal").selectOption({ label: quarters[2] });
  await expect(milestone.getByLabel("Doel (score 1–4)").locator("option")).toHaveText([
    "Kies een score",
    ...MEANINGS.map((m, i) => `${i + 1} – ${m}`),
  ]);
  await milestone.getByLabel("Doel (score 1–4)").selectOption("3");
  await checkPage(page, "kpi-score-voorstel");
  await form.getByRole("button", { name: "Voorstel doen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: KPI })).toBeVisible();
  await expect(page.getByRole("region", { name: "Gegevens" })).toContainText(`score 2 (${MEANINGS[1]}) in ${quarters[1]}`);
  await page.getByText("Doelen per kwartaal als tabel").click();
  await expect(page.getByRole("row", { name: quarters[2] })).toContainText(`score 3 (${MEANINGS[2]})`);
  await expect(page.getByRole("row", { name: quarters.at(-1) })).toContainText(`score 3 (${MEANINGS[2]})`);
  // The growth-path form of the KPI offers the same four scores.
  await page.getByText("Groeipad wijzigen").click();
  await expect(page.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Doel (score 1–4)")).toHaveValue("3");
});
