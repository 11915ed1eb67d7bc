import { describe, expect, it } from "vitest";
import { linksIn } from "@/lib/email/outbox-page";
import { formatEuroCompact } from "@/lib/format";

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
