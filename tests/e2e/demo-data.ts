// Test data through the route that exists only in demo mode (POST /api/demo/contracts).
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

/** The reference of "Catering stadhuis en wijkcentra 2025–2029" in the demo data. */
export const CATERING_STADHUIS = "VBS-2024-017";

/**
 * A fresh copy of a demo contract with its KPIs, reports and final reviews, as the demo seed makes
 * them, under the given title: a spec that moves reports or reviews forward works on its own copy.
 */
export async function copyDemoContract(
  request: APIRequestContext,
  reference: string,
  title: string,
  lastQuarter: "draft" | "submitted" = "draft",
): Promise<{ id: string; title: string }> {
  const response = await request.post("/api/demo/contracts", { data: { reference, title, lastQuarter } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string; title: string } }).data;
}
