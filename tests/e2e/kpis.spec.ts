import type { Page } from "@playwright/test";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// KPIs defined together: on the catering contract that has not started yet, the supplier proposes
// a KPI with a growth path, the contract manager accepts it and then proposes a malus rule, which
// the supplier accepts; both see the growth path drawn and read the same malus sentence.
const CONTRACT = "Catering sportaccommodaties";
const KPI = `Producten met ecolabel ${Date.now().toString(36)}`;
const MALUS =
  "Per eenheid tekort: 1,5 × € 100,00 per procentpunt onder het doel, met een maximum van € 5.000,00 per contractjaar (vanaf 1 april).";

async function openContractKpis(page: Page, org: string) {
  await page.goto(`/${org}/contracten`);
  await page.getByRole("link", { name: CONTRACT }).click();
  await page.getByRole("link", { name: "KPI's en groeipaden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KPI's en groeipaden" })).toBeVisible();
}

/** The drawn line, not only its container. */
async function expectPathDrawn(page: Page) {
  const chart = page.getByRole("img", { name: new RegExp(`^Groeipad van ${KPI}: het doel gaat van 50\\s% in .* naar 80\\s% in`) });
  await expect(chart).toBeVisible();
  await expect(chart.locator("path.recharts-line-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+L/);
  await expect(chart.locator("circle.growth-path-milestone")).toHaveCount(2);
}

test.use({ user: "mehmet" });
// Two people, four pages checked with axe: more than the default minute.
test.setTimeout(150_000);

test("the supplier proposes a KPI, the contract manager accepts it and proposes a malus the supplier accepts; both see the path and the sentence", async ({
  page,
  pageAs,
}) => {
  await openContractKpis(page, "groen-cateraars");
  await expect(page.getByRole("note")).toContainText("Tot dan stellen opdrachtgever en opdrachtnemer de KPI's samen vast");
  // The groups journey may have adopted the group's catering standard into this contract on the same server.
  await expect(page.getByRole("row", { name: /^Aandeel plantaardige eiwitten Plantaardige eiwitten/ })).toContainText("Voorgesteld");
  await checkPage(page, "kpis-leverancier");

  const form = page.getByRole("region", { name: "Voorstel doen" });
  await form.getByLabel("Naam van de KPI").fill(KPI);
  await form.getByLabel("Indicator").selectOption({ label: "Producten met ecolabel (%)" });
  await form.getByRole("radio", { name: /^Resultaatverplichting/ }).check();
  await form.getByLabel("Nulmeting (%)").fill("42,5");
  const quarters = await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Kwartaal").locator("option").allTextContents();
  await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Kwartaal").selectOption({ label: quarters[1] });
  await form.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Doel (%)").fill("50");
  await form.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
  await form
    .getByRole("group", { name: "Mijlpaal 2" })
    .getByLabel("Kwartaal")
    .selectOption({ label: quarters.at(-1)! });
  await form.getByRole("group", { name: "Mijlpaal 2" }).getByLabel("Doel (%)").fill("80");

  // A baseline without its quarter is refused, and what was typed stays.
  await form.getByRole("button", { name: "Voorstel doen" }).click();
  await expect(form.getByText("Geef het kwartaal van de nulmeting.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Naam van de KPI")).toHaveValue(KPI);
  await expect(form.getByRole("group", { name: "Mijlpaal 2" }).getByLabel("Doel (%)")).toHaveValue("80");
  await form.getByLabel("Kwartaal van de nulmeting").fill(quarters[1]);
  await form.getByRole("button", { name: "Voorstel doen" }).click();

  await expect(statusMessage(page)).toHaveText("Je voorstel is opgeslagen. De andere partij kan het nu accepteren of afwijzen.");
  await expect(page.getByRole("heading", { level: 1, name: KPI })).toBeVisible();
  await expect(page.getByText("Voorgesteld", { exact: true })).toBeVisible();
  // The supplier cannot accept its own proposal, and the malus is the buyer's.
  await expect(page.getByRole("button", { name: /^Accepteren/ })).toHaveCount(0);
  await expect(page.getByText("De malusregel legt de opdrachtgever vast.")).toBeVisible();
  await expectPathDrawn(page);
  const kpiPath = new URL(page.url()).pathname.replace("/groen-cateraars/", "/voorbeeldstad/");

  const fatima = await pageAs("fatima");
  await openContractKpis(fatima, "voorbeeldstad");
  await expect(fatima.getByRole("row", { name: new RegExp(KPI) })).toContainText("opdrachtnemer");
  await checkPage(fatima, "kpis-contractmanager");
  await fatima.goto(kpiPath);
  await fatima.getByRole("button", { name: /^Accepteren/ }).click();
  await expect(statusMessage(fatima)).toHaveText("Het voorstel is geaccepteerd: de KPI is actief.");
  await expect(fatima.getByText("Actief", { exact: true })).toBeVisible();
  await expect(fatima.locator(".malus-sentence")).toHaveText("Resultaatverplichting zonder malusregel: er wordt geen malus berekend.");

  // The KPI is agreed now: a malus added afterwards is a proposal the supplier accepts.
  await fatima.getByText("Wijziging van de malusregel voorstellen").click();
  await expect(
    fatima.getByRole("region", { name: "Malus" }).getByText(/^Deze KPI is afgesproken met Groen Cateraars B\.V\. \(de opdrachtnemer\)/),
  ).toBeVisible();
  await fatima.getByRole("radio", { name: /^Bedrag per procentpunt tekort/ }).check();
  await fatima.getByLabel("Bedrag per procentpunt (€)").fill("100,00");
  await fatima.getByLabel("Factor").fill("1,5");
  await fatima.getByLabel("Maximum per jaar", { exact: true }).selectOption({ label: "Bedrag in euro" });
  await fatima.getByLabel("Maximum per jaar (€)").fill("5.000");
  await fatima.getByRole("region", { name: "Malus" }).getByRole("button", { name: "Wijziging voorstellen" }).click();
  await expect(fatima.getByRole("status").filter({ hasText: "voorgesteld aan" })).toHaveText(
    'Je wijziging is voorgesteld aan Groen Cateraars B.V. (de opdrachtnemer). Tot die haar accepteert, staat de KPI op "Voorgesteld"; wordt ze afgewezen, dan geldt weer de afgesproken versie.',
  );
  await expect(fatima.getByText("Voorgesteld", { exact: true })).toBeVisible();
  await expect(fatima.locator(".malus-sentence")).toHaveText(MALUS.replace(/€ /g, "€\u00a0"));
  await expect(fatima.getByRole("button", { name: /^Wijziging intrekken/ })).toBeVisible();
  await expectPathDrawn(fatima);
  await fatima.getByText("Doelen per kwartaal als tabel").click();
  await expect(fatima.getByRole("row", { name: quarters.at(-1) })).toContainText("80 %");
  await checkPage(fatima, "kpi-detail-contractmanager");

  await page.reload();
  await expect(page.getByText("wijziging voorgesteld door de opdrachtgever")).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Deze KPI was afgesproken" })).toContainText(
    "Malusregel (afgesproken: Resultaatverplichting zonder malusregel",
  );
  await checkPage(page, "kpi-wijziging-leverancier");
  await page.getByRole("button", { name: /^Wijziging accepteren/ }).click();
  await expect(statusMessage(page)).toHaveText("De wijziging is geaccepteerd: de KPI is weer actief, met de gewijzigde afspraken.");
  await expect(page.getByText("Actief", { exact: true })).toBeVisible();
  await expect(page.locator(".malus-sentence")).toHaveText(MALUS.replace(/€ /g, "€\u00a0"));
  await expectPathDrawn(page);
  await checkPage(page, "kpi-detail-leverancier");
});

test("on a running contract changes go through the quarterly review, and a changed path keeps its earlier version visible", async ({
  pageAs,
}) => {
  const fatima = await pageAs("fatima");
  await fatima.goto("/voorbeeldstad/contracten");
  await fatima.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).click();
  await fatima.getByRole("link", { name: "KPI's en groeipaden" }).click();
  await expect(fatima.getByRole("note")).toContainText("Actieve KPI's wijzigen nu alleen nog via het kwartaalgesprek");
  const quarterSet = fatima.getByRole("region", { name: "KPI-set per kwartaal" });
  await quarterSet.getByLabel("Kwartaal").selectOption({ label: "2026 K1" });
  await quarterSet.getByRole("button", { name: "Toon" }).click();
  await expect(fatima).toHaveURL(/kwartaal=2026-Q1/);
  await expect(
    fatima.getByText(/Vervallen vanaf dit kwartaal: Wegwerpverpakkingen in de wijkcentra \(Kwartaalgesprek 2025 K4/),
  ).toBeVisible();
  await checkPage(fatima, "kpis-lopend-contract");

  await fatima.getByRole("link", { name: "Aandeel plantaardige eiwitten", exact: true }).first().click();
  await expect(fatima.getByRole("heading", { level: 1, name: "Aandeel plantaardige eiwitten" })).toBeVisible();
  await expect(fatima.getByRole("button", { name: "KPI opslaan" })).toHaveCount(0);
  const chart = fatima.getByRole("img", { name: /Versie 2 geldt vanaf 2026 K3; eerdere doelen blijven staan\.$/ });
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(2);
  await fatima.getByText("Doelen per kwartaal als tabel").click();
  await expect(fatima.getByRole("row", { name: /^2026 K2/ })).toContainText("45 %");
  await expect(fatima.getByRole("row", { name: /^2026 K3/ })).toContainText("50 %");
  await checkPage(fatima, "kpi-detail-lopend-contract");

  // The MKI tender promise of the road works was turned into the KPI that enforces it.
  await fatima.goto("/voorbeeldstad/contracten");
  await fatima.getByRole("link", { name: "Onderhoud asfaltverhardingen 2026–2028" }).click();
  await fatima.getByRole("link", { name: "Toezeggingen", exact: true }).click();
  const promise = fatima.getByRole("row", { name: /hoogstens € 38,50 per ton/ });
  await expect(promise).toContainText("€ 38,50 MKI per ton");
  await expect(promise.getByRole("link", { name: "MKI per ton asfalt volgens toezegging" })).toBeVisible();
  await checkPage(fatima, "toezeggingen");
});
