import { describe, expect, it } from "vitest";
import { overallScore, type WeighedKpi } from "@/lib/reviews/overall-score";

const kpi = (name: string, agreedScore: string | null, weight = "1", knockOut = false): WeighedKpi => ({ name, weight, knockOut, agreedScore });
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("overallScore: the weighted mean of the agreed scores", () => {
  it("weighs on track 100, at risk 50, off track 0 by each KPI's weight", () => {
    // (2 × 100 + 1 × 50 + 1 × 0) / 4 = 62,5 → 63
    const result = overallScore([kpi("CO2", "on_track", "2"), kpi("Afval", "at_risk"), kpi("Eiwit", "off_track")]);
    expect(result).toMatchObject({ score: 63, counted: 3, total: 3, knockedOutBy: [] });
    expect(plain(result.formula)).toBe("Gewogen gemiddelde van de afgesproken scores (op koers 100, risico 50, niet op koers 0 punten): (2 × 100 + 1 × 50 + 1 × 0) / 4 = 62,5.");
  });

  it("leaves out KPIs not scored and renormalises the weights", () => {
    // (1,5 × 100 + 0,5 × 50) / 2 = 87,5 → 88
    const result = overallScore([kpi("CO2", "on_track", "1.5"), kpi("Afval", "at_risk", "0.5"), kpi("Eiwit", "not_scored", "3"), kpi("Water", null)]);
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
