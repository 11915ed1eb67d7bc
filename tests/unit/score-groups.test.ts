import { describe, expect, it } from "vitest";
import { parseScoreGroups, SetScoreGroups } from "@/lib/contracts/score-groups";

const kpiA = "11111111-1111-4111-8111-111111111111";
const kpiB = "22222222-2222-4222-8222-222222222222";
const key = "33333333-3333-4333-8333-333333333333";
const parse = (form: Record<string, string>) =>
  parseScoreGroups(SetScoreGroups.parse({ contractId: "c", version: "1", ...form }), [kpiA, kpiB]);

describe("parseScoreGroups", () => {
  it("reads the rows by their place, keeps a known key, and places the KPIs", () => {
    const result = parse({
      "groups.0.key": key,
      "groups.0.name": "Klimaat",
      "groups.0.weight": "1,5",
      "groups.2.name": "Sociaal",
      [`kpi.${kpiA}`]: "2",
      [`kpi.${kpiB}`]: "",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.groups).toEqual([
      { key, name: "Klimaat", weight: "1.5" },
      { key: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "Sociaal", weight: "1" },
    ]);
    expect(result.value.assignments.get(kpiA)).toBe(result.value.groups[1].key);
    expect(result.value.assignments.get(kpiB)).toBeNull();
  });

  it("says what is wrong at the field: weights, names, empty groups, other KPIs", () => {
    const result = parse({
      "groups.0.name": "Klimaat",
      "groups.0.weight": "0",
      "groups.1.name": "klimaat",
      "groups.1.weight": "1.5",
      "groups.2.weight": "2",
      [`kpi.${kpiA}`]: "3",
    });
    expect(result.ok ? null : result.errors).toEqual({
      "groups.0.weight": "Het gewicht ligt tussen 0 en 1000.",
      "groups.1.name": "Er is al een groep met deze naam.",
      "groups.1.weight": "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
      "groups.2.name": "Geef de groep een naam, of maak het gewicht leeg.",
      [`kpi.${kpiA}`]: "Deze groep heeft geen naam: kies een andere groep of geef hem een naam.",
    });
    const precise = parse({ "groups.0.name": "Klimaat", "groups.0.weight": "1,125" });
    expect(precise.ok ? null : precise.errors).toEqual({ "groups.0.weight": "Gebruik hoogstens twee cijfers achter de komma." });
    const stranger = parse({ "kpi.44444444-4444-4444-8444-444444444444": "" });
    expect(stranger.ok ? null : stranger.errors).toEqual({
      _form: "Een van de KPI's hoort niet bij dit contract. Laad de pagina opnieuw.",
    });
  });

  it("replaces a key that is not one of ours", () => {
    const result = parse({ "groups.0.key": "<script>", "groups.0.name": "Klimaat" });
    expect(result.ok && result.value.groups[0].key).toMatch(/^[0-9a-f]{8}-/);
  });
});
