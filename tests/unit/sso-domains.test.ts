// The e-mail domains of an identity provider as an admin types them, and which addresses the
// provider may vouch for.
import { describe, expect, it } from "vitest";
import { parseEmailDomains, vouchesFor } from "@/lib/sso/domains";
import { vouchedAddress } from "@/lib/sso/sign-in";

describe("parseEmailDomains", () => {
  it("reads one per line, with commas or semicolons, drops a leading @, lower-cases and removes repeats", () => {
    expect(parseEmailDomains(" Gemeente.NL\n@regio.example, gemeente.nl; sub.gemeente.nl ")).toEqual({
      ok: true,
      domains: ["gemeente.nl", "regio.example", "sub.gemeente.nl"],
    });
  });

  it.each([
    ["", /minstens één/],
    ["jan@gemeente.nl", /geen e-maildomein/],
    ["localhost", /geen e-maildomein/],
    ["-gemeente.nl", /geen e-maildomein/],
    ["gemeente..nl", /geen e-maildomein/],
    [Array.from({ length: 21 }, (_, i) => `d${i}.nl`).join(","), /hoogstens 20/],
  ])("refuses %j", (text, message) => {
    const parsed = parseEmailDomains(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe("which addresses a provider vouches for", () => {
  const provider = { emailDomains: ["gemeente.nl"] };

  it("only exact domains: not a sub-domain, not a look-alike", () => {
    expect(vouchesFor(provider, "jan@gemeente.nl")).toBe(true);
    expect(vouchesFor(provider, "jan@GEMEENTE.nl")).toBe(true);
    expect(vouchesFor(provider, "jan@afdeling.gemeente.nl")).toBe(false);
    expect(vouchesFor(provider, "jan@gemeente.nl.evil.example")).toBe(false);
    expect(vouchesFor(provider, "gemeente.nl")).toBe(false);
  });

  it("an address the provider calls unverified, none at all, or another than the linked account's is refused", () => {
    expect(vouchedAddress(provider, { email: " Jan@Gemeente.nl " }, null)).toEqual({ email: "jan@gemeente.nl" });
    expect(vouchedAddress(provider, { email: "jan@gemeente.nl", email_verified: false }, null)).toHaveProperty("refused");
    expect(vouchedAddress(provider, { email: "jan@gemeente.nl", email_verified: "false" }, null)).toHaveProperty("refused");
    expect(vouchedAddress(provider, { email: 42 }, null)).toHaveProperty("refused");
    expect(vouchedAddress(provider, { email: "jan@gemeente.nl" }, "piet@gemeente.nl")).toHaveProperty("refused");
    expect(vouchedAddress(provider, { email: "jan@gemeente.nl" }, "JAN@gemeente.nl")).toEqual({ email: "jan@gemeente.nl" });
  });
});
