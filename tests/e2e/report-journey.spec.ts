// The quarterly report from the supplier's draft to acceptance, in the browser, on a copy of
// "Catering stadhuis" of its own (made through the demo-only route; the demo seed leaves the last
// ended quarter a draft): Eva (reporter at Groen Cateraars) completes the late draft with a
// decimal-comma value and a PDF and submits; Fatima (the contract's manager) sends one KPI back;
// Eva corrects only that KPI and resubmits; Fatima accepts, and the question and answer stay in the
// report's conversation and on the timeline; the e-mails are in the outbox.
import type { Page } from "@playwright/test";
import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { checkPage, expect, test } from "./fixtures";

const QUARTER = "3e kwartaal 2026";
const SENT_BACK_KPI = "CO2-uitstoot per maaltijd";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);

test.use({ user: "eva" });
// Two people, a dozen uploads and pages checked with axe: more than the default minute when the
// other worker keeps the second core busy.
test.setTimeout(120_000);

async function openReport(page: Page, contract: string) {
  await page.goto("/groen-cateraars/rapportages");
  await checkPage(page, "rapportages-leverancier");
  await page
    .getByRole("region", { name: "Nog te doen" })
    .getByRole("link", { name: `${contract} – 2026 K3` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rapportage ${QUARTER}`);
}

const kpiSection = (page: Page, name: string) =>
  page.locator("form fieldset.card").filter({ has: page.locator("legend", { hasText: name }) });

async function attachPdf(page: Page, kpiName: string, fileName: string) {
  const section = kpiSection(page, kpiName);
  await section.getByLabel(`Bestand toevoegen bij ${kpiName}`).setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await section.getByRole("button", { name: "Uploaden" }).click();
  await expect(section.getByRole("link", { name: fileName })).toBeVisible();
}

/** The e-mails of this journey in the outbox; other specs on the same database may have sent the same subjects. */
function journeyMails(page: Page) {
  const mails = page.getByRole("navigation", { name: "E-mails" }).getByRole("listitem");
  return {
    submitted: mails
      .filter({ hasText: `Rapportage ${QUARTER} ingediend door Groen Cateraars B.V.` })
      .filter({ hasText: "aan fatima.elamrani@voorbeeldstad.example" }),
    sentBack: mails
      .filter({ hasText: `Rapportage ${QUARTER} teruggestuurd door Gemeente Voorbeeldstad` })
      .filter({ hasText: "aan eva.deboer@groencateraars.example" }),
    accepted: mails
      .filter({ hasText: `Rapportage ${QUARTER} geaccepteerd door Gemeente Voorbeeldstad` })
      .filter({ hasText: "aan eva.deboer@groencateraars.example" }),
  };
}

test("supplier submits, manager sends back, supplier resubmits, manager accepts", async ({ page, pageAs, request }) => {
  const { title: contract, id: contractId } = await copyDemoContract(
    request,
    CATERING_STADHUIS,
    uniqueTitle("E2E Catering stadhuis-kopie"),
  );
  await page.goto("/dev/outbox");
  const before = journeyMails(page);
  const [submittedBefore, sentBackBefore, acceptedBefore] = [
    await before.submitted.count(),
    await before.sentBack.count(),
    await before.accepted.count(),
  ];
  await openReport(page, contract);
  await expect(page.getByText("Te laat").first()).toBeVisible();

  // A values file with a wrong row is refused row by row, and nothing is taken.
  await page
    .getByLabel("Ingevuld sjabloon (CSV of Excel)")
    .setInputFiles({ name: "waarden.csv", mimeType: "text/csv", buffer: Buffer.from("kpi-id;waarde\r\nonbekend;1.5\r\n") });
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  const rowErrors = page.getByRole("table", { name: /Regels die niet kloppen/ });
  await expect(rowErrors.getByRole("row").nth(1)).toContainText("Onbekende KPI");
  await page.screenshot({ path: test.info().outputPath("rapportage-formulier-upload.png"), fullPage: true });
  await checkPage(page, "rapportage-upload-fouten");

  // Evidence where it is mandatory, and one file removed again after confirming.
  const sections = page.locator("form fieldset.card");
  const names = await sections.locator("legend").allTextContents();
  for (const name of names) {
    if ((await kpiSection(page, name).getByText("Bewijs (verplicht)").count()) > 0)
      await attachPdf(page, name, `bewijs-${names.indexOf(name)}.pdf`);
  }
  await attachPdf(page, SENT_BACK_KPI, "overbodig.pdf");
  page.once("dialog", (dialog) => dialog.accept());
  await kpiSection(page, SENT_BACK_KPI).getByRole("button", { name: "Verwijderen overbodig.pdf" }).click();
  await expect(kpiSection(page, SENT_BACK_KPI).getByRole("link", { name: "overbodig.pdf" })).toHaveCount(0);

  // Every value filled in, the sent-back KPI with a decimal comma.
  for (const name of names) {
    const value = kpiSection(page, name).getByLabel(/^Waarde/);
    if ((await value.count()) > 0 && (await value.inputValue()) === "") await value.fill("10");
  }
  // A value far from its target is not submitted without an explanation: typed 12,5 where 1,25 was meant.
  await kpiSection(page, SENT_BACK_KPI)
    .getByLabel(/^Waarde/)
    .fill("12,5");
  await kpiSection(page, SENT_BACK_KPI).getByLabel("Toelichting").fill("");
  await page.getByRole("button", { name: "Indienen" }).click();
  await expect(kpiSection(page, SENT_BACK_KPI).locator(".field-error")).toContainText("meer dan drie keer het doel");
  await checkPage(page, "rapportage-opvallende-waarde");
  await kpiSection(page, SENT_BACK_KPI)
    .getByLabel(/^Waarde/)
    .fill("1,25");
  // Any other value the demo's targets find far off is confirmed the way the message asks.
  const asked = page.locator("form fieldset.card").filter({ has: page.locator(".field-error", { hasText: "Klopt ze?" }) });
  for (const name of await asked.locator("legend").allTextContents()) {
    if (name !== SENT_BACK_KPI) await kpiSection(page, name).getByLabel("Toelichting").fill("Klopt: zo gemeten in de kassasystemen.");
  }
  await checkPage(page, "rapportage-invullen");
  await page.getByRole("button", { name: "Indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De rapportage is ingediend bij de opdrachtgever." })).toBeVisible();
  await expect(page.getByText("Ingediend", { exact: true }).first()).toBeVisible();
  // Submitted after its due date: the report itself says so, for both sides.
  const late = /^Te laat ingediend \(\d+ dagen na de deadline van \d+ \p{L}+ 2026\)$/u;
  await expect(page.getByText(late)).toBeVisible();
  // Submitted, the values are text with their unit, no longer inputs.
  await expect(page.getByRole("region", { name: SENT_BACK_KPI, exact: true })).toContainText("1,25 kg CO2e per maaltijd");
  await expect(page.getByRole("textbox")).toHaveCount(0);

  // The contract manager sends the CO2 KPI back with a comment.
  const fatima = await pageAs("fatima");
  await fatima.goto("/voorbeeldstad/rapportages");
  await checkPage(fatima, "rapportages-opdrachtgever");
  await fatima.getByRole("region", { name: contract, exact: true }).getByRole("link", { name: "2026 K3" }).click();
  await expect(fatima.getByRole("heading", { level: 1 })).toHaveText(`Rapportage ${QUARTER}`);
  await expect(fatima.getByText(late)).toBeVisible();
  await expect(fatima.getByRole("region", { name: SENT_BACK_KPI, exact: true })).toContainText("1,25 kg CO2e per maaltijd");
  await fatima.getByLabel(`Opmerking bij ${SENT_BACK_KPI} (alleen bij terugsturen)`).fill("Klopt 1,25 kg met de menuregistratie?");
  await checkPage(fatima, "rapportage-beoordelen");
  await fatima.getByRole("button", { name: "Terugsturen naar de leverancier" }).click();
  // The decision form leaves with the decision; the status says what happened, and the
  // confirmation at the top of the page has the focus the form had.
  await expect(fatima.getByText("Teruggestuurd", { exact: true })).toBeVisible();
  await expect(fatima.getByRole("status").filter({ hasText: "De rapportage is teruggestuurd naar de leverancier." })).toBeFocused();

  // The supplier corrects and resubmits.
  await page.reload();
  await expect(kpiSection(page, SENT_BACK_KPI).getByRole("note")).toContainText("Klopt 1,25 kg met de menuregistratie?");
  await expect(page.getByRole("region", { name: "Gesprek" })).toContainText("Klopt 1,25 kg met de menuregistratie?");
  // Only the KPI asked about is reopened; the others stay as submitted.
  const other = names.find((name) => name !== SENT_BACK_KPI)!;
  await expect(kpiSection(page, other)).toContainText("Niet teruggestuurd: deze KPI blijft zoals ingediend.");
  await expect(kpiSection(page, other).getByRole("textbox")).toHaveCount(0);
  await expect(kpiSection(page, other).getByLabel(/^Bestand toevoegen/)).toHaveCount(0);
  await kpiSection(page, SENT_BACK_KPI)
    .getByLabel(/^Waarde/)
    .fill("1,3");
  await kpiSection(page, SENT_BACK_KPI).getByLabel("Toelichting").fill("Nageteld in de menuregistratie.");
  await checkPage(page, "rapportage-teruggestuurd");
  await page.getByRole("button", { name: "Indienen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De rapportage is ingediend bij de opdrachtgever." })).toBeVisible();

  // The contract manager accepts; both versions stay side by side.
  await fatima.reload();
  await fatima.getByRole("button", { name: "Accepteren" }).click();
  await expect(fatima.getByText("Geaccepteerd", { exact: true })).toBeVisible();
  await expect(fatima.getByRole("status").filter({ hasText: "De rapportage is geaccepteerd." })).toBeFocused();
  const versions = fatima.getByRole("region", { name: "Ingediende versies" });
  await expect(versions.getByRole("row", { name: new RegExp(SENT_BACK_KPI) })).toContainText("1,25");
  await expect(versions.getByRole("row", { name: new RegExp(SENT_BACK_KPI) })).toContainText("1,3\u00a0kg CO2e per maaltijd");
  await expect(versions.getByRole("row", { name: new RegExp(SENT_BACK_KPI) })).toContainText("gewijzigd");
  // Accepted, the question and the answer stay in the report's conversation.
  const thread = fatima.getByRole("region", { name: "Gesprek" });
  await expect(thread).toContainText("Vraag: Klopt 1,25 kg met de menuregistratie?");
  await expect(thread).toContainText("Antwoord: Nageteld in de menuregistratie.");
  await checkPage(fatima, "rapportage-geaccepteerd");
  // The timeline says the first submission was late; the resubmission after questions is not.
  await fatima.goto(`/voorbeeldstad/contracten/${contractId}/tijdlijn`);
  const submissions = fatima.getByRole("listitem").filter({ hasText: /Rapportage (opnieuw )?ingediend/ });
  await expect(submissions.filter({ hasText: "Rapportage ingediend" }).last()).toContainText(
    /Te laat ingediend \(\d+ dagen na de deadline/,
  );
  await expect(submissions.filter({ hasText: "versie 2" })).not.toContainText("Te laat");
  await expect(fatima.getByRole("listitem").filter({ hasText: "Rapportage teruggestuurd voor aanvulling (ronde 1)" })).toContainText(
    `${SENT_BACK_KPI}: Klopt 1,25 kg met de menuregistratie?`,
  );

  // The three e-mails of the journey, as the demo outbox shows them.
  await page.goto("/dev/outbox");
  const mails = journeyMails(page);
  await expect(mails.submitted).toHaveCount(submittedBefore + 2);
  await expect(mails.sentBack).toHaveCount(sentBackBefore + 1);
  await expect(mails.accepted).toHaveCount(acceptedBefore + 1);
  // Newest first: the acceptance of this journey.
  await mails.accepted.first().getByRole("link").click();
  await expect(page.getByRole("article")).toContainText("Aan: eva.deboer@groencateraars.example");
  await checkPage(page, "outbox-rapportage-geaccepteerd");
});
