import { describe, expect, it } from "vitest";
import { overallScore, type WeighedKpi } from "@/lib/reviews/overall-score";

const kpi = (name: string, agreedScore: string | null, weight = "1", knockOut = false): WeighedKpi => ({
  name,
  weight,
  knockOut,
  agreedScore,
});
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("overallScore: the weighted mean of the agreed scores", () => {
  it("weighs on track 100, at risk 50, off track 0 by each KPI's weight", () => {
    // (2 × 100 + 1 × 50 + 1 × 0) / 4 = 62,5 → 63
    const result = overallScore([kpi("CO2", "on_track", "2"), kpi("Afval", "at_risk"), kpi("Eiwit", "off_track")]);
    expect(result).toMatchObject({ score: 63, counted: 3, total: 3, knockedOutBy: [] });
    expect(plain(result.formula)).toBe(
      "Gewogen gemiddelde van de afgesproken scores (op koers 100, risico 50, niet op koers 0 punten): (2 × 100 + 1 × 50 + 1 × 0) / 4 = 62,5.",
    );
  });

  it("leaves out KPIs not scored and renormalises the weights", () => {
    // (1,5 × 100 + 0,5 × 50) / 2 = 87,5 → 88
    const result = overallScore([
      kpi("CO2", "on_track", "1.5"),
      kpi("Afval", "at_risk", "0.5"),
      kpi("Eiwit", "not_scored", "3"),
      kpi("Water", null),
    ]);
    expect(result).toMatchObject({ score: 88, counted: 2, total: 4 });
    expect(plain(result.formula)).toMatch(/2 niet gescoorde KPI's tellen niet mee\.$/);
  });

  it("caps at 50 when a knock-out KPI is off track, and names it; a knock-out on track changes nothing", () => {
    const knocked = overallScore([kpi("CO2", "on_track", "3"), kpi("Veiligheid", "off_track", "1", true)]);
    expect(knocked).toMatchObject({ score: 50, knockedOutBy: ["Veiligheid"] });
    expect(knocked.formula).toMatch(/Knock-out niet op koers \(Veiligheid\): hoogstens 50\.$/);
    expect(overallScore([kpi("CO2", "off_track", "3"), kpi("Veiligheid", "off_track", "1", true)]).score).toBe(0);
    expect(overallScore([kpi("CO2", "on_track"), kpi("Veiligheid", "on_track", "1", true)]).score).toBe(100);
  });

  it("has no score, not a zero, when nothing was scored", () => {
    expect(overallScore([kpi("CO2", "not_scored"), kpi("Afval", null)])).toMatchObject({ score: null, counted: 0, total: 2 });
    expect(overallScore([]).score).toBeNull();
  });
});

describe("overallScore in groups", () => {
  const groups = [
    { key: "k", name: "Klimaat", weight: "3" },
    { key: "c", name: "Circulair", weight: "1" },
    { key: "s", name: "Sociaal", weight: "2" },
  ];
  const inGroup = (name: string, agreedScore: string | null, group: string | null, weight = "1"): WeighedKpi => ({
    ...kpi(name, agreedScore, weight),
    group,
  });

  it("averages each group by its KPIs' weights, then the groups by theirs, leaving out groups without a score", () => {
    // Klimaat (2 × 100 + 1 × 0) / 3 = 66,67; Circulair 50; Sociaal not scored → left out.
    // (3 × 66,67 + 1 × 50) / 4 = 62,5 → 63. Without groups it would be (200 + 0 + 50) / 4 = 62,5 too,
    // so the next case shows groups change the result.
    const result = overallScore(
      [
        inGroup("CO2", "on_track", "k", "2"),
        inGroup("Energie", "off_track", "k"),
        inGroup("Afval", "at_risk", "c"),
        inGroup("SROI", "not_scored", "s"),
      ],
      groups,
    );
    expect(result).toMatchObject({ score: 63, counted: 3, total: 4 });
    expect(plain(result.formula)).toBe(
      "Per groep het gewogen gemiddelde van de afgesproken scores (op koers 100, risico 50, niet op koers 0 punten): Klimaat (gewicht 3): (2 × 100 + 1 × 0) / 3 = 66,7; Circulair (gewicht 1): (1 × 50) / 1 = 50. Samen: (3 × 66,7 + 1 × 50) / 4 = 62,5. 1 niet gescoorde KPI telt niet mee.",
    );
  });

  it("weighs a small group as much as its weight says, whatever its number of KPIs", () => {
    const kpis = [
      inGroup("A", "on_track", "k"),
      inGroup("B", "on_track", "k"),
      inGroup("C", "on_track", "k"),
      inGroup("D", "off_track", "c"),
    ];
    // Alone: 3 × 100 / 4 = 75. In groups Klimaat 100 (weight 3), Circulair 0 (weight 1): 75 as well; with Circulair weight 3: 50.
    expect(overallScore(kpis).score).toBe(75);
    expect(overallScore(kpis, [groups[0], { ...groups[1], weight: "3" }]).score).toBe(50);
  });

  it("counts a KPI without a group, or in a group since removed, in Overige KPI's with weight 1", () => {
    const result = overallScore([inGroup("A", "on_track", "k"), inGroup("B", "off_track", null), inGroup("C", "off_track", "weg")], groups);
    // Klimaat 100 × 3, Overige (0 + 0) / 2 = 0 × 1 → 300 / 4 = 75.
    expect(result.score).toBe(75);
    expect(plain(result.formula)).toMatch(/Overige KPI's \(gewicht 1\): \(1 × 0 \+ 1 × 0\) \/ 2 = 0\./);
  });

  it("still caps at 50 for a knock-out off track", () => {
    const knocked = overallScore([inGroup("A", "on_track", "k"), { ...inGroup("Veiligheid", "off_track", "c"), knockOut: true }], groups);
    // (3 × 100 + 1 × 0) / 4 = 75, capped at 50.
    expect(knocked).toMatchObject({ score: 50, knockedOutBy: ["Veiligheid"] });
  });
});
