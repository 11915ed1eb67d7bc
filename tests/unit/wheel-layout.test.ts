// The wheel drawing's geometry: every label lies inside its own slice (so neighbours never
// overlap), names stay whole for 3 to 10 themes, and sub-themes are shortened, never dropped
// silently.
import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "@/lib/waardenwiel/text-fit";
import { RADII, insideSector, layoutWheel, type ChartTheme, type Sector, type TextBlock } from "@/lib/waardenwiel/wheel-layout";

const NAMES = [
  "Water(bodem)kwaliteit",
  "Klimaat en energie",
  "Natuurinclusief en klimaatadaptief",
  "Gezonde en duurzame voeding",
  "Sociaal ondernemen en inclusie",
  "Samenwerken in de keten",
  "Bewust gedrag en ambassadeurs",
  "Circulariteit",
  "In je kracht",
  "Gedragsverandering bij medewerkers",
];
const SUBTHEMES = [
  "Duurzame inzetbaarheid van medewerkers",
  "Natuurvriendelijke oevers",
  "Minder energie door zichtbaarheid en bewustwording",
];

/** Every line's outline, sampled along each edge, lies inside the sector. */
function inside(block: TextBlock, sector: Sector): boolean {
  return block.boxes.every((corners) =>
    corners.every((from, i) => {
      const to = corners[(i + 1) % corners.length];
      return [0, 0.25, 0.5, 0.75].every((t) => insideSector(from.x + t * (to.x - from.x), from.y + t * (to.y - from.y), sector, 6));
    }),
  );
}

function wheelOf(n: number): ChartTheme[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(i),
    name: NAMES[i % NAMES.length],
    pillar: "samenwerking",
    priorityRank: i + 1,
    priorityTied: false,
    subthemes: SUBTHEMES.slice(0, 1 + (i % 3)),
  }));
}

describe("text fitting", () => {
  it("estimates wider text for wider characters and bold", () => {
    expect(textWidth("mmmm", 10)).toBeGreaterThan(textWidth("iiii", 10));
    expect(textWidth("Energie", 10, true)).toBeGreaterThan(textWidth("Energie", 10));
  });

  it("wraps on spaces and breaks a long word at a natural point before hyphenating", () => {
    expect(wrapText("Samenwerken in de keten", textWidth("Samenwerken in", 14), 14)).toEqual(["Samenwerken in", "de keten"]);
    const lines = wrapText("Water(bodem)kwaliteit", textWidth("Water(bodem)", 14) + 1, 14);
    expect(lines).toEqual(["Water(bodem)", "kwaliteit"]);
    expect(wrapText("Gedragsverandering", 60, 14, { hyphenate: false })).toBeNull();
    expect(wrapText("Gedragsverandering", 60, 14)!.every((line) => textWidth(line, 14) <= 60)).toBe(true);
  });
});

describe("the wheel layout", () => {
  for (let n = 1; n <= 12; n++) {
    it(`keeps every label of ${n} theme${n === 1 ? "" : "s"} inside its own slice`, () => {
      const slices = layoutWheel(wheelOf(n));
      expect(slices).toHaveLength(n);
      const span = (Math.PI * 2) / n;
      slices.forEach((slice, i) => {
        const a0 = -Math.PI / 2 - span / 2 + i * span;
        expect(inside(slice.name, { r0: RADII.inner, r1: RADII.ring, a0, a1: a0 + span })).toBe(true);
        expect(slice.name.fontSize).toBeGreaterThanOrEqual(13);
        expect(slice.subthemes!.lines.length).toBeGreaterThan(0);
        expect(inside(slice.subthemes!, { r0: RADII.hub, r1: RADII.inner, a0, a1: a0 + span })).toBe(true);
        expect(slice.subthemes!.fontSize).toBeGreaterThanOrEqual(13);
        expect(slice.badge).not.toBeNull();
      });
    });
  }

  it("keeps theme names whole (no ellipsis) for 3 to 10 themes, and shows every sub-theme up to 8 themes", () => {
    for (let n = 3; n <= 10; n++) {
      for (const slice of layoutWheel(wheelOf(n))) {
        const strip = (text: string) => text.replace(/[\s-]/g, "");
        expect(strip(slice.name.lines.map((l) => l.text).join("")), `${n} thema's`).toBe(strip(slice.theme.name));
        expect(slice.name.hidden).toBe(0);
        if (n <= 8) expect(slice.subthemes?.hidden ?? 0, `${n} thema's, ${slice.theme.name}`).toBe(0);
      }
    }
  });

  it("says how many sub-themes it could not show instead of dropping them silently", () => {
    const crowded = wheelOf(12).map((t) => ({ ...t, subthemes: [...SUBTHEMES, ...SUBTHEMES, "Nog een"] }));
    const slices = layoutWheel(crowded);
    expect(slices.some((slice) => slice.subthemes!.hidden > 0)).toBe(true);
    for (const slice of slices) {
      const lines = slice.subthemes!.lines.map((l) => l.text);
      if (slice.subthemes!.hidden > 0) expect(lines.at(-1)).toBe(`+\u00a0${slice.subthemes!.hidden}\u00a0meer`);
    }
  });

  it("keeps the lines of a crowded slice apart, and the sub-themes further apart than the lines of one", () => {
    // The demo wheel of seven themes with three sub-themes each, where the labels used to run together.
    const demo = wheelOf(7).map((t, i) => ({
      ...t,
      subthemes: [
        ["Circulair meubilair en ICT", "Hergebruik van asfalt en beton", "Afval voorkomen en scheiden"],
        ["Relationele contracten met groeipad", "Kwartaalgesprekken over de KPI's", "Samen inkopen in buyer groups"],
        ["Netwerk van ambassadeurs", "Training duurzaam inkopen", "Pilots en experimenten delen"],
      ][i % 3]!,
    }));
    for (const slice of layoutWheel(demo)) {
      const block = slice.subthemes!;
      expect(block.hidden).toBe(0);
      const steps = block.lines.slice(1).map((line, i) => Math.abs(line.y - block.lines[i]!.y) / block.fontSize);
      // Arial's glyphs are 1.12 em from ascender to descender: no two lines can touch.
      expect(Math.min(...steps)).toBeGreaterThanOrEqual(1.119);
      const between = steps.filter((step) => step > 1.5);
      expect(between, slice.theme.name).toHaveLength(2);
      expect(Math.min(...between)).toBeGreaterThanOrEqual(1.12 + 0.6);
    }
  });

  it("shortens rather than breaks a shortened word with a hyphen", () => {
    const crowded = wheelOf(7).map((t) => ({ ...t, subthemes: [...SUBTHEMES, "Kwartaalgesprekken over de KPI's", "Nog een", "Zesde"] }));
    for (const slice of layoutWheel(crowded)) {
      for (const line of slice.subthemes!.lines) expect(line.text, slice.theme.name).not.toMatch(/\p{L}-$/u);
    }
  });

  it("draws no badge for a theme without priority", () => {
    const [slice] = layoutWheel([{ ...wheelOf(1)[0], priorityRank: null }]);
    expect(slice.badge).toBeNull();
  });
});
