import { describe, expect, it } from "vitest";
import { contractOverview } from "@/lib/contracts/overview";
import { linksIn } from "@/lib/email/outbox-page";
import { formatEuroCompact } from "@/lib/format";

const contract = (id: string, fields: Partial<Parameters<typeof contractOverview>[0][number]> = {}) => ({
  id,
  title: `Contract ${id}`,
  status: "active",
  valueCents: 100_00,
  endDate: "2028-12-31",
  supplierOrgId: "leverancier",
  tenantId: "gemeente-a",
  ...fields,
});

describe("contractOverview", () => {
  it("counts active and draft contracts and adds up only the active value", () => {
    const overview = contractOverview([
      contract("1", { valueCents: 125_000_050 }),
      contract("2", { valueCents: 50 }),
      contract("3", { status: "draft", valueCents: 999_999 }),
      contract("4", { status: "completed", valueCents: 999_999 }),
    ]);
    expect(overview).toMatchObject({ active: 2, draft: 1, activeValueCents: 125_000_100 });
  });

  it("counts open contracts without a supplier and the buyers a supplier serves", () => {
    const overview = contractOverview([
      contract("1", { supplierOrgId: null }),
      contract("2", { supplierOrgId: null, status: "draft", tenantId: "gemeente-b" }),
      contract("3", { supplierOrgId: null, status: "terminated" }),
    ]);
    expect(overview.withoutSupplier).toBe(2);
    expect(overview.buyers).toBe(2);
  });

  it("lists the five active contracts that end first", () => {
    const ends = ["2030-01-01", "2026-06-30", "2027-03-31", "2026-01-31", "2029-12-31", "2028-01-01", "2026-02-28"];
    const overview = contractOverview([
      ...ends.map((endDate, i) => contract(String(i), { endDate })),
      contract("draft", { status: "draft", endDate: "2025-01-01" }),
    ]);
    expect(overview.endingSoon.map((c) => c.endDate)).toEqual(["2026-01-31", "2026-02-28", "2026-06-30", "2027-03-31", "2028-01-01"]);
  });
});

describe("formatEuroCompact", () => {
  it("writes large totals short, without a padded decimal", () => {
    expect(formatEuroCompact(1_040_000_000).replace(/\s/g, " ")).toBe("€ 10,4 mln.");
    expect(formatEuroCompact(200_000_000).replace(/\s/g, " ")).toBe("€ 2 mln.");
    expect(formatEuroCompact(9_500_000).replace(/\s/g, " ")).toBe("€ 95K");
  });
});

describe("linksIn", () => {
  it("finds each web link of an e-mail once, with entities decoded", () => {
    const html =
      '<a href="http://groeipad.test/uitnodiging/abc">Bekijk</a> <a href="http://groeipad.test/uitnodiging/abc">link</a>' +
      '<a href="https://groeipad.test/api/auth/callback?token=x&amp;email=y">log in</a><a href="mailto:help@groeipad.test">hulp</a>';
    expect(linksIn(html)).toEqual(["http://groeipad.test/uitnodiging/abc", "https://groeipad.test/api/auth/callback?token=x&email=y"]);
  });
});
