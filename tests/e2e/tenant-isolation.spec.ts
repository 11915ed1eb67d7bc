import { createContract, uniqueTitle } from "./contract-form";
import { checkPage, expect, test } from "./fixtures";

// A buyer never sees another buyer's contract: not under the other buyer's URL (not a member)
// and not under its own URL (the id is not in its tenant). Both look like a missing page.
test("another buyer gets 'Niet gevonden' for a Voorbeeldstad contract", async ({ pageAs }) => {
  const fatima = await pageAs("fatima");
  const title = uniqueTitle("E2E Groenonderhoud parken");
  const contractId = await createContract(fatima, "voorbeeldstad", {
    title,
    purchasingPackage: "Groenonderhoud",
    cooperationForm: "Transactioneel",
    startDate: "2026-03-01",
    endDate: "2027-02-28",
    value: "80.000",
  });

  const sanne = await pageAs("sanne");
  for (const path of [
    `/voorbeeldstad/contracten/${contractId}`,
    `/zuiderland/contracten/${contractId}`,
    `/zuiderland/contracten/${contractId}/leverancier`,
  ]) {
    const response = await sanne.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(sanne.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
    await expect(sanne.getByText(title)).toHaveCount(0);
    await checkPage(sanne, `niet-gevonden-${path.split("/")[1]}`);
  }

  // Her own contract list does not show it either.
  await sanne.goto("/zuiderland/contracten");
  await expect(sanne.getByRole("heading", { level: 1 })).toHaveText("Contracten");
  await expect(sanne.getByText(title)).toHaveCount(0);
  await checkPage(sanne, "zuiderland-contracten");
});
