import { checkPage, expect, statusMessage, test } from "./fixtures";

// Every demo buyer takes part, with the small buyers that make five organisations per cell: the
// coordinator sees Voorbeeldstad's place among the participants in catering, the transport figures
// without a result of its own, no figures once it stops, and the figures again when it rejoins.
test.use({ user: "joris" });

const POSITION = /Bij het beste kwart|Beter dan de mediaan|Minder dan de mediaan|Bij het minste kwart/;

test("a coordinator sees where Voorbeeldstad stands, stops taking part and joins again", async ({ page }) => {
  await page.goto("/voorbeeldstad/benchmark");
  await expect(page.getByRole("heading", { level: 1, name: "Benchmark" })).toBeVisible();
  const participation = page.getByRole("region", { name: "Deelname" });
  await expect(participation).toContainText("doet mee sinds");
  // It opens on the package where its own figure stands next to the others'.
  const catering = page.getByRole("region", { name: /^Cijfers \d{4}, catering$/ });
  const perMeal = catering.getByRole("row", { name: /CO2-uitstoot per maaltijd/ });
  await expect(perMeal).toContainText("5 organisaties");
  await expect(perMeal).toContainText(POSITION);
  await checkPage(page, "benchmark-deelnemend");

  await page.getByLabel("Inkooppakket").selectOption("mobiliteit");
  await page.getByRole("button", { name: "Tonen" }).click();
  const transport = page.getByRole("region", { name: /^Cijfers \d{4}, mobiliteit & vervoer$/ });
  const zeroEmission = transport.getByRole("row", { name: /Zero-emissiekilometers/ });
  await expect(zeroEmission).toContainText("5 organisaties");
  await expect(zeroEmission).toContainText("Geen eigen resultaat");

  page.once("dialog", (dialog) => dialog.accept());
  await participation.getByRole("button", { name: "Stoppen met de benchmark" }).click();
  await expect(participation).toContainText("doet niet mee");
  await expect(page.getByRole("region", { name: /^Cijfers/ })).toHaveCount(0);
  await checkPage(page, "benchmark-niet-deelnemend");

  await participation.getByRole("button", { name: "Meedoen aan de benchmark" }).click();
  await expect(statusMessage(participation)).toContainText("doet mee aan de benchmark");
  await expect(participation).toContainText("doet mee sinds");
  await page.goto("/voorbeeldstad/benchmark?pakket=catering");
  await expect(
    page.getByRole("region", { name: /^Cijfers \d{4}, catering$/ }).getByRole("row", { name: /CO2-uitstoot per maaltijd/ }),
  ).toContainText(POSITION);
});
