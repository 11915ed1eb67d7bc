// The quarterly review cycle in the browser, on a copy of "Catering stadhuis" of its own (made
// through the demo-only route, so no other spec's reports or reviews meet it): the supplier's
// report of the last ended quarter (2026 K3, a draft without a review in the demo seed) is
// submitted and accepted first; Fatima (contract manager) plans the meeting for a day still to
// come, Eva downloads the invitation for her calendar, Fatima calls the meeting off (after a
// question; the cancellation is in the outbox) and records the meeting as held; she agrees the scores;
// Eva (reporter at Groen Cateraars) contests one score; Fatima settles it, retires one KPI, adds
// one from the next quarter and lowers the CO2 malus; both sign; the review is read-only, the PDF
// downloads, and the next quarter's report form shows the new KPI set.
import type { Page } from "@playwright/test";
import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

const QUARTER = "2026-Q3";
const NEXT = "2026-Q4";
const MALUS_KPI = "CO2-uitstoot per maaltijd";
const CONTESTED_KPI = "Aandeel plantaardige eiwitten";
const RETIRED_KPI = "Voedselverspilling";
const ADDED_KPI = "Aandeel lokale producten";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");

test.use({ user: "fatima" });

const card = (page: Page, kpi: string) => page.getByRole("region", { name: kpi, exact: true });
const saved = (page: Page, text: string) => expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();

/** Eva submits the draft report (CO2 well above its target, so the malus rule applies); Fatima accepts. */
async function acceptReport(eva: Page, fatima: Page, contractId: string) {
  await eva.goto(`/groen-cateraars/contracten/${contractId}/rapportages/${QUARTER}`);
  const sections = eva.locator("form fieldset.card");
  if ((await eva.getByRole("button", { name: "Indienen" }).count()) > 0) {
    for (const name of await sections.locator("legend").allTextContents()) {
      const section = sections.filter({ has: eva.locator("legend", { hasText: name }) });
      if (
        (await section.getByText("Bewijs (verplicht)").count()) > 0 &&
        (await section.getByRole("link", { name: /\.pdf$/ }).count()) === 0
      ) {
        await section
          .getByLabel(`Bestand toevoegen bij ${name}`)
          .setInputFiles({ name: "bewijs.pdf", mimeType: "application/pdf", buffer: PDF });
        await section.getByRole("button", { name: "Uploaden" }).click();
        await expect(section.getByRole("link", { name: "bewijs.pdf" })).toBeVisible();
      }
      const value = section.getByLabel(/^Waarde/);
      if ((await value.count()) > 0) await value.fill(name === MALUS_KPI ? "2,5" : (await value.inputValue()) || "10");
    }
    await eva.getByRole("button", { name: "Indienen" }).click();
    await saved(eva, "De rapportage is ingediend bij de opdrachtgever.");
  }
  await fatima.goto(`/voorbeeldstad/contracten/${contractId}/rapportages/${QUARTER}`);
  if ((await fatima.getByRole("button", { name: "Accepteren" }).count()) > 0) {
    await fatima.getByRole("button", { name: "Accepteren" }).click();
    await expect(fatima.getByText("Geaccepteerd", { exact: true })).toBeVisible();
  }
}

test("plan, download, cancel, plan again, score, contest, settle, decide, malus, sign, read-only, PDF, next quarter's KPI set", async ({
  page,
  pageAs,
  request,
}) => {
  test.setTimeout(240_000);
  const { id: contractId, title } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Catering stadhuis-kopie"));
  const eva = await pageAs("eva");
  await acceptReport(eva, page, contractId);

  // The contract links to its reviews; the quarter without a review can be planned.
  await page.goto(`/voorbeeldstad/contracten/${contractId}`);
  await page.getByRole("link", { name: "Kwartaalreviews" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kwartaalreviews");
  await checkPage(page, "reviews-lijst");
  await page.getByRole("link", { name: "Plannen 3e kwartaal 2026" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kwartaalreview 3e kwartaal 2026");

  // A meeting still to come: everyone who sees the review can put it in their calendar.
  await page.getByLabel("Datum", { exact: true }).fill(`${new Date().getFullYear() + 1}-01-14`);
  await page.getByLabel("Tijd", { exact: true }).fill("10:30");
  await page.getByRole("group", { name: "Deelnemers van de leverancier" }).getByLabel("Eva de Boer").check();
  await page.getByRole("button", { name: "Review plannen" }).click();
  const meeting = page.getByRole("region", { name: "Gesprek" });
  await expect(meeting).toContainText("Eva de Boer");
  await eva.goto(`/groen-cateraars/contracten/${contractId}/reviews/${QUARTER}`);
  const invitation = eva.getByRole("link", { name: "Uitnodiging voor je agenda downloaden (.ics)" });
  const [download] = await Promise.all([eva.waitForEvent("download"), invitation.click()]);
  expect(download.suggestedFilename()).toBe(`kwartaalreview-${QUARTER.replace("-Q", "-K")}.ics`);
  const ics = await eva.request.get((await invitation.getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8; method=REQUEST");
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nMETHOD:REQUEST\r\n[\s\S]*\r\nDTSTART:\d{4}0114T093000Z\r\n/);
  await expect(eva.getByRole("button", { name: "Overleg afzeggen" })).toHaveCount(0);

  // Fatima calls it off after a question; the participants get a cancellation for their calendar.
  const question = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await meeting.getByRole("button", { name: "Overleg afzeggen" }).click();
  expect(await question).toMatch(/^Het overleg van \d+ jan \d{4}, 10:30 afzeggen\?/);
  await expect(meeting).toContainText("Afgezegd, nog niet opnieuw gepland");
  await expect(meeting.getByRole("link", { name: /Uitnodiging voor je agenda/ })).toHaveCount(0);
  await page.goto("/dev/outbox");
  await page
    .getByRole("navigation", { name: "E-mails" })
    .getByRole("listitem")
    .filter({ hasText: `Afgezegd: kwartaalreview 3e kwartaal 2026 – ${title}` })
    .filter({ hasText: "aan eva.deboer@groencateraars.example" })
    .getByRole("link")
    .click();
  await page.getByText("Afzegging voor de agenda: kwartaalreview-2026-K3.ics").click();
  await expect(page.getByRole("article")).toContainText("METHOD:CANCEL");
  await expect(page.getByRole("article")).toContainText("STATUS:CANCELLED");
  await page.goto(`/voorbeeldstad/contracten/${contractId}/reviews/${QUARTER}`);

  // Planned again, for when the meeting took place: date, time, place, Eva as participant, a guest.
  await page.getByLabel("Datum", { exact: true }).fill("2026-11-30");
  await page.getByLabel("Tijd", { exact: true }).fill("14:00");
  await page.getByLabel("Locatie of link").fill("Stadhuis, kamer 2.14");
  await page.getByRole("group", { name: "Deelnemers van de leverancier" }).getByLabel("Eva de Boer").check();
  await page.getByLabel("Gast 1: naam").fill("Rachid Bosman");
  await page.getByLabel("Gast 1: e-mailadres").fill("r.bosman@groencateraars.example");
  await checkPage(page, "review-plannen");
  await page.getByRole("button", { name: "Review plannen" }).click();
  // The plan form folds away once planned; the meeting shows in the header (the participants were
  // already there: the meeting called off kept them).
  await expect(meeting).toContainText("30 nov 2026, 14:00");
  await expect(meeting).toContainText("Eva de Boer");
  await expect(page.getByRole("heading", { name: "Review plannen" })).toHaveCount(0);

  // Agreed scores: the computed status for every KPI.
  const kpiNames = await page.getByRole("heading", { level: 3 }).allTextContents();
  expect(kpiNames.length).toBeGreaterThan(2);
  for (const name of kpiNames) {
    // One at a time: each save makes a new version of the review, which the next form posts.
    await card(page, name).getByRole("button", { name: "Score opslaan" }).click();
    await expect(card(page, name)).not.toContainText("Nog niet afgesproken");
  }
  await page.screenshot({ path: test.info().outputPath("review-concept-contractmanager.png"), fullPage: true });

  // Eva contests a score.
  await eva.goto(`/groen-cateraars/contracten/${contractId}/reviews/${QUARTER}`);
  await expect(eva.getByRole("button", { name: "Score opslaan" })).toHaveCount(0);
  const contested = card(eva, CONTESTED_KPI);
  await contested.getByText("Reageren of score betwisten").click();
  await contested
    .getByLabel(`Reactie bij ${CONTESTED_KPI}`)
    .fill("Het nieuwe menu telde pas vanaf augustus; wij zien dit als risico, niet als niet op koers.");
  await contested.getByLabel("Ik betwist de voorgestelde score").check();
  await contested.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(contested.getByText("Betwist door de leverancier")).toBeVisible();
  // And a remark on the review as a whole.
  const remarks = eva.locator("section", { has: eva.getByRole("heading", { name: "Algemene opmerkingen" }) });
  await remarks.getByLabel("Nieuwe opmerking").fill("Graag het volgende gesprek op locatie bij de centrale keuken.");
  await remarks.getByRole("button", { name: "Opmerking plaatsen" }).click();
  await expect(remarks.getByText("Graag het volgende gesprek op locatie bij de centrale keuken.")).toBeVisible();
  await eva.screenshot({ path: test.info().outputPath("review-concept-leverancier.png"), fullPage: true });
  await checkPage(eva, "review-leverancier");

  // Fatima settles it, retires one KPI, adds one, lowers the malus.
  await page.reload();
  await expect(page.getByText("De leverancier betwist nog de score")).toBeVisible();
  const settle = card(page, CONTESTED_KPI);
  await settle.getByLabel("Nieuwe score (optioneel)").selectOption("at_risk");
  await settle.getByLabel("Hoe is de betwisting afgehandeld?").fill("Samen besproken: risico, het menu liep pas twee maanden.");
  await settle.getByRole("button", { name: "Geschil afhandelen" }).click();
  await expect(settle.getByText("Betwist door de leverancier")).toHaveCount(0);

  const decisions = page.getByRole("region", { name: "Besluiten" });
  await decisions.locator("summary", { hasText: "KPI beëindigen" }).click();
  await decisions.getByLabel("KPI die vervalt").selectOption({ label: RETIRED_KPI });
  await decisions
    .getByLabel("Reden van het beëindigen")
    .fill("De verspilling wordt voortaan gemeten in het gemeentebrede afvalprogramma; de KPI is hier niet meer relevant.");
  await decisions.getByRole("button", { name: "KPI beëindigen" }).click();
  await expect(decisions).toContainText(`KPI beëindigen: ${RETIRED_KPI}`);

  const add = decisions.locator("details").filter({ has: page.locator("summary", { hasText: "KPI toevoegen" }) });
  await add.locator("summary").click();
  await add.getByLabel("Naam van de KPI").fill(ADDED_KPI);
  await add.getByLabel("Indicator").selectOption({ label: "Aandeel lokale leveranciers (%)" });
  // The whole KPI: a result obligation weighing double, with a malus from the quarter it counts.
  await add.getByLabel("Verplichting").selectOption({ label: "Resultaatverplichting" });
  await add.getByLabel("Gewicht").fill("2");
  await add.getByLabel("Malus", { exact: true }).selectOption({ label: "Vast bedrag per kwartaal" });
  await add.getByLabel("Bedrag per kwartaal (€, bij een vast bedrag)").fill("500,00");
  await add.getByLabel("Mijlpaal 1: doelwaarde").fill("20");
  await add.getByLabel("Mijlpaal 2: doelwaarde").fill("40,5");
  await add.getByLabel("Reden van het toevoegen").fill("Lokale inkoop is de volgende stap in de keten.");
  await add.getByRole("button", { name: "KPI toevoegen" }).click();
  await expect(decisions).toContainText(`KPI toevoegen: ${ADDED_KPI}`);

  // A result KPI off track carries a malus (CO2, reported well above its target above). The
  // contract manager lowers it by € 10 with a reason, below the four-eyes threshold.
  const malus = page
    .locator("section.card")
    .filter({ has: page.locator("summary", { hasText: "Malus verlagen of kwijtschelden" }) })
    .first();
  await expect(malus).toContainText("Volgens de regel: €");
  await malus.getByText("Malus verlagen of kwijtschelden").click();
  await malus.getByLabel("Verlaging in euro").fill("10,00");
  await malus.getByLabel("Reden", { exact: true }).fill("Leverancier stapte in september over op een nieuwe groothandel.");
  await malus.getByRole("button", { name: "Malus aanpassen" }).click();
  await expect(malus).toContainText("kwijtgescholden € 10,00");
  await expect(page.getByRole("region", { name: "Malus van het kwartaal" })).toContainText("Kwijtgescholden€ 10,00");
  await checkPage(page, "review-contractmanager");

  // Both sign: Fatima, then Eva.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Ondertekenen namens de opdrachtgever" }).click();
  // The sign form leaves with the signature; the sign-off section says who signed.
  await expect(page.getByRole("region", { name: "Ondertekening" })).toContainText("Opdrachtgever: ondertekend door Fatima El Amrani");
  await eva.reload();
  eva.once("dialog", (d) => d.accept());
  await eva.getByRole("button", { name: "Ondertekenen namens de leverancier" }).click();
  await expect(eva.getByText(/Definitief — ondertekend door Fatima El Amrani/)).toBeVisible();

  // Final: read-only with the banner, the PDF downloads.
  await page.reload();
  await expect(page.getByText(/Definitief — ondertekend door Fatima El Amrani/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Score opslaan" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /Afgesproken score/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "KPI beëindigen" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("review-definitief.png"), fullPage: true });
  await checkPage(page, "review-definitief");
  const pdf = await page.request.get(`/api/v1/voorbeeldstad/contracts/${contractId}/reviews/${QUARTER}/pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");

  // A viewer reads the same record without any control.
  const pieter = await pageAs("pieter");
  await pieter.goto(`/voorbeeldstad/contracten/${contractId}/reviews/${QUARTER}`);
  await expect(pieter.getByText(/Definitief — ondertekend door/)).toBeVisible();
  await expect(pieter.locator("main form")).toHaveCount(0);

  // The next quarter's report form follows the decisions.
  await eva.goto(`/groen-cateraars/contracten/${contractId}/rapportages/${NEXT}`);
  await expect(eva.getByRole("heading", { level: 1 })).toHaveText("Rapportage 4e kwartaal 2026");
  await expect(eva.locator("legend", { hasText: ADDED_KPI })).toHaveCount(1);
  await expect(eva.locator("legend", { hasText: RETIRED_KPI })).toHaveCount(0);

  // The added KPI carries what the review decided: its weight and its malus rule.
  await page.goto(`/voorbeeldstad/contracten/${contractId}/kpis`);
  await page.getByRole("link", { name: ADDED_KPI }).first().click();
  await expect(page.locator(".malus-sentence")).toContainText("€\u00a0500,00 malus");
  await checkPage(page, "kpi-uit-review");
});
