import { createContract, uniqueTitle } from "./contract-form";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// The journey of a new supplier: a contract manager creates a contract and invites a supplier
// Groeipad does not know yet; the invitee follows the e-mail link, accepts, and sees exactly
// that one contract and nothing else of the buyer. Then a second buyer links the same supplier:
// it must confirm the name behind the KvK number, invites nobody, and only proposes a contact,
// whom the supplier's own admin invites with one click.
test.use({ user: "fatima" });

/** Eight digits, not starting with 0 and not one of the demo suppliers' numbers (6/7/8…). */
function newKvkNumber(): string {
  return `9${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
}

test("a contract manager invites a new supplier, who accepts and sees only that contract", async ({ page, browser, baseURL, pageAs }) => {
  // One journey through two buyers and the supplier's own admin: three sessions, many pages.
  test.slow();
  const title = uniqueTitle("E2E Catering brandweerkazernes");
  const kvk = newKvkNumber();
  const supplierName = `E2E Leverancier ${kvk} B.V.`;
  const email = `inkoop.${kvk}@leverancier.example`;

  const contractId = await createContract(page, "voorbeeldstad", {
    title,
    reference: `E2E-${kvk}`,
    purchasingPackage: "Catering",
    cooperationForm: "Relationeel",
    startDate: "2026-01-01",
    endDate: "2029-12-31",
    value: "1.250.000,50",
  });
  await expect(statusMessage(page.getByRole("main"))).toHaveText("Het contract is opgeslagen.");
  const facts = page.getByRole("region", { name: "Gegevens" });
  await expect(facts).toContainText(/€\s1\.250\.000,50/);
  await expect(facts).toContainText("Relationeel");

  await page.getByRole("link", { name: "Leverancier uitnodigen" }).click();
  await expect(page).toHaveURL(`/voorbeeldstad/contracten/${contractId}/leverancier`);
  await checkPage(page, "leverancier-uitnodigen");
  await page.getByLabel("KvK-nummer").fill(kvk);
  await page.getByLabel("Naam van de leverancier").fill(supplierName);
  await page.getByLabel("E-mailadres van de contactpersoon").fill(email);
  await page.getByRole("button", { name: "Leverancier uitnodigen" }).click();
  await expect(page).toHaveURL(`/voorbeeldstad/contracten/${contractId}?leverancier=uitgenodigd`);
  await expect(statusMessage(page.getByRole("main"))).toContainText("uitnodiging is per e-mail verstuurd");
  await expect(page.getByRole("region", { name: "Leverancier" })).toContainText(supplierName);
  await expect(page.getByRole("region", { name: "Leverancier" })).toContainText(kvk);
  await expect(page.getByRole("region", { name: "Leverancier" })).toContainText("Uitnodiging openstaand");
  await expect(
    page.getByRole("region", { name: "Leverancier" }).getByRole("button", { name: "Uitnodiging opnieuw versturen" }),
  ).toBeVisible();
  await checkPage(page, "contract-met-leverancier");

  // The invitation e-mail, as the demo outbox shows it.
  await page.goto("/dev/outbox");
  await checkPage(page, "outbox");
  const mails = page
    .getByRole("navigation", { name: "E-mails" })
    .getByRole("listitem")
    .filter({ hasText: `aan ${email}` });
  await expect(mails).toHaveCount(1);
  await mails.getByRole("link").click();
  await expect(page.getByRole("article")).toContainText(`Aan: ${email}`);
  await checkPage(page, "outbox-uitnodiging");
  const links = await page.locator("a.mail-link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const invitationLink = links.find((href) => new URL(href).pathname.startsWith("/uitnodiging/"));
  expect(invitationLink, `uitnodigingslink in ${links.join(", ")}`).toBeTruthy();
  expect(new URL(invitationLink!).origin).toBe(new URL(baseURL!).origin);

  // Someone else, in a browser of their own, opens the link.
  const invitee = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  try {
    const guest = await invitee.newPage();
    await guest.goto(invitationLink!);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Uitnodiging voor ${supplierName}`);
    await expect(guest.getByRole("main")).toContainText(email);
    await expect(guest.getByRole("main")).toContainText(title);
    await checkPage(guest, "uitnodiging");
    // A new address is asked for its name first, at the field.
    await guest.getByRole("button", { name: "Uitnodiging accepteren" }).click();
    await expect(guest.getByLabel("Je naam")).toBeFocused();
    await guest.getByLabel("Je naam").fill("Gert Glashelder");
    await guest.getByRole("button", { name: "Uitnodiging accepteren" }).click();
    await guest.waitForURL((url) => url.pathname !== new URL(invitationLink!).pathname);
    const slug = new URL(guest.url()).pathname.split("/")[1];
    expect(slug).toMatch(/^e2e-leverancier-/);
    const topBar = guest.getByRole("banner");
    await expect(topBar).toContainText(supplierName);
    await expect(topBar).toContainText("leverancier · Beheerder");
    await checkPage(guest, "leverancier-dashboard");

    await guest.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Contracten" }).click();
    await expect(guest).toHaveURL(`/${slug}/contracten`);
    const rows = guest
      .getByRole("table")
      .getByRole("row")
      .filter({ has: guest.getByRole("cell") });
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole("link")).toHaveText(title);
    await expect(rows.first()).toContainText("Gemeente Voorbeeldstad");
    await checkPage(guest, "leverancier-contracten");

    await rows.first().getByRole("link", { name: title }).click();
    await expect(guest).toHaveURL(`/${slug}/contracten/${contractId}`);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(title);
    await checkPage(guest, "leverancier-contract");

    // The buyer's contract page says the invitation was accepted, and offers no resend any more.
    await page.goto(`/voorbeeldstad/contracten/${contractId}`);
    const supplierCard = page.getByRole("region", { name: "Leverancier" });
    await expect(supplierCard).toContainText("Uitnodiging geaccepteerd");
    await expect(supplierCard).toContainText(`${email} heeft de uitnodiging geaccepteerd op`);
    await expect(supplierCard.getByRole("button", { name: "Uitnodiging opnieuw versturen" })).toHaveCount(0);

    // A second buyer links the same KvK number to a contract of its own.
    const sanne = await pageAs("sanne");
    const otherTitle = uniqueTitle("E2E Catering provinciehuis");
    const otherContractId = await createContract(sanne, "zuiderland", {
      title: otherTitle,
      startDate: "2027-01-01",
      endDate: "2029-12-31",
      value: "400.000",
    });
    await sanne.goto(`/zuiderland/contracten/${otherContractId}/leverancier`);
    const proposed = `facilitair.${kvk}@leverancier.example`;
    await sanne.getByLabel("KvK-nummer").fill(kvk);
    await sanne.getByLabel("E-mailadres van de contactpersoon").fill(proposed);
    await sanne.getByRole("button", { name: "Leverancier uitnodigen" }).click();
    // Not linked yet: the name behind the number is shown and must be confirmed; nothing typed is lost.
    await expect(sanne.locator("#field-kvk-error")).toContainText(`op naam van ${supplierName.replace(/\.$/, "")}`);
    await expect(sanne.getByLabel("E-mailadres van de contactpersoon")).toHaveValue(proposed);
    await checkPage(sanne, "leverancier-bevestigen");
    await sanne.getByRole("checkbox", { name: "Ja, dit is de leverancier van dit contract" }).check();
    await sanne.getByRole("button", { name: "Bevestigen en koppelen" }).click();
    await expect(sanne).toHaveURL(`/zuiderland/contracten/${otherContractId}?leverancier=voorgesteld`);
    await expect(statusMessage(sanne.getByRole("main"))).toContainText("De leverancier bepaalt zelf wie er toegang krijgt");

    // The supplier's admin sees the new buyer and its proposal, and invites that person with one click.
    await guest.goto(`/${slug}/beheer`);
    const relations = guest.getByRole("region", { name: "Opdrachtgevers en contracten" });
    await expect(relations).toContainText("Provincie Zuiderland");
    await expect(relations).toContainText(otherTitle);
    await checkPage(guest, "leverancier-beheer-relaties");
    await relations.getByRole("button", { name: `Uitnodigen ${proposed}` }).click();
    const invite = guest.getByRole("region", { name: "Iemand uitnodigen" });
    await expect(invite.getByLabel("E-mailadres")).toHaveValue(proposed);
    await expect(invite.getByLabel("Rol")).toBeFocused();
    await invite.getByLabel("Rol").selectOption({ label: "Rapporteur" });
    await invite.getByRole("button", { name: "Uitnodigen" }).click();
    await expect(statusMessage(invite)).toHaveText(`De uitnodiging is verstuurd naar ${proposed}.`);
    await expect(relations).toContainText("Uitgenodigd");
  } finally {
    await invitee.close();
  }
});
