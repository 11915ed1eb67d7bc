import { describe, expect, it } from "vitest";
import { kvkError, normaliseKvk, oinError, slugify, uniqueSlug } from "@/lib/organisations/rules";

describe("slugify", () => {
  it.each([
    ["Gemeente 's-Hertogenbosch", "gemeente-s-hertogenbosch"],
    ["Café Düsseldorf & Zonen", "cafe-dusseldorf-en-zonen"],
    ["Groen B.V.", "groen"],
    ["Bouwbedrijf Jansen BV", "bouwbedrijf-jansen"],
    ["Provincie Fryslân", "provincie-fryslan"],
    ["  Rijkswaterstaat  ", "rijkswaterstaat"],
    ["Groen&Schoon", "groen-en-schoon"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("falls back to a usable slug when nothing is left", () => {
    expect(slugify("  ---  ")).toBe("organisatie");
  });

  it("keeps slugs short and without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(47)} bbbbbb`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("keeps the base when it is free and numbers it from 2 when taken", () => {
    expect(uniqueSlug("gemeente-zwolle", [])).toBe("gemeente-zwolle");
    expect(uniqueSlug("gemeente-zwolle", ["gemeente-zwolle"])).toBe("gemeente-zwolle-2");
    expect(uniqueSlug("gemeente-zwolle", ["gemeente-zwolle", "gemeente-zwolle-2", "gemeente-zwolle-3"])).toBe("gemeente-zwolle-4");
  });
});

describe("KvK numbers", () => {
  it.each(["12345678", "1234 5678", "12.34.56.78", "1234-5678"])("accepts %j", (input) => {
    expect(kvkError(input)).toBeNull();
    expect(normaliseKvk(input)).toBe("12345678");
  });

  it.each([
    ["", "Vul het KvK-nummer in."],
    ["1234567a", "Een KvK-nummer bestaat alleen uit cijfers."],
    ["1234567", "Een KvK-nummer heeft 8 cijfers."],
    ["123456789", "Een KvK-nummer heeft 8 cijfers."],
    ["00000000", "Dit is geen geldig KvK-nummer."],
  ])("refuses %j: %s", (input, message) => {
    expect(kvkError(input)).toBe(message);
  });

  it("checks an OIN for twenty digits", () => {
    expect(oinError("00000001001234567000")).toBeNull();
    expect(oinError("0000000100123456700")).toBe("Een OIN heeft 20 cijfers.");
  });
});
