import { quarterKey, quarterOf } from "@/lib/periods";
import { amsterdamToday } from "@/lib/time";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// A supplier keeps its CO2-Prestatieladder step once in its company profile, shares the profile
// with a buyer, and reuses the step in a quarterly report instead of typing it; the buyer sees the
// shared facts on the contract. Van Dijk has no demo profile, so the journey starts empty.
test.use({ user: "kees" });

const CONTRACT = "Groot onderhoud provinciale wegen perceel Zuid";
const LADDER_KPI = "Trede op de CO2-Prestatieladder";

/** The report of the quarter running now: a draft can be saved while it runs. */
const currentQuarter = () => quarterKey(quarterOf(amsterdamToday()));

test("a supplier records its ladder step, shares it, and takes it over into a report", async ({ page, pageAs }) => {
  await page.goto("/wegenbouw-van-dijk/bedrijfsprofiel");
  await expect(page.getByRole("heading", { level: 1, name: "Bedrijfsprofiel" })).toBeVisible();
  await expect(page.getByText("Het profiel heeft nog geen gegevens.")).toBeVisible();
  await checkPage(page, "bedrijfsprofiel-leeg");

  const add = page.getByRole("region", { name: "Gegeven toevoegen" });
  await add.getByLabel("Soort gegeven").selectOption({ label: "CO2-Prestatieladder" });
  await add.getByLabel("Trede (1 tot en met 5)").fill("6");
  await add.getByRole("button", { name: "Toevoegen" }).click();
  await expect(add.getByText("Kies de trede op de CO2-Prestatieladder: 1 tot en met 5.", { exact: true })).toBeVisible();
  await add.getByLabel("Trede (1 tot en met 5)").fill("4");
  await add.getByLabel("Certificaat of toelichting").fill("Certificaat CO2-PL-2026-0077");
  await add.getByLabel("Geldig vanaf").fill("2025-01-01");
  await add.getByLabel("Geldig tot en met").fill("2027-06-30");
  await add.getByRole("button", { name: "Toevoegen" }).click();
  await expect(statusMessage(add)).toContainText("Het gegeven is toegevoegd.");
  const facts = page.getByRole("region", { name: "Gegevens" });
  await expect(facts.getByRole("heading", { name: /^CO2-Prestatieladder/ })).toBeVisible();
  await expect(facts).toContainText("trede 4");

  const sharing = page.getByRole("region", { name: "Delen met opdrachtgevers" });
  await sharing.getByRole("button", { name: "Delen met Provincie Zuiderland" }).click();
  await expect(sharing).toContainText(/Provincie Zuiderland: gedeeld sinds/);
  await expect(sharing).toContainText(/Gemeente Voorbeeldstad: niet gedeeld/);
  await checkPage(page, "bedrijfsprofiel-gedeeld");

  // The report of the running quarter: the ladder KPI offers the profile's step.
  await page.goto("/wegenbouw-van-dijk/contracten");
  await page.getByRole("link", { name: CONTRACT }).click();
  await expect(page.getByRole("heading", { level: 1, name: CONTRACT })).toBeVisible();
  await expect(page.getByRole("region", { name: "Opdrachtgever" })).toContainText("Gedeeld met deze opdrachtgever");
  const contractId = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/wegenbouw-van-dijk/contracten/${contractId}/rapportages/${currentQuarter()}`);
  const kpi = page.getByRole("group", { name: LADDER_KPI, exact: true });
  const take = kpi.getByRole("checkbox", { name: "Neem over uit bedrijfsprofiel: trede 4 (geldig tot 30 juni 2027)" });
  await take.check();
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(statusMessage(page).first()).toContainText("Het concept is opgeslagen.");
  await expect(kpi).toContainText("Uit bedrijfsprofiel (geldig tot 30 juni 2027), versie 1.");
  // Stored: after a reload the value field holds the profile's step and the choice stays made.
  await page.reload();
  await expect(kpi.getByLabel(/^Waarde/)).toHaveValue("4");
  await expect(take).toBeChecked();
  await checkPage(page, "rapportage-uit-bedrijfsprofiel");

  // The buyer it was shared with sees the facts on the contract, with their validity.
  const bram = await pageAs("bram");
  await bram.goto("/zuiderland/contracten");
  await bram.getByRole("link", { name: CONTRACT }).click();
  const profile = bram.getByRole("region", { name: "Gedeeld bedrijfsprofiel" });
  await expect(profile.getByRole("row", { name: /CO2-Prestatieladder/ })).toContainText("trede 4");
  await expect(profile).toContainText("tot en met 30 juni 2027");
  await checkPage(bram, "contract-gedeeld-bedrijfsprofiel");

  // The buyer reads the report value with where it came from.
  await bram.goto(`/zuiderland/contracten/${contractId}/rapportages/${currentQuarter()}`);
  const reported = bram.getByRole("region", { name: LADDER_KPI, exact: true });
  await expect(reported).toContainText("Uit bedrijfsprofiel (geldig tot 30 juni 2027), versie 1.");
  await checkPage(bram, "rapportage-bron-bedrijfsprofiel");
});
