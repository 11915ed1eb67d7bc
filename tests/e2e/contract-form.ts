// Filling in the contract form the way a person does: by the visible labels.
import { checkPage, expect } from "./fixtures";
import type { Page } from "@playwright/test";

export type ContractInput = {
  title: string;
  reference?: string;
  purchasingPackage?: string;
  cooperationForm?: "Transactioneel" | "Relationeel";
  startDate: string;
  endDate: string;
  value: string;
};

/** A title nobody else in this run (or in the demo data) uses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export async function fillContractForm(page: Page, input: ContractInput): Promise<void> {
  await page.getByLabel("Titel").fill(input.title);
  await page.getByLabel("Referentie").fill(input.reference ?? "");
  await page.getByLabel("Inkooppakket").selectOption({ label: input.purchasingPackage ?? "Catering" });
  await page.getByRole("radio", { name: input.cooperationForm ?? "Relationeel" }).check();
  await page.getByLabel("Startdatum").fill(input.startDate);
  await page.getByLabel("Einddatum").fill(input.endDate);
  await page.getByLabel("Waarde (euro, excl. btw)").fill(input.value);
}

/** Creates a contract through /<org>/contracten/nieuw and returns its id (from the URL). */
export async function createContract(page: Page, org: string, input: ContractInput): Promise<string> {
  await page.goto(`/${org}/contracten/nieuw`);
  await checkPage(page, "contract-nieuw");
  await fillContractForm(page, input);
  await page.getByRole("button", { name: "Contract aanmaken" }).click();
  await page.waitForURL(new RegExp(`/${org}/contracten/[0-9a-f-]{36}\\?opgeslagen=1$`));
  await expect(page.getByRole("heading", { level: 1, name: input.title })).toBeVisible();
  await checkPage(page, "contract-opgeslagen");
  return new URL(page.url()).pathname.split("/").pop()!;
}
